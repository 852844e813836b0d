// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MoodTrendChart } from '../../../src-main/report/charts/index';
import { CHART_PALETTES } from '../../../src-main/shared/series/palette';
import { TOO_FEW_FOR_TREND, TREND_MIN_POINTS } from '../../../src-main/shared/share-words';
import { expectSafeChart, num, renderChart } from './chart-dom';
import { moodDays, sameMood } from './fixtures';

const PALETTE = CHART_PALETTES.light;
const NO_STAGES = [] as const;

function chart(
  days: Parameters<typeof MoodTrendChart>[0]['days'],
  from: string,
  to: string,
  stages: Parameters<typeof MoodTrendChart>[0]['stages'] = NO_STAGES,
) {
  return renderChart(<MoodTrendChart days={days} from={from} to={to} stages={stages} />);
}

/** The rolling line's path(s): the only stroked paths in the line colour. */
function rollingLines(c: ReturnType<typeof chart>): string[] {
  return c.all(`path.series-line[stroke="${PALETTE.line}"]`).map((p) => p.getAttribute('d') ?? '');
}

describe('the mood chart', () => {
  it('draws a dot a day, the 7-day line, the mood axis and a legend in words', () => {
    const c = chart(moodDays('2026-11-01', 30), '2026-11-01', '2026-11-30');
    expectSafeChart(c);
    expect(c.all('.mood-day circle')).toHaveLength(30);
    expect(rollingLines(c)).toHaveLength(1);
    expect(c.texts('text.tick').slice(0, 4)).toEqual(['1', '4', '7', '10']);
    expect(c.texts('text.tick')).toEqual(expect.arrayContaining(['2 Nov', '30 Nov']));
    expect(c.texts('text.axis-title')).toEqual(['Mood (1 to 10)']);
    expect(c.texts('text.legend')).toEqual(['Daily average', '7-day average']);
    expect(c.labels()[0]).toBe('Mood over the period: daily averages and a 7-day rolling average.');
  });

  it('draws the mood dot for one entry on the last day, and says there are too few for a trend', () => {
    const c = chart(sameMood(['2026-11-20'], 6), '2026-10-22', '2026-11-20');
    expectSafeChart(c);
    expect(c.all('.mood-day circle')).toHaveLength(1);
    expect(c.all('.lone-point')).toHaveLength(0);
    expect(rollingLines(c)).toEqual([]);
    expect(c.texts('text.legend')).toContain(TOO_FEW_FOR_TREND);
    expect(c.labels()[0]).toContain(TOO_FEW_FOR_TREND);
  });

  it('draws no line through 3 days in a week, and never claims a rolling average', () => {
    const c = chart(
      sameMood(['2026-11-16', '2026-11-18', '2026-11-20']),
      '2026-10-22',
      '2026-11-20',
    );
    expect(rollingLines(c)).toEqual([]);
    expect(c.markup).not.toMatch(/7-day average|rolling average/);
  });

  it('draws the line once 7 days hold 4 days with an entry, and only where they do', () => {
    expect(TREND_MIN_POINTS).toBe(4);
    const c = chart(
      sameMood([
        '2026-11-01',
        '2026-11-14',
        '2026-11-16',
        '2026-11-17',
        '2026-11-18',
        '2026-11-20',
      ]),
      '2026-10-22',
      '2026-11-20',
    );
    // Only the weeks ending on the 18th, 19th and 20th hold 4 entries: one stretch of line.
    const lines = rollingLines(c);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.match(/[ML]/g)).toHaveLength(3);
    expect(c.all('.lone-point')).toHaveLength(0);
    expect(c.texts('text.legend')).toContain('7-day average');
  });

  it('draws a month’s dots bigger than a year’s, so a few days are easy to find', () => {
    const radius = (c: ReturnType<typeof chart>) => num(c.all('.mood-day circle')[0], 'r');
    expect(radius(chart(moodDays('2026-11-01', 30), '2026-11-01', '2026-11-30'))).toBe(3);
    expect(radius(chart(moodDays('2025-12-01', 365), '2025-12-01', '2026-11-30'))).toBe(1.9);
  });

  it('draws all-equal moods as a flat line at that mood', () => {
    const days = Array.from({ length: 14 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
    const c = chart(sameMood(days, 7), '2026-11-01', '2026-11-14');
    const ys = (rollingLines(c)[0] ?? '').match(/,[\d.]+/g)?.map((s) => s.slice(1)) ?? [];
    expect(new Set(ys).size).toBe(1);
    const dots = c.all('.mood-day circle').map((e) => num(e, 'cy'));
    expect(new Set(dots).size).toBe(1);
    // On the 7 gridline.
    const seven = c.all('line').find((l) => l.nextElementSibling?.textContent === '7');
    expect(Math.abs(num(seven, 'y1') - (dots[0] ?? 0))).toBeLessThan(0.2);
  });

  it('draws nothing but its frame and words for an empty period', () => {
    const c = chart([], '2026-11-01', '2026-11-30');
    expectSafeChart(c);
    expect(c.all('circle')).toHaveLength(1); // the legend's dot
    expect(rollingLines(c)).toEqual([]);
    expect(c.labels()[0]).toContain(TOO_FEW_FOR_TREND);
  });

  it('breaks the line over a gap of months and draws both sides', () => {
    const spring = Array.from(
      { length: 10 },
      (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`,
    );
    const autumn = Array.from(
      { length: 10 },
      (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`,
    );
    const c = chart(sameMood([...spring, ...autumn]), '2026-03-01', '2026-10-31');
    const line = rollingLines(c)[0] ?? '';
    expect(line.match(/M/g)).toHaveLength(2);
    expect(c.all('.mood-day circle')).toHaveLength(20);
    expect(c.texts('text.tick')).toEqual(expect.arrayContaining(['Mar 2026', 'Jun', 'Oct']));
  });

  it('keeps ten years of mood to one point a week', () => {
    const c = chart(moodDays('2016-11-28', 3652), '2016-11-28', '2026-11-27');
    const points = rollingLines(c)[0]?.match(/[ML]/g)?.length ?? 0;
    expect(points).toBeGreaterThan(500);
    expect(points).toBeLessThan(550);
    expect(c.all('.mood-day circle').length).toBeLessThan(550);
    expect(c.texts('text.legend')[0]).toBe('Weekly average');
    expect(c.labels()[0]).toContain('weekly averages');
  });
});

describe('stage bands behind the mood chart', () => {
  const stages = [
    { stage: 'heal_yourself' as const, from: '2026-01-01', to: '2026-01-31' },
    { stage: 'decide' as const, from: '2026-02-01', to: '2026-03-01' },
  ];

  it('names each stage in its band, above the top gridline, in the stage’s colour', () => {
    const c = chart(moodDays('2026-01-01', 60), '2026-01-01', '2026-03-01', stages);
    expect(c.texts('text.band-label')).toEqual(['Heal Yourself', 'Decide']);
    const fills = c.all('.stage-bands rect').map((r) => r.getAttribute('fill'));
    expect(fills).toEqual([PALETTE.stages.heal_yourself, PALETTE.stages.decide]);
    const ten = c.all('line').find((l) => l.nextElementSibling?.textContent === '10');
    // A label's glyphs reach about 8 units above its baseline and none below it.
    for (const label of c.all('text.band-label'))
      expect(num(label, 'y')).toBeLessThan(num(ten, 'y1') - 2);
    expect(c.labels()[0]).toContain(
      'Shaded bands behind it are the stages: Heal Yourself, then Decide.',
    );
  });

  it('names a band too narrow for its stage’s name in the legend, and only that one', () => {
    const year = [
      { stage: 'heal_yourself' as const, from: '2025-12-01', to: '2026-08-09' },
      { stage: 'decide' as const, from: '2026-08-10', to: '2026-08-31' },
      { stage: 'heal_and_grow' as const, from: '2026-09-01', to: '2026-11-30' },
    ];
    const c = chart(moodDays('2025-12-01', 365), '2025-12-01', '2026-11-30', year);
    expect(c.texts('text.band-label')).toEqual(['Heal Yourself', 'Heal & Grow']);
    expect(c.texts('text.legend')).toEqual(['Daily average', '7-day average', 'Decide']);
    const swatch = c.all('rect').find((r) => r.nextElementSibling?.textContent === 'Decide');
    expect(swatch?.getAttribute('fill')).toBe(PALETTE.stages.decide);
  });

  it('draws no band for a period spent in one stage', () => {
    const c = chart(moodDays('2026-01-01', 60), '2026-01-01', '2026-03-01', stages.slice(0, 1));
    expect(c.all('.stage-bands')).toHaveLength(0);
  });

  it('ends one band where the next begins, across a daylight-saving change', () => {
    const dst = [
      { stage: 'heal_yourself' as const, from: '2026-10-01', to: '2026-10-24' },
      { stage: 'decide' as const, from: '2026-10-25', to: '2026-11-30' },
    ];
    const c = chart(moodDays('2026-10-01', 61), '2026-10-01', '2026-11-30', dst);
    const [first, second] = c.all('.stage-bands rect');
    expect(num(first, 'x') + num(first, 'width')).toBeCloseTo(num(second, 'x'), 0);
    // 24 of the period's 61 days, in a plot 624 units wide.
    expect(num(first, 'width')).toBeCloseTo((24 / 61) * 624, 0);
  });
});
