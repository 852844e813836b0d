import { describe, expect, it } from 'vitest';
import {
  MOOD_SHADES,
  moodCalendarCharts,
  moodShade,
  moodTrendChart,
  timeTicks,
} from '../../src-main/report/charts';
import { addDays } from '../../src-main/shared/calendar';

const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    day: addDays(from, i),
    average: 1 + (i % 10),
    entries: 1,
    hurt: null,
  }));

describe('chart axes', () => {
  it('labels weeks, months, quarters or years depending on the span', () => {
    expect(timeTicks('2026-11-01', '2026-11-27').map((t) => t.label)).toEqual([
      '2 Nov',
      '9 Nov',
      '16 Nov',
      '23 Nov',
    ]);
    expect(
      timeTicks('2025-11-28', '2026-11-27')
        .map((t) => t.label)
        .slice(0, 3),
    ).toEqual(['Dec 2025', 'Jan 2026', 'Feb']);
    expect(timeTicks('2016-11-28', '2026-11-27').map((t) => t.label)).toEqual(
      Array.from({ length: 10 }, (_, i) => String(2017 + i)),
    );
  });
});

describe('mood charts', () => {
  it('shades mood from light to dark, so grayscale keeps the order', () => {
    const lightness = MOOD_SHADES.map((hex) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    });
    for (let i = 1; i < lightness.length; i += 1) {
      expect(lightness[i]).toBeLessThan(lightness[i - 1] ?? 0);
    }
    expect(moodShade(1)).toBe(MOOD_SHADES[0]);
    expect(moodShade(9.6)).toBe(MOOD_SHADES[9]);
  });

  it('draws one calendar block for a year and one per calendar year beyond', () => {
    expect(moodCalendarCharts(days('2025-11-28', 365), '2025-11-28', '2026-11-27')).toHaveLength(1);
    const decade = moodCalendarCharts(days('2016-11-28', 3652), '2016-11-28', '2026-11-27');
    expect(decade).toHaveLength(11);
    expect(decade[1]?.markup).toContain('>2017<');
  });

  it('keeps ten years of mood to a few hundred points a series', () => {
    const svg = moodTrendChart(days('2016-11-28', 3652), '2016-11-28', '2026-11-27', []).markup;
    const line = /<path\s+d="([^"]*)"\s+fill="none"/.exec(svg)?.[1] ?? '';
    const points = line.match(/[ML]/g)?.length ?? 0;
    expect(points).toBeGreaterThan(400);
    expect(points).toBeLessThan(600);
    expect(svg).not.toMatch(/style=|href|http/);
  });
});
