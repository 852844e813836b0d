// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HabitPanelChart } from '../../../src-main/report/charts/index';
import type { HabitData } from '../../../src-main/report/report-data';
import { addDays } from '../../../src-main/shared/calendar';
import { expectSafeChart, num, renderChart } from './chart-dom';
import { doneOn, habit } from './fixtures';

const chart = (h: HabitData, from: string, to: string) =>
  renderChart(<HabitPanelChart habit={h} from={from} to={to} />);

/** The heights of the goal bars, rounded, in drawing units (a full bar is 30). */
const heights = (c: ReturnType<typeof chart>) =>
  c.all('.goal-bars rect').map((r) => Math.round(num(r, 'height')));
const FULL = 30;

describe('the habit chart', () => {
  it('draws strength from 0% to 100% with no goal line, the bars’ meaning, and time ticks', () => {
    const days = Array.from({ length: 28 }, (_, i) => addDays('2026-11-02', i));
    const c = chart(habit(doneOn(days)), '2026-11-02', '2026-11-29');
    expectSafeChart(c);
    expect(c.texts('text.tick').slice(0, 3)).toEqual(['0%', '50%', '100%']);
    expect(c.texts('text.tick')).toEqual(expect.arrayContaining(['2 Nov', '23 Nov']));
    // No dashed line anywhere, and no line at 80%: Loop's strength is not a grade.
    expect(c.all('[stroke-dasharray]')).toEqual([]);
    expect(c.texts('text')).not.toContain('80%');
    expect(c.all('path.series-line')).toHaveLength(1);
    expect(heights(c)).toEqual([FULL, FULL, FULL, FULL]);
    expect(c.labels()[0]).toBe('Habit strength over the period, and how much of the goal was met');
  });

  it('ends the strength line on the day the habit was archived, never falling to 0% after', () => {
    const days = Array.from({ length: 20 }, (_, i) => addDays('2026-11-02', i));
    const archived = chart(
      habit(doneOn(days), { archivedDay: '2026-11-21' }),
      '2026-11-02',
      '2026-11-30',
    );
    const kept = chart(habit(doneOn(days)), '2026-11-02', '2026-11-30');
    const xs = (c: ReturnType<typeof chart>) =>
      [...(c.all('path.series-line')[0]?.getAttribute('d') ?? '').matchAll(/[ML]([\d.]+),/g)].map(
        (m) => Number(m[1]),
      );
    // Kept on, the line runs to the period's end, a point a day (and eases down after the last
    // check-in); archived on the 21st (the 20th day), it stops there.
    expect(xs(kept)).toHaveLength(29);
    expect(xs(archived)).toEqual(xs(kept).slice(0, 20));
  });

  it('draws a dot for a strength line of one day (the case reported: a bare move-to)', () => {
    const c = chart(habit(doneOn(['2026-11-20'])), '2026-10-22', '2026-11-20');
    expect(c.all('.lone-point circle')).toHaveLength(1);
    expect(c.all('path.series-line')).toHaveLength(0);
  });

  it('draws a dot where a line has one day between gaps, in weekly lines too', () => {
    // Ten years: the line keeps one point a week, and the only record is in the last week.
    const c = chart(habit(doneOn(['2026-11-19'])), '2016-11-21', '2026-11-20');
    expect(c.all('.lone-point circle')).toHaveLength(1);
  });

  it('draws no extra dots on a line that has neighbours', () => {
    const c = chart(habit(doneOn(['2026-11-18', '2026-11-19'])), '2026-10-22', '2026-11-20');
    expect(c.all('.lone-point')).toHaveLength(0);
    expect(c.all('path.series-line')).toHaveLength(1);
  });

  it('draws nothing but its frame for a habit with no records in the period', () => {
    const c = chart(habit([]), '2026-10-22', '2026-11-20');
    expectSafeChart(c);
    expect(c.all('path')).toHaveLength(0);
    expect(c.all('circle')).toHaveLength(0);
    expect(c.all('.goal-bars rect')).toHaveLength(0);
  });

  it('shows one check-in in a long period as a bar a reader can see', () => {
    const c = chart(habit(doneOn(['2025-06-10'])), '2024-01-01', '2026-11-20');
    const bars = c.all('.goal-bars rect');
    expect(bars).toHaveLength(1);
    expect(num(bars[0], 'height')).toBeGreaterThanOrEqual(1.5);
    expect(num(bars[0], 'width')).toBeGreaterThanOrEqual(1);
  });

  it('fills the bar for a twice-a-week goal met twice (the case reported: half a seven-day bar)', () => {
    const records = doneOn(
      ['02', '05', '09', '12', '16', '19', '23', '26'].map((d) => `2026-11-${d}`),
    );
    const c = chart(habit(records, { targetCount: 2, period: 'week' }), '2026-11-02', '2026-11-29');
    expect(heights(c)).toEqual([FULL, FULL, FULL, FULL]);
    expect(c.texts('text.legend')).toEqual([
      'Times done, per week (a full bar is your goal of 2 a week met)',
    ]);
  });

  it('counts the days a habit to break was kept, never "checked in", against every day', () => {
    const records = Array.from({ length: 14 }, (_, i) => ({
      day: addDays('2026-11-02', i),
      count: i === 9 ? 1 : 0,
      isSkip: false,
    }));
    const c = chart(habit(records, { kind: 'break', targetCount: 0 }), '2026-11-02', '2026-11-15');
    expect(heights(c)).toEqual([FULL, Math.round((6 / 7) * FULL)]);
    expect(c.texts('text.legend')).toEqual(['Days kept, per week (a full bar is every day kept)']);
    expect(c.markup).not.toMatch(/checked in/i);
    expect(c.labels()[0]).toBe('Habit strength over the period, and how many days were kept');
  });

  it('fills a daily habit’s bar when every day is on target, whatever day the habit began', () => {
    const c = chart(
      habit(doneOn(['2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08'])),
      '2026-11-02',
      '2026-11-08',
    );
    expect(heights(c)).toEqual([FULL]);
    expect(c.texts('text.legend')).toEqual(['Days on target, per week (a full bar is every day)']);
  });

  it('counts months over a year and leaves a gap of months without bars', () => {
    const spring = Array.from({ length: 30 }, (_, i) => addDays('2026-03-01', i));
    const autumn = Array.from({ length: 30 }, (_, i) => addDays('2026-10-01', i));
    const c = chart(habit(doneOn([...spring, ...autumn])), '2026-01-01', '2026-11-30');
    expect(c.texts('text.legend')[0]).toMatch(/per month/);
    // March and October: 30 of 31 days each; nothing from April to September, nor November.
    expect(heights(c)).toEqual([29, 29]);
    // The strength line starts at the first record, and never drops out in the gap (it eases).
    expect(c.all('path.series-line')).toHaveLength(1);
  });

  it('gives each day the same width across a daylight-saving change', () => {
    const c = chart(habit(doneOn(['2026-10-20', '2026-11-10'])), '2026-10-19', '2026-11-15');
    const [first, second, ...rest] = c.all('.goal-bars rect');
    expect(rest).toEqual([]);
    // The first bar starts on the first record (20 October, 6 days to Sunday), the second is the
    // week from 9 November (7 days); each bar is inset by 1 unit at both ends. The plot is 628
    // units wide for 28 days, a daylight-saving change (25 October in Europe, 1 November in
    // New York) in between.
    const day = 628 / 28;
    expect(num(first, 'width') + 2).toBeCloseTo(6 * day, 0);
    expect(num(second, 'width') + 2).toBeCloseTo(7 * day, 0);
  });
});
