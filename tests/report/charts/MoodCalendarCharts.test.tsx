// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MoodCalendarCharts, MoodCalendarLegend } from '../../../src-main/report/charts/index';
import type { MoodDay } from '../../../src-main/report/report-data';
import {
  MOOD_LEVELS,
  moodLevel,
  type MoodLevel,
} from '../../../src-main/shared/series/mood-levels';
import { CHART_PALETTES } from '../../../src-main/shared/series/palette';
import { expectSafeChart, renderChart } from './chart-dom';
import { moodDays, sameMood } from './fixtures';

const PALETTE = CHART_PALETTES.light;
const STEPS = [1, 2, 3, 4, 5] as const satisfies readonly MoodLevel[];

const calendar = (days: readonly MoodDay[], from: string, to: string) =>
  renderChart(<MoodCalendarCharts days={days} from={from} to={to} />);

/** How many squares a path of squares draws: one move-to each. */
const squares = (path: Element | undefined) => path?.getAttribute('d')?.match(/M/g)?.length ?? 0;

describe('the mood calendar', () => {
  it('shades each day by the app’s five steps, one path a step in that step’s colour', () => {
    const days = [
      { day: '2026-11-02', average: 1.4 },
      { day: '2026-11-03', average: 2.5 },
      { day: '2026-11-04', average: 4.49 },
      { day: '2026-11-05', average: 6.5 },
      { day: '2026-11-06', average: 8.5 },
      { day: '2026-11-07', average: 10 },
    ].map((d) => ({ ...d, entries: 1, hurt: null }));
    const c = calendar(days, '2026-11-01', '2026-11-30');
    expectSafeChart(c);
    const steps = c.all('path.mood-step');
    expect(
      steps.map((p) => [p.getAttribute('data-level'), p.getAttribute('fill'), squares(p)]),
    ).toEqual([
      ['1', PALETTE.moodLevels[1], 1],
      ['2', PALETTE.moodLevels[2], 2],
      ['4', PALETTE.moodLevels[4], 1],
      ['5', PALETTE.moodLevels[5], 2],
    ]);
    // 2.5 and 4.49 round to 3 and 4: step 2. 6.5 rounds to 7 (step 4), 8.5 to 9 (step 5).
    expect(days.map((d) => moodLevel(d.average))).toEqual([1, 2, 2, 4, 5, 5]);
    expect(squares(c.all('path.mood-empty')[0])).toBe(24);
    // A month's squares are big enough to carry each day's average, as the app's do, in the
    // ink that reads on that step.
    const written = c.all('.mood-averages text');
    expect(written.map((t) => t.textContent)).toEqual(['1.4', '2.5', '4.5', '6.5', '8.5', '10']);
    expect(written.map((t) => t.getAttribute('fill'))).toEqual(
      ([1, 2, 2, 4, 5, 5] as const).map((level) => PALETTE.moodLevelInk[level]),
    );
    expect(c.labels()[0]).toBe(
      'Mood calendar from 1 November 2026 to 30 November 2026: one square a day, Monday at the top of each column, shaded in five steps from mood 1–2 (lightest) to 9–10 (darkest); 6 days have an entry.',
    );
  });

  it('draws a year day by day, and ten years month by month then their last year day by day', () => {
    const year = calendar(moodDays('2025-11-28', 365), '2025-11-28', '2026-11-27');
    expect(year.all('svg')).toHaveLength(1);
    // A year's squares are too small to write in.
    expect(year.all('.mood-averages')).toHaveLength(0);
    expect(year.texts('text.tick.year')).toEqual(['2025', '2026']);
    expect(year.texts('text.tick')).toEqual(
      expect.arrayContaining(['Dec', 'Jan', 'Nov', 'Mon', 'Wed', 'Fri']),
    );
    const days = moodDays('2016-11-28', 3652);
    const decade = calendar(days, '2016-11-28', '2026-11-27');
    const [byMonth, lastYear] = decade.all('svg');
    expect(decade.all('svg')).toHaveLength(2);
    expect(decade.texts('p.calendar-year')).toEqual([
      'Month by month: each square is the average of that month’s days',
      'The last twelve months, day by day',
    ]);
    // The months: a row a year from 2016 to 2026, one square for each of the 121 months, each
    // with its average written in it.
    const monthSquares = [...(byMonth?.querySelectorAll('path.mood-step') ?? [])];
    expect(monthSquares.reduce((n, p) => n + squares(p), 0)).toBe(121);
    expect(
      [...(byMonth?.querySelectorAll('text.tick.year') ?? [])].map((t) => t.textContent),
    ).toEqual(Array.from({ length: 11 }, (_, i) => String(2016 + i)));
    expect(byMonth?.querySelectorAll('.mood-averages text')).toHaveLength(121);
    // November 2016 holds only its last three days: its square is their mean, in its step.
    const nov2016 = days.filter((d) => d.day.startsWith('2016-11'));
    const mean = nov2016.reduce((s, d) => s + d.average, 0) / nov2016.length;
    const first = byMonth?.querySelector('.mood-averages text')?.textContent;
    expect(Number(first)).toBeCloseTo(mean, 1);
    expect(byMonth?.getAttribute('aria-label')).toContain('121 months have an entry');
    // The last twelve months are drawn day by day, every day once.
    const lastYearDays = [...(lastYear?.querySelectorAll('path.mood-step') ?? [])];
    expect(lastYearDays.reduce((n, p) => n + squares(p), 0)).toBe(365);
    expect(lastYear?.getAttribute('aria-label')).toContain(
      'from 28 November 2025 to 27 November 2026',
    );
    expect(decade.all('path.mood-empty')).toHaveLength(0);
  });

  it('outlines a month of a long period that has no entry, and draws none outside it', () => {
    const days = moodDays('2024-03-10', 900).filter((d) => !d.day.startsWith('2025-02'));
    const c = calendar(days, '2024-03-10', '2026-08-26');
    const byMonth = c.all('svg')[0];
    // March 2024 to August 2026: 30 months, February 2025 among them empty.
    expect(squares(byMonth?.querySelector('path.mood-empty') ?? undefined)).toBe(1);
    expect(
      [...(byMonth?.querySelectorAll('path.mood-step') ?? [])].reduce((n, p) => n + squares(p), 0),
    ).toBe(29);
    expect(byMonth?.getAttribute('aria-label')).toContain('29 months have an entry');
  });

  it('gives a month alone bigger squares than a year, and a decade’s last year a year’s', () => {
    const size = (c: ReturnType<typeof calendar>, i = 0) =>
      Number(/M[\d.]+,[\d.]+L([\d.]+)/.exec(c.all('path')[i]?.getAttribute('d') ?? '')?.[1]) -
      Number(/M([\d.]+)/.exec(c.all('path')[i]?.getAttribute('d') ?? '')?.[1]);
    const month = calendar(moodDays('2026-11-01', 30), '2026-11-01', '2026-11-30');
    const year = calendar(moodDays('2025-12-01', 365), '2025-12-01', '2026-11-30');
    expect(size(month)).toBe(20);
    expect(size(year)).toBe(9);
    // After the months of a decade, its last twelve months have a year's squares.
    const decade = calendar(moodDays('2016-12-01', 3652), '2016-12-01', '2026-11-30');
    const lastYear = decade.all('svg')[1]?.querySelector('path.mood-step');
    const d = lastYear?.getAttribute('d') ?? '';
    expect(Number(/M[\d.]+,[\d.]+L([\d.]+)/.exec(d)?.[1]) - Number(/M([\d.]+)/.exec(d)?.[1])).toBe(
      9,
    );
  });

  it('draws an empty period as outlined squares and says no day has an entry', () => {
    const c = calendar([], '2026-11-01', '2026-11-30');
    expect(c.all('path.mood-step')).toHaveLength(0);
    expect(squares(c.all('path.mood-empty')[0])).toBe(30);
    expect(c.labels()[0]).toContain('0 days have an entry');
  });

  it('draws one day as one square, and says “1 day”', () => {
    const c = calendar(sameMood(['2026-11-20'], 6), '2026-11-20', '2026-11-20');
    expect(squares(c.all('path.mood-step')[0])).toBe(1);
    expect(c.all('path.mood-empty')).toHaveLength(0);
    expect(c.labels()[0]).toContain('for 20 November 2026');
    expect(c.labels()[0]).toContain('1 day has an entry');
  });

  it('keeps every day in its row across a daylight-saving change: 7 rows, Monday on top', () => {
    const c = calendar(moodDays('2026-10-19', 21), '2026-10-19', '2026-11-08');
    const ys = new Set(
      c
        .all('path.mood-step')
        .flatMap((p) =>
          [...(p.getAttribute('d') ?? '').matchAll(/M[\d.]+,([\d.]+)/g)].map((m) => m[1]),
        ),
    );
    expect(ys.size).toBe(7);
    expect(c.all('path.mood-step').reduce((n, p) => n + squares(p), 0)).toBe(21);
  });
});

describe('the mood calendar’s key', () => {
  it('darkens steadily from the lowest step to the highest, so grayscale keeps the order', () => {
    const lightness = STEPS.map((level) => {
      const hex = PALETTE.moodLevels[level];
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    });
    for (let i = 1; i < lightness.length; i += 1) {
      expect(lightness[i]).toBeLessThan(lightness[i - 1] ?? 0);
    }
  });

  it('shows the five steps with the moods each holds, and an empty day', () => {
    const c = renderChart(<MoodCalendarLegend />);
    expectSafeChart(c);
    expect(c.texts('text')).toEqual(['Mood', ...MOOD_LEVELS, 'no entry that day']);
    expect(c.all('rect').map((r) => r.getAttribute('fill'))).toEqual([
      ...STEPS.map((level) => PALETTE.moodLevels[level]),
      'none',
    ]);
    expect(c.labels()[0]).toContain('mood 1–2, mood 3–4, mood 5–6, mood 7–8, mood 9–10');
  });
});
