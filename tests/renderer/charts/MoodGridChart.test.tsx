import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MoodGridChart, quadrantOf } from '../../../src-renderer/charts/MoodGridChart';
// Installs the fixed-size ResizeObserver that lets recharts lay out in jsdom.
import '../render-app';

afterEach(cleanup);

interface Dot {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** The drawn dots: where each one sits (SVG y grows downwards) and how wide it is. */
function dots(container: HTMLElement): Dot[] {
  return [...container.querySelectorAll('.recharts-scatter-symbol .recharts-symbols')].map(
    (path) => ({
      x: Number(path.getAttribute('cx')),
      y: Number(path.getAttribute('cy')),
      width: Number(path.getAttribute('width')),
    }),
  );
}

describe('the pleasantness x energy grid', () => {
  it('draws one dot per pair of ratings, in its place, bigger where more entries share it', () => {
    const { container } = render(
      <MoodGridChart
        points={[
          { mood: 8, energy: 3, count: 4 },
          { mood: 2, energy: 2, count: 1 },
          { mood: 3, energy: 9, count: 1 },
        ]}
        withoutEnergy={0}
        period="the last 30 days"
      />,
    );
    const [good, low, tense] = dots(container);
    expect(dots(container)).toHaveLength(3);
    if (!good || !low || !tense) throw new Error('Expected three dots.');
    // Mood runs across, energy up.
    expect(good.x).toBeGreaterThan(tense.x);
    expect(tense.x).toBeGreaterThan(low.x);
    expect(tense.y).toBeLessThan(good.y);
    expect(good.y).toBeLessThan(low.y);
    // Four entries make a bigger dot than one; single entries share one size.
    expect(good.width).toBeGreaterThan(low.width * 1.5);
    expect(low.width).toBeCloseTo(tense.width);
  });

  it('names the four corners in plain words and says what falls where', () => {
    render(
      <MoodGridChart
        points={[
          { mood: 8, energy: 3, count: 4 },
          { mood: 2, energy: 2, count: 1 },
          { mood: 6, energy: 6, count: 2 },
        ]}
        withoutEnergy={3}
        period="the last 30 days"
      />,
    );
    for (const corner of [
      'better mood, lower energy',
      'better mood, higher energy',
      'lower mood, lower energy',
      'lower mood, higher energy',
    ]) {
      expect(screen.getByText(corner)).toBeTruthy();
    }
    const caption =
      '7 entries with an energy rating in the last 30 days: 4 with better mood, lower energy; ' +
      '2 with better mood, higher energy; 1 with lower mood, lower energy. ' +
      '3 entries without an energy rating are left out.';
    expect(screen.getByRole('figure', { name: caption })).toBeTruthy();
    expect(screen.getByText(caption)).toBeTruthy();
  });

  it('says so when no entry has an energy rating, and draws no dot', () => {
    const { container } = render(
      <MoodGridChart points={[]} withoutEnergy={1} period="the last 30 days" />,
    );
    expect(dots(container)).toEqual([]);
    // No empty frame: the sentence saying what to do first stands in its place.
    expect(container.querySelector('.recharts-wrapper')).toBeNull();
    expect(
      screen.getByText(
        'No entries with an energy rating in the last 30 days yet: energy is optional, and ' +
          'entries that have it show here. 1 entry without an energy rating is left out.',
      ),
    ).toBeTruthy();
  });

  it('splits the ratings down the middle: 1 to 5 low, 6 to 10 high', () => {
    expect(quadrantOf(5, 5)).toBe('drained');
    expect(quadrantOf(6, 5)).toBe('calm');
    expect(quadrantOf(5, 6)).toBe('tense');
    expect(quadrantOf(6, 6)).toBe('energised');
    expect(quadrantOf(10, 1)).toBe('calm');
  });
});
