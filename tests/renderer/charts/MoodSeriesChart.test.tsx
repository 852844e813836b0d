import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MoodSeriesChart } from '../../../src-renderer/charts/MoodSeriesChart';
import { formatOneDecimal } from '../../../src-renderer/app/day-format';
import { TOO_FEW_FOR_TREND } from '../../../src-main/shared/share-words';
import { tableDay } from '../../../src-renderer/charts/time-axis';
import { moodDay, moodSeries, span, steadyMood, summaryText, tableRows } from './series-fixtures';
// Installs the fixed-size ResizeObserver that lets recharts lay out in jsdom (600 px wide).
import '../render-app';

afterEach(cleanup);

const d = formatOneDecimal;

function dotXs(container: HTMLElement): number[] {
  return [...container.querySelectorAll('.mood-mean-dot')].map((dot) =>
    Number(dot.getAttribute('cx')),
  );
}

describe('MoodSeriesChart', () => {
  it('says where the 7-day average went, in the locale’s numbers, and never why', () => {
    const points = [
      moodDay('2026-11-01', 3),
      moodDay('2026-11-02', 4),
      moodDay('2026-11-03', 5),
      moodDay('2026-11-04', 5, 4.2),
      moodDay('2026-11-20', 6, 5.5),
      moodDay('2026-11-30', 7, 6.1),
    ];
    render(<MoodSeriesChart series={moodSeries(points, { range: 'year' })} stages={null} />);
    expect(summaryText()).toBe(
      `Your 7-day average rose from ${d(4.2)} to ${d(6.1)} over the last year.`,
    );
    expect(summaryText()).not.toMatch(/because|caused|improve|should/i);
  });

  it('says a fall, a change under a point and no change in plain words', () => {
    const { rerender } = render(
      <MoodSeriesChart
        series={moodSeries([moodDay('2026-11-01', 6, 6.1), moodDay('2026-11-30', 4, 4.2)])}
        stages={null}
      />,
    );
    expect(summaryText()).toBe(
      `Your 7-day average went down from ${d(6.1)} to ${d(4.2)} over the last month.`,
    );
    rerender(
      <MoodSeriesChart
        series={moodSeries([moodDay('2026-11-01', 5, 5), moodDay('2026-11-30', 6, 5.9)])}
        stages={null}
      />,
    );
    expect(summaryText()).toBe(
      `Your 7-day average stayed around ${d(5.45)} (from ${d(5)} to ${d(5.9)}) over the last month.`,
    );
  });

  it('all values equal: the average stayed at that value, and every row of the table says it', async () => {
    const points = steadyMood('2026-11-24', '2026-11-30', 5);
    render(
      <MoodSeriesChart
        series={moodSeries(points, { range: 'week', from: '2026-11-24' })}
        stages={null}
      />,
    );
    expect(summaryText()).toBe(`Your 7-day average stayed at ${d(5)} over the last week.`);
    const rows = await tableRows();
    expect(rows[0]).toEqual([
      'Day',
      'Average mood',
      'Lowest',
      'Highest',
      'Entries',
      '7-day average',
    ]);
    expect(rows.slice(1).map((row) => row[1])).toEqual(Array(7).fill(d(5)));
    // The first three days cannot carry an average of seven days; the table says so.
    expect(rows.slice(1).map((row) => row[5])).toEqual([
      'not enough days yet',
      'not enough days yet',
      'not enough days yet',
      d(5),
      d(5),
      d(5),
      d(5),
    ]);
  });

  it('shows the same numbers in its table as it draws, dates in the locale, with the stage of each day', async () => {
    const points = [
      { day: '2026-11-02', mean: 4.25, low: 3, high: 6, entries: 2, days: 1, rolling: null },
      moodDay('2026-11-20', 7, 5.5),
    ];
    render(
      <MoodSeriesChart
        series={moodSeries(points)}
        stages={[
          span('heal_yourself', '2026-10-31', '2026-11-09', null, true),
          span('decide', '2026-11-10', '2026-11-30', 'Ready to look at it honestly'),
        ]}
      />,
    );
    const rows = await tableRows();
    expect(rows[0]).toEqual([
      'Day',
      'Average mood',
      'Lowest',
      'Highest',
      'Entries',
      '7-day average',
      'Stage',
    ]);
    expect(rows.slice(1)).toEqual([
      [tableDay('2026-11-02'), d(4.25), '3', '6', '2', 'not enough days yet', 'Heal Yourself'],
      [tableDay('2026-11-20'), d(7), '7', '7', '1', d(5.5), 'Decide'],
    ]);
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toBe(
      'Mood by day, over the last month',
    );
  });

  it('with nothing recorded says so, and draws no dots', () => {
    const { container } = render(<MoodSeriesChart series={moodSeries([])} stages={null} />);
    expect(summaryText()).toBe(
      'No mood entries over the last month yet: the line begins with your first one.',
    );
    expect(container.querySelectorAll('.recharts-line-dot')).toHaveLength(0);
    expect(screen.getByText('Each point is one day.')).toBeTruthy();
  });

  it('with nothing recorded still draws the stages behind the empty plot', () => {
    const { container } = render(
      <MoodSeriesChart
        series={moodSeries([])}
        stages={[
          span('heal_yourself', '2026-10-31', '2026-11-20', null, true),
          span('decide', '2026-11-21', '2026-11-30', 'Time to think'),
        ]}
      />,
    );
    expect(container.querySelectorAll('.stage-band')).toHaveLength(2);
    expect(container.querySelectorAll('.mood-mean-dot')).toHaveLength(0);
  });

  it('with one day draws its dot and says there are too few entries for a trend', () => {
    const { container } = render(
      <MoodSeriesChart series={moodSeries([moodDay('2026-11-15', 6)])} stages={null} />,
    );
    expect(summaryText()).toBe(
      `You recorded your mood on 1 day over the last month. ${TOO_FEW_FOR_TREND}`,
    );
    expect(dotXs(container)).toHaveLength(1);
    expect(container.querySelector('.mood-series-rolling')).toBeNull();
  });

  it('keeps a gap of months as wide as months on the time axis', () => {
    const points = [
      moodDay('2026-01-05', 4),
      moodDay('2026-01-06', 5),
      moodDay('2026-06-01', 6),
      moodDay('2026-06-02', 7),
    ];
    const { container } = render(
      <MoodSeriesChart
        series={moodSeries(points, { range: 'year', from: '2025-12-01', to: '2026-11-30' })}
        stages={null}
      />,
    );
    const [a = 0, b = 0, c = 0] = dotXs(container);
    // One day apart, then 146 days apart: the gap is drawn about 146 times wider.
    expect((c - b) / (b - a)).toBeCloseTo(146, 0);
  });

  it('names by week and draws the weekly means as a line when the range is counted by week', async () => {
    const points = [
      { day: '2026-10-26', mean: 3, low: 2, high: 4, entries: 5, days: 4, rolling: null },
      { day: '2026-11-02', mean: 4, low: 3, high: 5, entries: 6, days: 5, rolling: null },
      { day: '2026-11-09', mean: 5, low: 4, high: 6, entries: 7, days: 6, rolling: null },
      { day: '2026-11-16', mean: 6.5, low: 5, high: 8, entries: 7, days: 7, rolling: null },
    ];
    const { container } = render(
      <MoodSeriesChart
        series={moodSeries(points, { range: 'all', bucket: 'week' })}
        stages={null}
      />,
    );
    expect(summaryText()).toBe(
      `Your weekly average rose from ${d(3)} to ${d(6.5)} since your first record.`,
    );
    expect(screen.getByText('Each point is one week, Monday to Sunday.')).toBeTruthy();
    expect(
      container.querySelector('.mood-series-means .recharts-line-curve')?.getAttribute('stroke'),
    ).not.toBe('none');
    const rows = await tableRows();
    expect(rows[0]).toEqual(['Week', 'Average mood', 'Lowest', 'Highest', 'Entries']);
    expect(rows[1]?.[0]).toBe(`Week from ${tableDay('2026-10-26')}`);
  });

  it('draws each stage as a band behind the line, named where the name fits and always in the key', () => {
    const { container } = render(
      <MoodSeriesChart
        series={moodSeries([moodDay('2026-11-15', 6)])}
        stages={[
          span('heal_yourself', '2026-10-31', '2026-11-27', null, true),
          span('decide', '2026-11-28', '2026-11-29', 'Time to think'),
          span('heal_and_grow', '2026-11-30', '2026-11-30', 'Moving on'),
        ]}
      />,
    );
    expect(container.querySelectorAll('.stage-band')).toHaveLength(3);
    // The wide band carries its name; the two narrow ones (a couple of days in 31) do not.
    expect([...container.querySelectorAll('.stage-band-label')].map((t) => t.textContent)).toEqual([
      'Heal Yourself',
    ]);
    const key = [...container.querySelectorAll('.chart-key li')].map((li) => li.textContent);
    expect(key).toEqual(['Each day', 'Heal Yourself', 'Decide', 'Heal & Grow']);
  });
});
