// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ContactToneChart, OutcomeOverTimeChart } from '../../../src-main/report/charts/index';
import type { CommunicationGroup } from '../../../src-main/report/report-data';
import { CHART_PALETTES } from '../../../src-main/shared/series/palette';
import { expectSafeChart, num, renderChart } from './chart-dom';
import { group } from './fixtures';

const PALETTE = CHART_PALETTES.light;
const tone = (groups: readonly CommunicationGroup[], from: string, to: string) =>
  renderChart(<ContactToneChart groups={groups} from={from} to={to} />);
const outcome = (groups: readonly CommunicationGroup[], from: string, to: string) =>
  renderChart(<OutcomeOverTimeChart groups={groups} from={from} to={to} />);

/** The numbers on the count axis, bottom first. */
const counts = (c: ReturnType<typeof tone>) =>
  c.texts('text.tick').filter((t) => /^[\d,]+$/.test(t));
const bars = (c: ReturnType<typeof tone>) => c.all('.bars rect');
/** The straight segments of a path made of `Mx,yLx,y` pairs. */
const segmentsOf = (path: Element | undefined) =>
  [...(path?.getAttribute('d') ?? '').matchAll(/M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/g)].map(
    (m) => [
      [Number(m[1]), Number(m[2])],
      [Number(m[3]), Number(m[4])],
    ],
  );

describe('contact tone over time', () => {
  it('stacks each week by tone, calm at the bottom, with a legend and whole counts', () => {
    const c = tone(
      [
        group('2026-11-03', 2, { tone: 'tense' }),
        group('2026-11-04', 1, { tone: 'friendly' }),
        group('2026-11-05', 1, { tone: 'hostile' }),
        group('2026-11-12', 1, { tone: null }),
        group('2026-11-13', 5, { isContactWithEx: false }),
      ],
      '2026-11-01',
      '2026-11-30',
    );
    expectSafeChart(c);
    expect(c.texts('text.legend')).toEqual([
      'Friendly',
      'Civil',
      'Tense',
      'Hostile',
      'No tone noted',
    ]);
    expect(c.texts('text.axis-title')).toEqual(['Contacts']);
    expect(counts(c)).toEqual(['0', '1', '2', '3', '4']);
    expect(c.texts('text.tick')).toEqual(expect.arrayContaining(['2 Nov', '9 Nov']));
    // The week from 26 October (the period starts on a Sunday) is empty and has no bar.
    const week = c.all('.bars > g')[0];
    const segments = [...(week?.querySelectorAll('rect') ?? [])];
    expect(segments.map((r) => r.getAttribute('fill'))).toEqual([
      PALETTE.tones.friendly,
      PALETTE.tones.tense,
      PALETTE.tones.hostile,
    ]);
    // Each segment sits on the one below it, calmest at the bottom.
    for (let i = 1; i < segments.length; i += 1) {
      expect(num(segments[i], 'y')).toBeLessThan(num(segments[i - 1], 'y'));
    }
    // Only contact with the ex is counted: the week of the 9th has the one contact with no tone.
    expect(bars(c).filter((r) => r.getAttribute('fill') === PALETTE.tones.none)).toHaveLength(1);
    expect(c.labels()[0]).toBe('The tone of contact with your ex, over time');
  });

  it('hatches hostile contact over its colour, in the chart and in its key', () => {
    const c = tone(
      [group('2026-11-05', 1, { tone: 'hostile' }), group('2026-11-12', 2, { tone: 'tense' })],
      '2026-11-01',
      '2026-11-30',
    );
    const hostile = bars(c).find((r) => r.getAttribute('fill') === PALETTE.tones.hostile);
    const [chartHatch, keyHatch] = c.all('path.hatch');
    expect(chartHatch?.getAttribute('stroke')).toBe(PALETTE.hatch);
    // Stripes across the hostile bar, and only there: never over the tense one beside it.
    const stripes = segmentsOf(chartHatch);
    expect(stripes.length).toBeGreaterThan(3);
    const box = {
      x: num(hostile, 'x'),
      y: num(hostile, 'y'),
      width: num(hostile, 'width'),
      height: num(hostile, 'height'),
    };
    for (const [x, y] of stripes.flat()) {
      expect(x).toBeGreaterThanOrEqual(box.x - 0.05);
      expect(x).toBeLessThanOrEqual(box.x + box.width + 0.05);
      expect(y).toBeGreaterThanOrEqual(box.y - 0.05);
      expect(y).toBeLessThanOrEqual(box.y + box.height + 0.05);
    }
    // The key's "Hostile" box is striped the same way, so the key explains the stripes.
    expect(keyHatch?.getAttribute('stroke')).toBe(PALETTE.hatch);
    expect(c.all('path.hatch')).toHaveLength(2);
    // No pattern fill, which Chromium's PDF printer paints very slowly.
    expect(c.all('pattern')).toHaveLength(0);
  });

  it('draws no stripes when there was no hostile contact, only in the key', () => {
    const c = tone([group('2026-11-05', 3, { tone: 'civil' })], '2026-11-01', '2026-11-30');
    expect(c.all('.bars ~ path.hatch')).toHaveLength(0);
    expect(c.all('path.hatch')).toHaveLength(1);
  });

  it('never writes a fraction of a contact (the case reported: "0.5 contacts")', () => {
    const c = tone([group('2026-11-20', 1)], '2026-10-22', '2026-11-20');
    expect(counts(c)).toEqual(['0', '1']);
    expect(bars(c)).toHaveLength(1);
  });

  it('draws an empty period as its axes and says nothing was recorded', () => {
    const c = tone([], '2026-10-22', '2026-11-20');
    expectSafeChart(c);
    expect(bars(c)).toHaveLength(0);
    expect(counts(c)).toEqual(['0', '1']);
    expect(c.labels()[0]).toContain('Nothing was recorded in this period.');
    // Said where the bars would be too, for a sighted reader.
    expect(c.texts('text.legend')).toContain('Nothing was recorded in this period.');
  });
});

describe('how conversations ended, over time', () => {
  it('shows one conversation among hundreds as a bar a reader can see', () => {
    const c = outcome(
      [
        group('2026-01-05', 900, { isContactWithEx: false }),
        group('2026-11-20', 1, { outcome: 'not' }),
      ],
      '2026-01-01',
      '2026-11-20',
    );
    expectSafeChart(c);
    expect(c.texts('text.axis-title')).toEqual(['Conversations']);
    for (const bar of bars(c)) expect(num(bar, 'height')).toBeGreaterThanOrEqual(1.5);
    expect(bars(c)).toHaveLength(2);
  });

  it('writes large counts as the report writes numbers, with a thousands separator', () => {
    const c = outcome([group('2026-11-05', 1200)], '2026-11-01', '2026-11-30');
    expect(counts(c).at(-1)).toBe('1,500');
  });

  it('counts by month over a year, with a gap of months left empty', () => {
    const c = outcome(
      [
        group('2026-02-10', 2),
        group('2026-02-11', 1, { outcome: null }),
        group('2026-09-03', 4, { outcome: 'partly' }),
      ],
      '2026-01-01',
      '2026-11-30',
    );
    const months = c.all('.bars > g');
    expect(months).toHaveLength(2);
    expect(months.map((m) => m.querySelectorAll('rect').length)).toEqual([2, 1]);
    expect(c.texts('text.tick')).toEqual(expect.arrayContaining(['Jan 2026', 'Feb', 'Sep']));
    // A February bar is narrower than a September one only by the day it lacks.
    const [feb, sep] = months.map((m) => num(m.querySelector('rect') ?? undefined, 'width'));
    expect(feb).toBeLessThan(sep ?? 0);
  });

  it('puts a week that starts before a daylight-saving change in one bar', () => {
    const c = outcome(
      [group('2026-10-24', 1), group('2026-10-25', 1), group('2026-10-26', 1)],
      '2026-10-19',
      '2026-11-08',
    );
    // 19-25 October is one week (Europe's clocks went back on the 25th), 26 October the next.
    expect(c.all('.bars > g').map((g) => g.querySelectorAll('rect').length)).toEqual([1, 1]);
    const [first, second] = bars(c);
    expect(num(first, 'height')).toBeCloseTo(2 * num(second, 'height'), 0);
  });
});
