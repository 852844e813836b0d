import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactPoint, ContactSeries } from '../../../src-main/shared/contract/charts';
import { CHART_PALETTES } from '../../../src-main/shared/series/palette';
import { ContactToneChart } from '../../../src-renderer/charts/ContactToneChart';
import { bucketLabel } from '../../../src-renderer/charts/time-axis';
// Installs the fixed-size ResizeObserver that lets recharts lay out in jsdom.
import '../render-app';

afterEach(cleanup);

function point(
  day: string,
  { friendly = 0, civil = 0, tense = 0, hostile = 0, none = 0 },
): ContactPoint {
  return {
    day,
    total: friendly + civil + tense + hostile + none,
    tones: { friendly, civil, tense, hostile, none },
  };
}

/** A quarter (13 weeks, 1 Sept to 30 Nov 2026) counted by day; its middle day is 15 October. */
function quarter(points: readonly ContactPoint[]): ContactSeries {
  return { range: 'quarter', from: '2026-09-01', to: '2026-11-30', bucket: 'day', points };
}

describe('ContactToneChart', () => {
  it('says contact has become calmer, with the counts of both halves', () => {
    render(
      <ContactToneChart
        series={quarter([
          point('2026-09-03', { tense: 2, hostile: 1 }),
          point('2026-09-20', { civil: 1, tense: 1 }),
          point('2026-10-20', { civil: 2, friendly: 1 }),
          point('2026-11-10', { friendly: 2, tense: 1 }),
        ])}
      />,
    );
    expect(
      screen.getByRole('img', {
        name: 'Contact has become calmer over the last three months: 5 of 6 contacts in the later half were friendly or civil, against 1 of 5 in the earlier half.',
      }),
    ).toBeTruthy();
  });

  it('says kindly when contact has been harder lately, and when it is as calm as before', () => {
    render(
      <ContactToneChart
        series={quarter([
          point('2026-09-03', { civil: 4 }),
          point('2026-11-10', { civil: 2, hostile: 2 }),
        ])}
      />,
    );
    expect(
      screen.getByRole('img', {
        name: 'Contact has been harder lately, which happens: 2 of 4 contacts in the later half were friendly or civil, against 4 of 4 in the earlier half.',
      }),
    ).toBeTruthy();
    cleanup();
    render(
      <ContactToneChart
        series={quarter([
          point('2026-09-03', { civil: 2, tense: 2 }),
          point('2026-11-10', { friendly: 2, hostile: 2 }),
        ])}
      />,
    );
    expect(
      screen.getByRole('img', {
        name: 'Contact has been about as calm as before: 2 of 4 contacts in the later half were friendly or civil, against 2 of 4 in the earlier half.',
      }),
    ).toBeTruthy();
  });

  it('says when some contacts gave no tone, and counts only those that did', () => {
    render(
      <ContactToneChart
        series={quarter([
          point('2026-09-03', { civil: 1, tense: 3, none: 2 }),
          point('2026-11-10', { civil: 4 }),
        ])}
      />,
    );
    expect(
      screen.getByRole('img', {
        name: 'Contact has become calmer over the last three months: 4 of 4 contacts with a tone noted in the later half were friendly or civil, against 1 of 4 in the earlier half.',
      }),
    ).toBeTruthy();
  });

  it('says too few for a trend when a half holds fewer than four contacts', () => {
    render(<ContactToneChart series={quarter([point('2026-11-30', { friendly: 1 })])} />);
    expect(
      screen.getByRole('img', {
        name: '1 contact with your ex over the last three months; 1 of 1 friendly or civil. There are too few entries for a trend yet.',
      }),
    ).toBeTruthy();
  });

  it('says neutrally that there was no contact, without an empty chart', () => {
    const { container } = render(<ContactToneChart series={quarter([])} />);
    expect(
      screen.getByText('There was no contact with your ex over the last three months.'),
    ).toBeTruthy();
    expect(container.querySelector('.recharts-wrapper')).toBeNull();
  });

  it('hatches hostile contact over its colour, so it never rests on colour alone', () => {
    const { container } = render(
      <ContactToneChart
        series={quarter([point('2026-09-03', { hostile: 1 }), point('2026-09-04', { civil: 1 })])}
      />,
    );
    const pattern = container.querySelector('pattern');
    expect(pattern).not.toBeNull();
    const id = pattern?.getAttribute('id') ?? '';
    expect(id).toMatch(/^[A-Za-z][A-Za-z0-9-]*$/);
    expect(pattern?.querySelector('rect')?.getAttribute('fill')).toBe(
      CHART_PALETTES.light.tones.hostile,
    );
    expect(pattern?.querySelector('line')?.getAttribute('stroke')).toBe(CHART_PALETTES.light.hatch);
    const hostileBar = container.querySelector(`.recharts-bar-rectangle path[fill="url(#${id})"]`);
    expect(hostileBar).not.toBeNull();
  });

  it('counts a quarter by week, with a table of the same numbers and totals', () => {
    render(
      <ContactToneChart
        series={quarter([
          point('2026-09-03', { tense: 2, hostile: 1 }),
          point('2026-09-04', { civil: 1 }),
          point('2026-11-10', { friendly: 2 }),
        ])}
      />,
    );
    expect(screen.getByText('Each bar is one week, Monday to Sunday.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Week', 'Friendly', 'Civil', 'Tense', 'Hostile', 'Total']);
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.children].map((cell) => cell.textContent)),
    ).toEqual([
      // 31 August 2026 is the Monday of the week 1 September falls in.
      [bucketLabel('2026-08-31', 'week'), '0', '1', '2', '1', '4'],
      [bucketLabel('2026-11-09', 'week'), '2', '0', '0', '0', '2'],
      ['Total', '2', '1', '2', '1', '6'],
    ]);
  });

  it('keeps a gap of months as empty bars on the axis and leaves them out of the table', () => {
    const { container } = render(
      <ContactToneChart
        series={{
          range: 'year',
          from: '2025-12-01',
          to: '2026-11-30',
          bucket: 'day',
          points: [point('2025-12-10', { tense: 1 }), point('2026-11-02', { civil: 2 })],
        }}
      />,
    );
    expect(screen.getByText('Each bar is one calendar month.')).toBeTruthy();
    // Twelve months on the axis, the ten quiet ones too (jsdom measures no text, so no tick is
    // dropped for room).
    expect(
      container.querySelectorAll('.recharts-xAxis .recharts-cartesian-axis-tick-line'),
    ).toHaveLength(12);
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.firstElementChild?.textContent),
    ).toEqual([bucketLabel('2025-12-01', 'month'), bucketLabel('2026-11-01', 'month'), 'Total']);
  });
});
