// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  ContactToneChart,
  HabitPanelChart,
  MoodCalendarCharts,
  MoodCalendarLegend,
  MoodTrendChart,
  OutcomeOverTimeChart,
  SkillOutcomeChart,
  StageTimelineChart,
} from '../../../src-main/report/charts/index';
import { expectSafeChart, renderChart } from './chart-dom';
import { doneOn, group, habit, moodDays } from './fixtures';

const FROM = '2026-09-01';
const TO = '2026-11-30';
const STAGES = [
  { stage: 'heal_yourself' as const, from: FROM, to: '2026-10-31' },
  { stage: 'decide' as const, from: '2026-11-01', to: TO },
];

/** Every chart, over the same quarter, with data and without. */
const CHARTS = [
  <StageTimelineChart key="timeline" spans={STAGES} from={FROM} to={TO} />,
  <MoodTrendChart key="mood" days={moodDays(FROM, 91)} from={FROM} to={TO} stages={STAGES} />,
  <MoodTrendChart key="mood-empty" days={[]} from={FROM} to={TO} stages={[]} />,
  <MoodCalendarCharts key="calendar" days={moodDays(FROM, 91)} from={FROM} to={TO} />,
  <MoodCalendarLegend key="key" />,
  <HabitPanelChart key="build" habit={habit(doneOn([FROM, TO]))} from={FROM} to={TO} />,
  <HabitPanelChart
    key="break"
    habit={habit(doneOn([FROM]), { kind: 'break', targetCount: 0 })}
    from={FROM}
    to={TO}
  />,
  <SkillOutcomeChart key="skills" groups={[group(FROM, 2)]} />,
  <SkillOutcomeChart key="skills-empty" groups={[]} />,
  <OutcomeOverTimeChart key="outcomes" groups={[group(FROM, 2)]} from={FROM} to={TO} />,
  <ContactToneChart
    key="tone"
    groups={[group(FROM, 2, { tone: 'hostile' })]}
    from={FROM}
    to={TO}
  />,
  <ContactToneChart key="tone-empty" groups={[]} from={FROM} to={TO} />,
];

describe('what every report chart says', () => {
  it('is an image named in words, with no style attribute and nothing that runs or loads', () => {
    for (const element of CHARTS) expectSafeChart(renderChart(element));
  });

  it('says "went together" at most, never a cause, a countdown, a streak or a grade', () => {
    for (const element of CHARTS) {
      const chart = renderChart(element);
      const words = [...chart.texts('text, p'), ...chart.labels()].join(' ');
      expect(words).not.toMatch(
        /caus|because|improv|streak|days left|countdown|deadline|\bgoal line\b|\bfail|\bshould\b|\bmust\b/i,
      );
      // Gender-neutral: the ex is "your ex".
      expect(words).not.toMatch(/\b(he|she|him|her|his|hers|boyfriend|girlfriend)\b/i);
    }
  });
});
