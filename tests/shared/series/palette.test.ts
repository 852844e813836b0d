import { describe, expect, it } from 'vitest';
import { CHART_PALETTES } from '../../../src-main/shared/series/palette';

/** WCAG's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

// The card a chart sits on in the dark theme (--surface in src-renderer/styles.css).
const DARK_CARD = '#262321';

describe('chart palette', () => {
  it('draws "no skill named / no outcome given / no tone noted" visibly on a dark card (3:1)', () => {
    expect(contrast(CHART_PALETTES.dark.outcomes.none, DARK_CARD)).toBeGreaterThanOrEqual(3);
    expect(contrast(CHART_PALETTES.dark.tones.none, DARK_CARD)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the light "none" the report prints', () => {
    expect(CHART_PALETTES.light.outcomes.none).toBe('#e8e3dc');
    expect(CHART_PALETTES.light.tones.none).toBe('#e8e3dc');
  });
});
