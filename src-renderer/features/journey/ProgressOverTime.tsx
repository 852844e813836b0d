import { useState } from 'react';
import { useToday } from '../../app/clock';
import { RangePicker } from '../../charts/RangePicker';
import { DEFAULT_CHART_RANGE, type ChartRange } from '../../../src-main/shared/series/ranges';
import { MoodSection } from '../insights/MoodSection';
import { StageTimelineSection } from '../insights/StageTimelineSection';
import { MORE_IN_INSIGHTS, PROGRESS_ASIDE, PROGRESS_TITLE } from './progress-over-time-copy';

/**
 * The Journey's picture of the way so far: mood with the stages as bands behind it, and the stage
 * timeline, over a range of its own (the Journey's address already holds the part shown, and a
 * choice here is a quick look, not a place to come back to).
 */
export function ProgressOverTime() {
  const { day: today } = useToday();
  const [range, setRange] = useState<ChartRange>(DEFAULT_CHART_RANGE);
  return (
    <section className="card journey-progress" aria-labelledby="journey-progress-title">
      <h2 id="journey-progress-title">{PROGRESS_TITLE}</h2>
      <p className="muted">
        {PROGRESS_ASIDE} <a href="#/insights">{MORE_IN_INSIGHTS}</a>
      </p>
      <RangePicker value={range} onChange={setRange} />
      <MoodSection range={range} today={today} headingLevel={3} />
      <StageTimelineSection range={range} today={today} headingLevel={3} />
    </section>
  );
}
