import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HabitStrengthChart } from '../../../src-renderer/charts/HabitStrengthChart';
import { MoodTrendChart } from '../../../src-renderer/charts/MoodTrendChart';
// Installs the fixed-size ResizeObserver that lets recharts lay out in jsdom.
import '../render-app';

afterEach(cleanup);

/** The drawn dots of the chart's line, with where they sit. */
function lineDots(container: HTMLElement): { cx: number; cy: number }[] {
  return [...container.querySelectorAll('.recharts-line-dot')].map((dot) => ({
    cx: Number(dot.getAttribute('cx')),
    cy: Number(dot.getAttribute('cy')),
  }));
}

describe('line charts with a single point', () => {
  it('draws the one day of a habit strength line as a dot (a line of one point draws nothing)', () => {
    const { container } = render(
      <HabitStrengthChart points={[{ day: '2026-11-20', percent: 96 }]} label="Strength" />,
    );
    const dots = lineDots(container);
    expect(dots).toHaveLength(1);
    expect(Number.isFinite(dots[0]?.cx)).toBe(true);
    expect(Number.isFinite(dots[0]?.cy)).toBe(true);
  });

  it('keeps a longer strength line as a plain line', () => {
    const { container } = render(
      <HabitStrengthChart
        points={[
          { day: '2026-11-19', percent: 90 },
          { day: '2026-11-20', percent: 96 },
        ]}
        label="Strength"
      />,
    );
    expect(lineDots(container)).toHaveLength(0);
    expect(container.querySelector('.recharts-line-curve')?.getAttribute('d')).toMatch(/L|C/);
  });

  it('draws one mood entry among empty days as a dot', () => {
    const { container } = render(
      <MoodTrendChart
        points={[
          { day: '2026-11-18', average: null },
          { day: '2026-11-19', average: 6 },
          { day: '2026-11-20', average: null },
        ]}
        label="Mood"
        empty="Your mood line begins with your first entry."
      />,
    );
    expect(lineDots(container)).toHaveLength(1);
  });
});

describe('line charts with nothing to draw', () => {
  it('says what to do first instead of drawing an empty mood frame', () => {
    const { container } = render(
      <MoodTrendChart
        points={[
          { day: '2026-11-19', average: null },
          { day: '2026-11-20', average: null },
        ]}
        label="Mood"
        empty="Your mood line begins with your first entry."
      />,
    );
    expect(container.querySelector('.recharts-wrapper')).toBeNull();
    expect(container.textContent).toBe('Your mood line begins with your first entry.');
  });
});
