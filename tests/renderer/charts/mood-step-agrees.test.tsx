import { cleanup, render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { MoodCalendarCharts } from '../../../src-main/report/charts/index';
import { CHART_PALETTES } from '../../../src-main/shared/series/palette';
import { MoodCalendar, type CalendarDay } from '../../../src-renderer/charts/MoodCalendar';

afterEach(cleanup);

/** Days whose averages sit on and around the steps' edges. */
const DAYS: readonly CalendarDay[] = [
  { day: '2026-11-02', average: 1.4, count: 2 },
  { day: '2026-11-03', average: 2.5, count: 2 },
  { day: '2026-11-04', average: 4.49, count: 3 },
  { day: '2026-11-05', average: 6.5, count: 2 },
  { day: '2026-11-06', average: 8.5, count: 2 },
  { day: '2026-11-07', average: 10, count: 1 },
];

/** The step the app's calendar gives a day: its cell's `data-level`. */
function appStep(container: HTMLElement, day: string): number {
  const cell = container.querySelector(`[data-day="${day}"]`);
  return Number(cell?.getAttribute('data-level'));
}

/** The colour the report's calendar gives a day, drawn alone so its square is the only one. */
function reportFill(day: CalendarDay): string | null {
  const markup = renderToStaticMarkup(
    <MoodCalendarCharts
      days={[{ day: day.day, average: day.average, entries: day.count, hurt: null }]}
      from="2026-11-01"
      to="2026-11-30"
    />,
  );
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  const steps = doc.querySelectorAll('path.mood-step');
  expect(steps).toHaveLength(1);
  return steps[0]?.getAttribute('fill') ?? null;
}

describe('one day’s mood, in the app and in the report', () => {
  it('has the same colour step in both (the report’s fill is the step’s colour)', () => {
    const { container } = render(
      <MoodCalendar month="2026-11" days={DAYS} today="2026-11-30" onMonthChange={() => {}} />,
    );
    const steps = DAYS.map((d) => appStep(container, d.day));
    // Rounded half up to a whole mood first: 2.5 is 3 and 4.49 is 4 (step 2), 6.5 is 7 (step 4).
    expect(steps).toEqual([1, 2, 2, 4, 5, 5]);
    const levels = CHART_PALETTES.light.moodLevels;
    const expected = steps.map((step) => {
      if (step === 1 || step === 2 || step === 3 || step === 4 || step === 5) return levels[step];
      throw new Error(`no such step: ${step}`);
    });
    expect(DAYS.map(reportFill)).toEqual(expected);
  });
});
