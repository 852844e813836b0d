/**
 * The tone of contact with the ex over time, so a person sees contact becoming civil and calm.
 * Hostile contact is hatched as well as coloured, so it stands apart from "tense" in grayscale.
 */
import { useId } from 'react';
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
  // Each chart defines its own pattern, under an id no other element in the document has.
  const hatchId = `hatch${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const rows = groups
    .filter((g) => g.isContactWithEx)
    .map((g): StackRow<ToneKey> => ({ day: g.day, key: g.tone ?? 'none', entries: g.entries }));
  const isEmpty = !rows.some((r) => r.day >= from && r.day <= to && r.entries > 0);
  const hatch = (
    <pattern
      id={hatchId}
      width={5}
      height={5}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width={5} height={5} fill={PALETTE.tones.hostile} />
      <line x1={0} y1={0} x2={0} y2={5} stroke={PALETTE.hatch} strokeWidth={2.2} />
    </pattern>
  );
  return (
    <StackedBarsOverTime
      rows={rows}
      from={from}
      to={to}
      keys={KEYS}
      fills={{ ...PALETTE.tones, hostile: `url(#${hatchId})` }}
      labels={{ ...TONE_LABELS, none: CHART_WORDS.noTone }}
      label={isEmpty ? `${CHART_WORDS.toneLabel}. ${NOTHING_RECORDED}` : CHART_WORDS.toneLabel}
      yTitle={CHART_WORDS.contactsAxis}
      defs={hatch}
    />
  );
}
