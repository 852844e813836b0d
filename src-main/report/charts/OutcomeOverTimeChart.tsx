/** How conversations ended, over time: bars per week, month or quarter, split by outcome. */
import { OUTCOME_LABELS, OUTCOMES, type Outcome } from '../../shared/domain/communication';
import type { CommunicationGroup } from '../report-data';
import { PALETTE } from './ChartSvg';
import { CHART_WORDS, NOTHING_RECORDED } from './charts-copy';
import { StackedBarsOverTime, type StackRow } from './StackedBarsOverTime';

type OutcomeKey = Outcome | 'none';
const KEYS = [...OUTCOMES, 'none'] as const satisfies readonly OutcomeKey[];

export interface OutcomeOverTimeChartProps {
  readonly groups: readonly CommunicationGroup[];
  readonly from: string;
  readonly to: string;
}

export function OutcomeOverTimeChart({ groups, from, to }: OutcomeOverTimeChartProps) {
  const rows = groups.map((g): StackRow<OutcomeKey> => ({
    day: g.day,
    key: g.outcome ?? 'none',
    entries: g.entries,
  }));
  const isEmpty = !rows.some((r) => r.day >= from && r.day <= to && r.entries > 0);
  return (
    <StackedBarsOverTime
      rows={rows}
      from={from}
      to={to}
      keys={KEYS}
      fills={PALETTE.outcomes}
      labels={{ ...OUTCOME_LABELS, none: CHART_WORDS.noOutcome }}
      label={
        isEmpty ? `${CHART_WORDS.outcomesLabel}. ${NOTHING_RECORDED}` : CHART_WORDS.outcomesLabel
      }
      yTitle={CHART_WORDS.conversationsAxis}
    />
  );
}
