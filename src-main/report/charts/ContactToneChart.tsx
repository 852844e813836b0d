/**
 * The tone of contact with the ex over time, so a person sees contact becoming civil and calm.
 * Hostile contact is hatched as well as coloured, so it stands apart from "tense" in grayscale.
 */
import { TONE_LABELS, TONES, type Tone } from '../../shared/domain/communication';
import type { CommunicationGroup } from '../report-data';
import { PALETTE } from './ChartSvg';
import { CHART_WORDS, NOTHING_RECORDED } from './charts-copy';
import { StackedBarsOverTime, type StackRow } from './StackedBarsOverTime';

type ToneKey = Tone | 'none';
const KEYS = [...TONES, 'none'] as const satisfies readonly ToneKey[];

export interface ContactToneChartProps {
  readonly groups: readonly CommunicationGroup[];
  readonly from: string;
  readonly to: string;
}

export function ContactToneChart({ groups, from, to }: ContactToneChartProps) {
  const rows = groups
    .filter((g) => g.isContactWithEx)
    .map((g): StackRow<ToneKey> => ({ day: g.day, key: g.tone ?? 'none', entries: g.entries }));
  const isEmpty = !rows.some((r) => r.day >= from && r.day <= to && r.entries > 0);
  return (
    <StackedBarsOverTime
      rows={rows}
      from={from}
      to={to}
      keys={KEYS}
      fills={PALETTE.tones}
      labels={{ ...TONE_LABELS, none: CHART_WORDS.noTone }}
      label={isEmpty ? `${CHART_WORDS.toneLabel}. ${NOTHING_RECORDED}` : CHART_WORDS.toneLabel}
      yTitle={CHART_WORDS.contactsAxis}
      hatched={{ key: 'hostile', stroke: PALETTE.hatch }}
    />
  );
}
