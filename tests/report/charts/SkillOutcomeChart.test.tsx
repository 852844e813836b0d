// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SkillOutcomeChart } from '../../../src-main/report/charts/index';
import type { CommunicationGroup } from '../../../src-main/report/report-data';
import {
  COMMUNICATION_SKILLS,
  NO_SKILL_NAMED,
  OUTCOME_LABELS,
  SKILL_LABELS,
} from '../../../src-main/shared/domain/communication';
import { CHART_PALETTES } from '../../../src-main/shared/series/palette';
import { expectSafeChart, num, renderChart } from './chart-dom';
import { group } from './fixtures';

const PALETTE = CHART_PALETTES.light;
const chart = (groups: readonly CommunicationGroup[]) =>
  renderChart(<SkillOutcomeChart groups={groups} />);

/** Each row's skill and the total written at its end. */
const rows = (c: ReturnType<typeof chart>) => {
  const labels = c.texts('text.tick.label');
  const totals = c.texts('text.tick.value');
  return labels.map((label, i) => [label, totals[i]]);
};

describe('conversations by skill', () => {
  it('writes a row for every skill with its total, and splits each bar by outcome', () => {
    const c = chart([
      group('2026-11-02', 3),
      group('2026-11-03', 1, { outcome: 'partly' }),
      group('2026-11-04', 2, { skill: 'apology', outcome: 'not' }),
      group('2026-11-05', 1, { skill: 'apology', outcome: null }),
    ]);
    expectSafeChart(c);
    expect(rows(c)).toEqual(
      COMMUNICATION_SKILLS.map((s) => [
        SKILL_LABELS[s],
        s === 'listening' ? '4' : s === 'apology' ? '3' : '0',
      ]),
    );
    expect(c.texts('text.legend')).toEqual([
      OUTCOME_LABELS.resolved,
      OUTCOME_LABELS.partly,
      OUTCOME_LABELS.not,
      'No outcome noted',
    ]);
    const fills = c.all('rect').map((r) => r.getAttribute('fill'));
    // Four legend boxes, then listening (resolved, partly) and apology (not, none).
    expect(fills.slice(4)).toEqual([
      PALETTE.outcomes.resolved,
      PALETTE.outcomes.partly,
      PALETTE.outcomes.not,
      PALETTE.outcomes.none,
    ]);
    expect(c.labels()[0]).toBe('Conversations by skill practised, split by outcome');
  });

  it('counts contact with the ex that named no skill in a row of its own, only when there is some', () => {
    const withRow = chart([
      group('2026-11-19', 2, { isContactWithEx: false }),
      group('2026-11-20', 3, { skill: null }),
    ]);
    expect(rows(withRow).at(-1)).toEqual([NO_SKILL_NAMED, '3']);
    const without = chart([group('2026-11-19', 2, { isContactWithEx: false })]);
    expect(without.texts('text')).not.toContain(NO_SKILL_NAMED);
  });

  it('writes a large total with a thousands separator', () => {
    expect(rows(chart([group('2026-01-05', 1234)]))[0]).toEqual([SKILL_LABELS.listening, '1,234']);
  });

  it('shows one conversation among hundreds as a segment a reader can see', () => {
    const c = chart([group('2026-01-05', 900), group('2026-01-06', 1, { outcome: 'partly' })]);
    const widths = c
      .all('rect')
      .slice(4)
      .map((r) => num(r, 'width'));
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(1.5);
  });

  it('draws empty rows with zeros, and says nothing was recorded', () => {
    const c = chart([]);
    expectSafeChart(c);
    expect(rows(c).every(([, total]) => total === '0')).toBe(true);
    expect(c.all('rect')).toHaveLength(4);
    expect(c.labels()[0]).toContain('Nothing was recorded in this period.');
  });
});
