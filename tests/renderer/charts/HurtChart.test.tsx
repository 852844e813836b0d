import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HurtChart } from '../../../src-renderer/charts/HurtChart';
import { formatOneDecimal } from '../../../src-renderer/app/day-format';
import { tableDay } from '../../../src-renderer/charts/time-axis';
import { TOO_FEW_FOR_TREND } from '../../../src-main/shared/share-words';
import { hurtSeries, summaryText, tableRows } from './series-fixtures';
// Installs the fixed-size ResizeObserver that lets recharts lay out in jsdom (600 px wide).
import '../render-app';

afterEach(cleanup);

const d = formatOneDecimal;
const dots = (container: HTMLElement) => [...container.querySelectorAll('.hurt-dot')];
const curve = (container: HTMLElement) =>
  container.querySelector('.hurt-line .recharts-line-curve');

describe('HurtChart', () => {
  it('says where the hurt went with the least-squares line, as the Journey says it', () => {
    // 8, 6, 4, 2 on days 0, 10, 20, 30: the line runs exactly from 8 to 2.
    const series = hurtSeries([
      { day: '2026-10-31', mean: 8 },
      { day: '2026-11-10', mean: 6 },
      { day: '2026-11-20', mean: 4 },
      { day: '2026-11-30', mean: 2 },
    ]);
    const { container } = render(<HurtChart series={series} />);
    expect(summaryText()).toBe(
      'How much it hurts, as you rated it, went down from about 8 to about 2 out of 10 over the last month.',
    );
    expect(dots(container)).toHaveLength(4);
    expect(curve(container)?.getAttribute('stroke')).not.toBe('none');
    // The line the words are read from is drawn, dashed, and the note says so (the blind review
    // saw "to about 3" under a year whose last dots sat at 4 and 5, with no line to read it from).
    const trend = container.querySelector('.hurt-trend line, line.hurt-trend');
    expect(trend?.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(
      screen.getByText(
        'Each point is one day. 0 is not at all, 10 is the most. The dashed line is the trend the words above describe.',
      ),
    ).toBeTruthy();
  });

  it('does not draw its line across a month with no ratings', () => {
    const series = hurtSeries(
      ['2026-09-01', '2026-09-02', '2026-09-03', '2026-11-01', '2026-11-02'].map((day) => ({
        day,
        mean: 5,
      })),
      { range: 'quarter', from: '2026-08-31' },
    );
    const { container } = render(<HurtChart series={series} />);
    expect(dots(container)).toHaveLength(5);
    // Two pieces of line: each starts with a move (M) of the pen.
    expect(curve(container)?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
  });

  it('all values equal: it stayed around that value', () => {
    const series = hurtSeries(
      ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'].map((day) => ({ day, mean: 3 })),
    );
    render(<HurtChart series={series} />);
    expect(summaryText()).toBe(
      'How much it hurts, as you rated it, stayed around 3 out of 10 over the last month.',
    );
  });

  it('with fewer points than a trend needs draws dots only and says so', () => {
    const series = hurtSeries([{ day: '2026-11-15', mean: 7 }]);
    const { container } = render(<HurtChart series={series} />);
    expect(summaryText()).toBe(
      `You rated how much it hurts on 1 day over the last month. ${TOO_FEW_FOR_TREND}`,
    );
    expect(dots(container)).toHaveLength(1);
    // A line through one point draws nothing; any path there must stay unstroked.
    expect(curve(container)?.getAttribute('stroke') ?? 'none').toBe('none');
  });

  it('with nothing rated says where a rating comes from', () => {
    render(<HurtChart series={hurtSeries([])} />);
    expect(summaryText()).toBe(
      'No hurt ratings over the last month yet. You can add one to any mood entry (“How much does it hurt right now?”).',
    );
  });

  it('shows the same numbers in its table, by month when the range is counted by month', async () => {
    const series = hurtSeries(
      [
        { day: '2024-01-01', mean: 7.25, entries: 12 },
        // A gap of months: nothing from February to May.
        { day: '2024-06-01', mean: 5, entries: 3 },
      ],
      { range: 'all', from: '2024-01-03', to: '2026-11-30', bucket: 'month' },
    );
    const { container } = render(<HurtChart series={series} />);
    expect(
      screen.getByText('Each point is one calendar month. 0 is not at all, 10 is the most.'),
    ).toBeTruthy();
    // Two points carry no trend: no dashed line is drawn and the note does not mention one.
    expect(container.querySelector('.hurt-trend')).toBeNull();
    expect(summaryText()).toBe(
      `You rated how much it hurts in 2 months since your first record. ${TOO_FEW_FOR_TREND}`,
    );
    expect(await tableRows()).toEqual([
      ['Month', 'Average (0 to 10)', 'Entries'],
      [expect.stringContaining('2024'), d(7.25), '12'],
      [expect.stringContaining('2024'), d(5), '3'],
    ]);
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toBe(
      'How much it hurts by month, since your first record',
    );
    expect(tableDay('2024-01-01')).toContain('2024');
  });
});
