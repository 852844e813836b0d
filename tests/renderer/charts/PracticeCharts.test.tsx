import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PracticePoint, PracticeSeries } from '../../../src-main/shared/contract/charts';
import {
  COMMUNICATION_SKILLS,
  OUTCOMES,
  type CommunicationSkill,
  type Outcome,
} from '../../../src-main/shared/domain/communication';
import { PracticeCharts } from '../../../src-renderer/charts/PracticeCharts';
import { bucketLabel } from '../../../src-renderer/charts/time-axis';
// Installs the fixed-size ResizeObserver that lets recharts lay out in jsdom.
import '../render-app';

afterEach(cleanup);

function point(
  day: string,
  skills: Partial<Record<CommunicationSkill | 'none', number>>,
  outcomes: Partial<Record<Outcome | 'none', number>>,
): PracticePoint {
  // Object.fromEntries types its keys as string; every key of the contract's records is given.
  const skillCounts = Object.fromEntries(
    [...COMMUNICATION_SKILLS, 'none'].map((key) => [key, skills[key as keyof typeof skills] ?? 0]),
  ) as PracticePoint['skills'];
  const outcomeCounts = Object.fromEntries(
    [...OUTCOMES, 'none'].map((key) => [key, outcomes[key as keyof typeof outcomes] ?? 0]),
  ) as PracticePoint['outcomes'];
  const total = Object.values(skillCounts).reduce((sum, n) => sum + n, 0);
  return { day, total, skills: skillCounts, outcomes: outcomeCounts };
}

function series(
  points: readonly PracticePoint[],
  window: Pick<PracticeSeries, 'range' | 'from' | 'to' | 'bucket'> = {
    range: 'week',
    from: '2026-11-24',
    to: '2026-11-30',
    bucket: 'day',
  },
): PracticeSeries {
  return { ...window, points };
}

/** A table's body rows as the text of their cells. */
function tableRows(table: HTMLElement): (string | null)[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));
}

const WEEK = series([
  point('2026-11-24', { listening: 2, apology: 1 }, { resolved: 2, none: 1 }),
  point('2026-11-27', { listening: 1, none: 1 }, { partly: 1, not: 1 }),
]);

describe('PracticeCharts', () => {
  it('says how much was practised and which skill most, and what the outcomes were', () => {
    render(<PracticeCharts series={WEEK} />);
    expect(
      screen.getByRole('img', {
        name: '5 conversations and rehearsals over the last week; practised most: Listening, 3 of 5.',
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: 'Of 5 conversations and rehearsals over the last week, 2 of 5 ended resolved, 1 partly and 1 not. 1 gave no outcome (a rehearsal on your own has none).',
      }),
    ).toBeTruthy();
    expect(screen.getAllByText('Each bar is one day.')).toHaveLength(2);
  });

  it('stacks one bar per day of the week, empty days included, in the kinds that occur', () => {
    const { container } = render(<PracticeCharts series={WEEK} />);
    const [skills] = container.querySelectorAll('.recharts-wrapper');
    // Listening, apology and "no skill named": three stacked parts, each a layer of 7 days.
    expect(skills?.querySelectorAll('.recharts-bar')).toHaveLength(3);
    // The key below the bars, in the stack's order (bottom first).
    const [skillKey] = container.querySelectorAll('.stack-key');
    const names = [...(skillKey?.querySelectorAll('li') ?? [])].map((item) => item.textContent);
    expect(names).toEqual(['Listening', 'Apology', 'No skill named']);
    // One category per day of the week, the days with nothing too, so the axis is time (jsdom
    // measures no text, so no tick is dropped for room).
    expect(
      skills?.querySelectorAll('.recharts-xAxis .recharts-cartesian-axis-tick-line'),
    ).toHaveLength(7);
  });

  it('gives each chart a table with the same numbers and their totals', () => {
    render(<PracticeCharts series={WEEK} />);
    const [bySkill, byOutcome] = screen.getAllByRole('button', { name: 'Show as table' });
    if (bySkill === undefined || byOutcome === undefined) throw new Error('two charts expected');
    fireEvent.click(bySkill);
    fireEvent.click(byOutcome);
    const [skillTable, outcomeTable] = screen.getAllByRole('table');
    if (skillTable === undefined || outcomeTable === undefined) throw new Error('two tables');
    expect(
      within(skillTable)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Day', 'Listening', 'Apology', 'No skill named', 'Total']);
    expect(tableRows(skillTable)).toEqual([
      [bucketLabel('2026-11-24', 'day'), '2', '1', '0', '3'],
      [bucketLabel('2026-11-27', 'day'), '1', '0', '1', '2'],
      ['Total', '3', '1', '1', '5'],
    ]);
    expect(
      within(outcomeTable)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Day', 'Resolved', 'Partly resolved', 'Not resolved', 'No outcome given', 'Total']);
    expect(tableRows(outcomeTable)).toEqual([
      [bucketLabel('2026-11-24', 'day'), '2', '0', '0', '1', '3'],
      [bucketLabel('2026-11-27', 'day'), '0', '1', '1', '0', '2'],
      ['Total', '2', '1', '1', '1', '5'],
    ]);
  });

  it('says plainly that nothing was logged, without empty charts', () => {
    const { container } = render(<PracticeCharts series={series([])} />);
    expect(screen.getAllByText('Nothing was logged over the last week.')).toHaveLength(2);
    expect(container.querySelector('.recharts-wrapper')).toBeNull();
  });

  it('counts a year of days by month, a quiet month between as an empty bar', () => {
    const year = series(
      [
        point('2026-01-05', { listening: 1 }, { resolved: 1 }),
        point('2026-01-06', { listening: 1 }, { resolved: 1 }),
        point('2026-04-10', { setting_a_boundary: 1 }, { not: 1 }),
      ],
      { range: 'year', from: '2025-12-01', to: '2026-11-30', bucket: 'day' },
    );
    const { container } = render(<PracticeCharts series={year} />);
    expect(screen.getAllByText('Each bar is one calendar month.')).toHaveLength(2);
    // Twelve months from December to November, the quiet ones too, so the axis is time.
    expect(
      container
        .querySelector('.recharts-wrapper')
        ?.querySelectorAll('.recharts-xAxis .recharts-cartesian-axis-tick-line'),
    ).toHaveLength(12);
    fireEvent.click(screen.getAllByRole('button', { name: 'Show as table' })[0] as HTMLElement);
    expect(tableRows(screen.getByRole('table'))).toEqual([
      [bucketLabel('2026-01-01', 'month'), '2', '0', '2'],
      [bucketLabel('2026-04-01', 'month'), '0', '1', '1'],
      ['Total', '2', '1', '3'],
    ]);
  });

  it('says when every entry named no skill or no outcome', () => {
    render(<PracticeCharts series={series([point('2026-11-30', { none: 1 }, { none: 1 })])} />);
    expect(
      screen.getByRole('img', {
        name: '1 conversation or rehearsal over the last week, none naming a skill.',
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: '1 conversation or rehearsal over the last week, none with an outcome noted.',
      }),
    ).toBeTruthy();
  });

  it('names every skill that shares the most practice', () => {
    render(
      <PracticeCharts
        series={series([point('2026-11-30', { listening: 2, apology: 2 }, { resolved: 4 })])}
      />,
    );
    expect(
      screen.getByRole('img', {
        name: '4 conversations and rehearsals over the last week; practised most: Listening and Apology, 2 each.',
      }),
    ).toBeTruthy();
  });
});
