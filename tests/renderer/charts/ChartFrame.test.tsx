import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartFrame, type ChartTable } from '../../../src-renderer/charts/ChartFrame';
import { SHOW_CHART, SHOW_TABLE } from '../../../src-renderer/charts/chart-copy';

afterEach(cleanup);

describe('ChartFrame', () => {
  it('makes the table only when it is shown, and shows the numbers it was given', () => {
    let made = 0;
    const table = (): ChartTable => {
      made += 1;
      return { caption: 'Mood by day', columns: ['Day', 'Mood'], rows: [['1 November', '6.5']] };
    };
    render(
      <ChartFrame title="Mood" summary="Mood rose." note={null} table={table}>
        <svg />
      </ChartFrame>,
    );
    // Ten years of buckets would be thousands of formatted cells on every draw, never seen.
    expect(made).toBe(0);
    expect(screen.queryByRole('table')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: SHOW_TABLE }));
    expect(made).toBeGreaterThan(0);
    expect(screen.getByRole('table', { name: 'Mood by day' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: '1 November' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '6.5' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: SHOW_CHART }));
    expect(screen.queryByRole('table')).toBeNull();
  });
});
