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

  it('lays the words of several short stages at the end of a year in rows, none over another or past the edge', () => {
    // Seen in a year's PDF: "Decide", "Take it Slow" and the last day printed on top of each other.
    const c = chart(
      [
        { stage: 'heal_yourself', from: '2025-11-21', to: '2026-10-30' },
        { stage: 'decide', from: '2026-10-31', to: '2026-11-08' },
        { stage: 'apologize', from: '2026-11-09', to: '2026-11-14' },
        { stage: 'take_it_slow', from: '2026-11-15', to: '2026-11-20' },
      ],
      '2025-11-21',
      '2026-11-20',
    );
    expectSafeChart(c);
    const CHAR = 5.6;
    const boxes = c.all('text.tick').map((t) => {
      const width = (t.textContent ?? '').length * CHAR;
      const anchorEnd = t.getAttribute('text-anchor') === 'end';
      const x = num(t, 'x') - (anchorEnd ? width : 0);
      return { text: t.textContent, y: num(t, 'y'), left: x, right: x + width };
    });
    expect(boxes.map((b) => b.text)).toContain('Take it Slow, 15 Nov 2026');
    const viewBoxWidth = Number(c.all('svg')[0]?.getAttribute('viewBox')?.split(' ')[2]);
    for (const box of boxes) {
      expect(box.left, box.text ?? '').toBeGreaterThanOrEqual(0);
      expect(box.right, box.text ?? '').toBeLessThanOrEqual(viewBoxWidth);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (a.y !== b.y) continue;
        expect(a.right <= b.left || b.right <= a.left, `${a.text} / ${b.text}`).toBe(true);
      }
    }
  });
});
