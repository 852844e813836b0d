import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HabitLine, HabitSeries } from '../../../src-main/shared/contract/charts';
import { CHART_PALETTES } from '../../../src-main/shared/series/palette';
import { HabitStrengthLines } from '../../../src-renderer/charts/HabitStrengthLines';
import { bucketLabel, timeAxis } from '../../../src-renderer/charts/time-axis';
import { HurtChart } from '../../../src-renderer/charts/HurtChart';
import { hurtSeries } from './series-fixtures';
// Installs the fixed-size ResizeObserver that lets recharts lay out in jsdom.
import '../render-app';

afterEach(cleanup);

function line(
  habitId: number,
  name: string,
  points: readonly [string, number][],
  activeTo: string | null = null,
): HabitLine {
  return {
    habitId,
    name,
    kind: 'build',
    activeFrom: points[0]?.[0] ?? '2026-11-01',
    activeTo,
    points: points.map(([day, strength]) => ({ day, strength })),
  };
}

function series(habits: readonly HabitLine[], bucket: HabitSeries['bucket'] = 'day'): HabitSeries {
  return { range: 'week', from: '2026-11-24', to: '2026-11-30', bucket, habits };
}

const WEEK = ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'];
const walk = line(
  1,
  'Walk after dinner',
  WEEK.map((day, i) => [day, 0.5 + i * 0.08]),
);
const phone = line(
  2,
  'Phone away at night',
  WEEK.map((day) => [day, 0.3]),
);
const journal = line(
  3,
  'Journal',
  [
    ['2026-11-24', 0.4],
    ['2026-11-25', 0.42],
  ],
  '2026-11-25',
);

/** The drawn lines' paths, by their stroke colour. */
function drawnStrokes(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.habit-strength-line .recharts-line-curve')].map(
    (path) => path.getAttribute('stroke') ?? '',
  );
}

describe('HabitStrengthLines', () => {
  it('draws one line per habit in the palette order and says which is steadiest now', () => {
    const { container } = render(<HabitStrengthLines series={series([walk, phone, journal])} />);
    const light = CHART_PALETTES.light.series;
    expect(drawnStrokes(container)).toEqual([light[0], light[1], light[2]]);
    expect(
      screen.getByRole('img', {
        name: '3 habits over the last week (1 archived); the steadiest now is Walk after dinner, at 82% strength.',
      }),
    ).toBeTruthy();
    expect(screen.getByText('Each point is one day.')).toBeTruthy();
  });

  it('hides a line when its legend entry is pressed, and shows it again', () => {
    const { container } = render(<HabitStrengthLines series={series([walk, phone])} />);
    const legend = screen.getByRole('list', { name: 'Habit strength: lines shown' });
    const toggle = within(legend).getByRole('button', { name: 'Phone away at night' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(drawnStrokes(container)).toEqual([CHART_PALETTES.light.series[0]]);
    fireEvent.click(toggle);
    expect(drawnStrokes(container)).toHaveLength(2);
  });

  it('names an archived habit as archived in the legend and the table, with its days only', () => {
    render(<HabitStrengthLines series={series([walk, journal])} />);
    expect(screen.getByRole('button', { name: 'Journal (archived)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Day', 'Walk after dinner', 'Journal (archived)']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      [bucketLabel('2026-11-24', 'day'), '50%', '40%'],
      [bucketLabel('2026-11-25', 'day'), '58%', '42%'],
      [bucketLabel('2026-11-26', 'day'), '66%', 'not active'],
      [bucketLabel('2026-11-27', 'day'), '74%', 'not active'],
      [bucketLabel('2026-11-28', 'day'), '82%', 'not active'],
    ]);
  });

  it('says plainly when no habit was active in the range, without an empty chart or table', () => {
    const { container } = render(<HabitStrengthLines series={series([])} />);
    expect(screen.getByText('None of your habits was active over the last week.')).toBeTruthy();
    expect(container.querySelector('.recharts-wrapper')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show as table' })).toBeNull();
  });

  it('draws a habit of one point as a dot and says its strength', () => {
    const { container } = render(
      <HabitStrengthLines series={series([line(4, 'Stretch', [['2026-11-30', 0.07]])])} />,
    );
    expect(container.querySelectorAll('.recharts-line-dot')).toHaveLength(1);
    expect(
      screen.getByRole('img', {
        name: 'One habit over the last week, Stretch, at 7% strength now.',
      }),
    ).toBeTruthy();
  });

  it('says all habits are level when their strengths are equal, naming no steadiest', () => {
    render(
      <HabitStrengthLines
        series={series([
          line(5, 'Read', [['2026-11-30', 0.5]]),
          line(6, 'Cook', [['2026-11-30', 0.5]]),
        ])}
      />,
    );
    expect(
      screen.getByRole('img', { name: '2 habits over the last week, each at 50% strength now.' }),
    ).toBeTruthy();
  });

  it('names every habit that shares the top strength', () => {
    render(
      <HabitStrengthLines
        series={series([
          line(5, 'Read', [['2026-11-30', 0.6]]),
          line(6, 'Cook', [['2026-11-30', 0.6]]),
          line(7, 'Run', [['2026-11-30', 0.2]]),
        ])}
      />,
    );
    expect(
      screen.getByRole('img', {
        name: '3 habits over the last week; the steadiest now are Read and Cook, each at 60% strength.',
      }),
    ).toBeTruthy();
  });

  it('places lines across a gap of months on a time axis, with the weeks named in the table', () => {
    const long: HabitSeries = {
      range: 'year',
      from: '2025-12-01',
      to: '2026-11-30',
      bucket: 'week',
      habits: [
        line(
          8,
          'Early',
          [
            ['2025-12-01', 0.2],
            ['2025-12-08', 0.3],
          ],
          '2025-12-14',
        ),
        line(9, 'Late', [
          ['2026-11-16', 0.4],
          ['2026-11-23', 0.5],
        ]),
      ],
    };
    const { container } = render(<HabitStrengthLines series={long} />);
    const curves = [...container.querySelectorAll('.habit-strength-line .recharts-line-curve')];
    const xs = (index: number) => curves[index]?.getAttribute('d')?.match(/M([\d.]+)/)?.[1];
    // The archived habit's line starts at the left; the recent one near the right.
    expect(Number(xs(0))).toBeLessThan(Number(xs(1)) / 4);
    expect(screen.getByText('Each point is one week, Monday to Sunday.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('rowheader', { name: bucketLabel('2026-11-16', 'week') })).toBeTruthy();
    expect(bucketLabel('2026-11-16', 'week')).toMatch(/^Week from /);
  });

  it('ticks its axis as the mood, hurt and stage charts do over the same range (they line up)', () => {
    const year: HabitSeries = {
      range: 'year',
      from: '2025-12-01',
      to: '2026-11-30',
      bucket: 'week',
      habits: [
        line(9, 'Late', [
          ['2025-12-01', 0.4],
          ['2026-11-23', 0.5],
        ]),
      ],
    };
    const tickXs = (container: HTMLElement) =>
      [...container.querySelectorAll('.recharts-xAxis .recharts-cartesian-axis-tick-line')].map(
        (tick) => tick.getAttribute('x1'),
      );
    const habits = render(<HabitStrengthLines series={year} />).container;
    const hurt = render(
      <HurtChart
        series={hurtSeries([{ day: '2026-11-30', mean: 4 }], {
          range: 'year',
          from: year.from,
          to: year.to,
          bucket: 'week',
        })}
      />,
    ).container;
    // Not "1 Dec, 6 Mar, 9 Jun ...": the first of each month, at the very places the hurt chart
    // (and the mood and stage charts, which share its axis) puts them.
    expect(tickXs(habits)).toHaveLength(timeAxis(year.from, year.to).ticks.length);
    expect(tickXs(habits)).toEqual(tickXs(hurt));
  });

  it('reaches each legend entry by keyboard (a real button, in the page order)', () => {
    render(<HabitStrengthLines series={series([walk, phone])} />);
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons).toEqual(['Show as table', 'Walk after dinner', 'Phone away at night']);
    for (const button of screen.getAllByRole('button')) expect(button.tabIndex).toBe(0);
  });

  it('dots the lines past the palette, so two habits that share a colour still differ', () => {
    const light = CHART_PALETTES.light.series;
    const many = Array.from({ length: light.length + 1 }, (_, i) =>
      line(20 + i, `Habit ${String(i + 1)}`, [
        ['2026-11-29', 0.5],
        ['2026-11-30', 0.5],
      ]),
    );
    const { container } = render(<HabitStrengthLines series={series(many)} />);
    const curves = [...container.querySelectorAll('.habit-strength-line .recharts-line-curve')];
    expect(curves).toHaveLength(light.length + 1);
    const first = curves[0];
    const wrapped = curves[light.length];
    expect(wrapped?.getAttribute('stroke')).toBe(first?.getAttribute('stroke'));
    expect(first?.getAttribute('stroke-dasharray')).toBeNull();
    expect(wrapped?.getAttribute('stroke-dasharray')).toBe('2 3');
  });

  it('marks a habit to break in the legend and the table, since its line rises as it is done less', () => {
    const phone = {
      ...line(3, 'Check their phone', [
        ['2026-11-01', 0.2],
        ['2026-11-02', 0.3],
      ]),
      kind: 'break' as const,
    };
    const old = {
      ...line(4, 'Scroll at night', [['2026-11-01', 0.5]], '2026-11-01'),
      kind: 'break' as const,
    };
    render(<HabitStrengthLines series={series([phone, old])} />);
    expect(screen.getByRole('button', { name: 'Check their phone (to break)' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Scroll at night (to break, archived)' }),
    ).toBeTruthy();
  });
});
