/**
 * The report's charts: small React components returning SVG, rendered on the server with
 * `renderToStaticMarkup`, with scales, ticks and paths from d3-scale, d3-shape and d3-time. The
 * series maths, mood steps and colours come from `shared/series`, as the app's charts' do.
 */
export { StageTimelineChart, type StageTimelineChartProps } from './StageTimelineChart';
export { MoodTrendChart, moodRollingLine, type MoodTrendChartProps } from './MoodTrendChart';
export { MoodCalendarCharts, type MoodCalendarChartsProps } from './MoodCalendarCharts';
export { MoodCalendarLegend } from './MoodCalendarLegend';
export { HabitPanelChart, type HabitPanelChartProps } from './HabitPanelChart';
export { SkillOutcomeChart, type SkillOutcomeChartProps } from './SkillOutcomeChart';
export { OutcomeOverTimeChart, type OutcomeOverTimeChartProps } from './OutcomeOverTimeChart';
export { ContactToneChart, type ContactToneChartProps } from './ContactToneChart';
export type { StageSpan } from './StageBands';
export { countTicks, timeTicks } from './scales';
