import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StageTimelineChart } from '../../../src-renderer/charts/StageTimelineChart';
import { tableDay } from '../../../src-renderer/charts/time-axis';
import { span, summaryText, tableRows, timeline } from './series-fixtures';
// Installs the fixed-size ResizeObserver that lets recharts lay out in jsdom (600 px wide).
import '../render-app';

afterEach(cleanup);

const year = timeline(
  [
    span('heal_yourself', '2025-12-01', '2026-05-31', null, true),
    span('decide', '2026-06-01', '2026-06-03', 'I felt steady enough to look at it honestly'),
    span('heal_and_grow', '2026-06-04', '2026-11-30', null),
  ],
  { range: 'year', from: '2025-12-01', to: '2026-11-30' },
);

describe('StageTimelineChart', () => {
  it('says which stages the range held, in order, and how many moves', () => {
    render(<StageTimelineChart timeline={year} />);
    expect(summaryText()).toBe(
      'Over the last year you were in Heal Yourself, then Decide, then Heal & Grow (2 moves).',
    );
  });

  it('draws one span per stage, named where the name fits', () => {
    const { container } = render(<StageTimelineChart timeline={year} />);
    expect(container.querySelectorAll('.stage-span')).toHaveLength(3);
    // Three days of a year are a few pixels: Decide's name is left to the table and the tooltip.
    expect([...container.querySelectorAll('.stage-span-label')].map((t) => t.textContent)).toEqual([
      'Heal Yourself',
      'Heal & Grow',
    ]);
  });

  it('shows each move’s reason when a span is pointed at', () => {
    const { container } = render(<StageTimelineChart timeline={year} />);
    const [first, decide, grow] = container.querySelectorAll('.stage-span');
    expect(
      screen.getByText('Point at a stage to read why you moved; the table lists every reason.'),
    ).toBeTruthy();
    fireEvent.mouseEnter(decide as Element);
    const tooltip = () => container.querySelector('.stage-tooltip')?.textContent;
    expect(tooltip()).toContain('I felt steady enough to look at it honestly');
    expect(tooltip()).toContain(tableDay('2026-06-01'));
    fireEvent.mouseEnter(first as Element);
    expect(tooltip()).toContain('Where everyone starts, from your first record');
    fireEvent.mouseEnter(grow as Element);
    expect(tooltip()).toContain('No reason given');
  });

  it('lists every span in its table: stage, from, to and reason, the first stage marked as such', async () => {
    render(<StageTimelineChart timeline={year} />);
    expect(await tableRows()).toEqual([
      ['Stage', 'From', 'To', 'Reason'],
      [
        'Heal Yourself',
        `${tableDay('2025-12-01')} (from your first record)`,
        tableDay('2026-05-31'),
        'Where everyone starts, from your first record',
      ],
      [
        'Decide',
        tableDay('2026-06-01'),
        tableDay('2026-06-03'),
        'I felt steady enough to look at it honestly',
      ],
      ['Heal & Grow', tableDay('2026-06-04'), tableDay('2026-11-30'), 'No reason given'],
    ]);
  });

  it('one stage all through the range, and no record at all, in plain words', () => {
    const { rerender } = render(
      <StageTimelineChart
        timeline={timeline([span('heal_yourself', '2026-11-24', '2026-11-30', null, true)], {
          range: 'week',
          from: '2026-11-24',
        })}
      />,
    );
    expect(summaryText()).toBe('Over the last week you were in Heal Yourself the whole time.');
    // No move to read about, so no word about pointing at one.
    expect(screen.queryByText(/Point at a stage/)).toBeNull();
    // A history that began inside the range: never "the whole time".
    rerender(
      <StageTimelineChart
        timeline={timeline([span('heal_yourself', '2026-11-27', '2026-11-30', null, true)], {
          range: 'week',
          from: '2026-11-24',
        })}
      />,
    );
    expect(summaryText()).toBe(`Since ${tableDay('2026-11-27')} you have been in Heal Yourself.`);
    rerender(
      <StageTimelineChart
        timeline={timeline([], { range: 'month', from: '2026-10-31', to: '2026-11-30' })}
      />,
    );
    expect(summaryText()).toBe('Your timeline begins with your first record.');
  });
});
