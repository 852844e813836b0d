import { useCallback, useEffect, useState } from 'react';
import { useToday } from '../../app/clock';
import { RangePicker } from '../../charts/RangePicker';
import {
  CHART_RANGES,
  DEFAULT_CHART_RANGE,
  type ChartRange,
} from '../../../src-main/shared/series/ranges';
import { ContactToneSection } from './ContactToneSection';
import { HabitStrengthSection } from './HabitStrengthSection';
import { HurtSection } from './HurtSection';
import { PracticeSection } from './PracticeSection';
import { MoodSection } from './MoodSection';
import { StageTimelineSection } from './StageTimelineSection';
import { WentTogetherSection } from './WentTogetherSection';
import { INSIGHTS_INTRO, INSIGHTS_TITLE } from './insights-copy';
import './insights.css';

/** The range a hash such as `#/insights?range=year` names; the default range when it names none. */
export function rangeFromHash(hash: string): ChartRange {
  const query = hash.split('?')[1] ?? '';
  const range = new URLSearchParams(query).get('range');
  return CHART_RANGES.find((r) => r === range) ?? DEFAULT_CHART_RANGE;
}

/**
 * The range chosen, kept in the address (as the Journey keeps its part), so going back, a reload
 * or a link opens the same charts.
 */
function useRange(): [ChartRange, (range: ChartRange) => void] {
  const [range, setRange] = useState(() => rangeFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRange(rangeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const choose = useCallback((next: ChartRange) => {
    setRange(next);
    window.location.hash = `#/insights?range=${next}`;
  }, []);
  return [range, choose];
}

/**
 * Insights: every chart over one range chosen at the top, in the order a person reads their
 * time: mood (with the stages behind it), hurt, habits, practice, contact, the stages themselves,
 * and what went together. Each chart reads its own series, so one that cannot be read says so
 * without hiding the others.
 */
export function InsightsScreen() {
  const { day: today } = useToday();
  const [range, setRange] = useRange();
  const props = { range, today } as const;
  return (
    <section aria-labelledby="insights-title" className="screen insights">
      <h1 id="insights-title">{INSIGHTS_TITLE}</h1>
      <p className="muted insights-intro">{INSIGHTS_INTRO}</p>
      <RangePicker value={range} onChange={setRange} />
      <MoodSection {...props} />
      <HurtSection {...props} />
      <HabitStrengthSection {...props} />
      <PracticeSection {...props} />
      <ContactToneSection {...props} />
      <StageTimelineSection {...props} />
      <WentTogetherSection {...props} />
    </section>
  );
}
