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
      expect.stringMatching(/^url\(#hatch[\w-]*\)$/),
    ]);
    // Each segment sits on the one below it, calmest at the bottom.
    for (let i = 1; i < segments.length; i += 1) {
      expect(num(segments[i], 'y')).toBeLessThan(num(segments[i - 1], 'y'));
    }
    // Only contact with the ex is counted: the week of the 9th has the one contact with no tone.
    expect(bars(c).filter((r) => r.getAttribute('fill') === PALETTE.tones.none)).toHaveLength(1);
    expect(c.labels()[0]).toBe('The tone of contact with your ex, over time');
  });

  it('hatches hostile contact with a pattern defined inside the same SVG', () => {
    const c = tone([group('2026-11-05', 1, { tone: 'hostile' })], '2026-11-01', '2026-11-30');
    const pattern = c.all('svg defs pattern')[0];
    const fill = bars(c)[0]?.getAttribute('fill');
    expect(fill).toBe(`url(#${pattern?.getAttribute('id')})`);
    expect(pattern?.querySelector('line')?.getAttribute('stroke')).toBe(PALETTE.hatch);
  });

  it('gives each tone chart in one document its own pattern id', () => {
    const groups = [group('2026-11-05', 1, { tone: 'hostile' as const })];
    const c = renderChart(
      <div>
        <ContactToneChart groups={groups} from="2026-11-01" to="2026-11-30" />
        <ContactToneChart groups={groups} from="2026-10-01" to="2026-11-30" />
      </div>,
    );
    const ids = c.all('pattern').map((p) => p.getAttribute('id'));
    expect(new Set(ids).size).toBe(2);
    expect(bars(c).map((b) => b.getAttribute('fill'))).toEqual(ids.map((id) => `url(#${id})`));
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
