// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { StageTimelineChart, type StageSpan } from '../../../src-main/report/charts/index';
import { CHART_PALETTES } from '../../../src-main/shared/series/palette';
import { expectSafeChart, num, renderChart } from './chart-dom';

const chart = (spans: readonly StageSpan[], from: string, to: string) =>
  renderChart(<StageTimelineChart spans={spans} from={from} to={to} />);

describe('the stage timeline', () => {
  it('names each stage in its segment, with the day it began, in the stage’s colour', () => {
    const c = chart(
      [
        { stage: 'heal_yourself', from: '2026-09-01', to: '2026-10-24' },
        { stage: 'decide', from: '2026-10-25', to: '2026-11-30' },
      ],
      '2026-09-01',
      '2026-11-30',
    );
    expectSafeChart(c);
    expect(c.texts('text.stage-label')).toEqual(['Heal Yourself', 'Decide']);
    expect(c.texts('text.tick')).toEqual(['1 Sep', '25 Oct', '30 Nov']);
    expect(c.all('rect').map((r) => r.getAttribute('fill'))).toEqual([
      CHART_PALETTES.light.stages.heal_yourself,
      CHART_PALETTES.light.stages.decide,
    ]);
    expect(c.labels()).toEqual([
      'Stages of your journey from 1 September 2026 to 30 November 2026: Heal Yourself from 1 September 2026, then Decide from 25 October 2026.',
    ]);
    // The segments meet, across the daylight-saving change in late October.
    const [a, b] = c.all('rect');
    expect(num(a, 'x') + num(a, 'width')).toBeCloseTo(num(b, 'x'), 0);
  });

  it('names a one-day period’s day once', () => {
    const one = chart(
      [{ stage: 'decide', from: '2026-11-20', to: '2026-11-20' }],
      '2026-11-20',
      '2026-11-20',
    );
    expect(one.texts('text').filter((t) => t.includes('20 Nov'))).toHaveLength(1);
    expect(one.labels()[0]).toBe(
      'Stages of your journey on 20 November 2026: Decide from 20 November 2026.',
    );
    const week = chart(
      [{ stage: 'decide', from: '2026-11-14', to: '2026-11-20' }],
      '2026-11-14',
      '2026-11-20',
    );
    expect(week.texts('text.tick')).toEqual(['14 Nov', '20 Nov']);
  });

  it('writes a short stage’s name below, on alternating rows, and dates with years over a long period', () => {
    const c = chart(
      [
        { stage: 'heal_yourself', from: '2025-01-01', to: '2026-10-31' },
        { stage: 'decide', from: '2026-11-01', to: '2026-11-03' },
        { stage: 'apologize', from: '2026-11-04', to: '2026-11-06' },
        { stage: 'take_it_slow', from: '2026-11-07', to: '2026-12-31' },
      ],
      '2025-01-01',
      '2026-12-31',
    );
    expect(c.texts('text.stage-label')).toEqual(['Heal Yourself']);
    const below = c.all('text.tick');
    expect(below.map((t) => t.textContent)).toEqual([
      '1 Jan 2025',
      'Decide, 1 Nov 2026',
      'Apologize, 4 Nov 2026',
      'Take it Slow, 7 Nov 2026',
      '31 Dec 2026',
    ]);
    // Neighbours without room inside sit on different rows.
    expect(num(below[1], 'y')).not.toBe(num(below[2], 'y'));
    expect(num(below[2], 'y')).not.toBe(num(below[3], 'y'));
    // The period's end is on the first row, clear of the last stage's words on the second.
    expect(num(below[4], 'y')).not.toBe(num(below[3], 'y'));
  });

  it('says so when there is no stage to draw', () => {
    const c = chart([], '2026-11-01', '2026-11-30');
    expectSafeChart(c);
    expect(c.labels()[0]).toContain('Nothing was recorded in this period.');
  });
});
