/**
 * Conversations per skill, each bar split by how it ended. Contact with the ex that named no skill
 * gets its own "No skill named" row (only when there is some), so every entry is counted.
 */
import { scaleLinear } from 'd3-scale';
import {
  COMMUNICATION_SKILLS,
  OUTCOME_LABELS,
  OUTCOMES,
  skillLabel,
  type CommunicationSkill,
  type Outcome,
} from '../../shared/domain/communication';
import { plainNumber } from '../format';
import type { CommunicationGroup } from '../report-data';
import { ChartSvg, MIN_MARK, PALETTE } from './ChartSvg';
import { CHART_WORDS, NOTHING_RECORDED } from './charts-copy';
import { Legend } from './Legend';
import { round, WIDTH } from './scales';

type OutcomeKey = Outcome | 'none';
const OUTCOME_KEYS = [...OUTCOMES, 'none'] as const satisfies readonly OutcomeKey[];

const ROW_HEIGHT = 22;
const TOP = 26;
const LEFT = 150;
const RIGHT = WIDTH - 40;

export interface SkillOutcomeChartProps {
  readonly groups: readonly CommunicationGroup[];
}

export function SkillOutcomeChart({ groups }: SkillOutcomeChartProps) {
  const skills: readonly (CommunicationSkill | null)[] = groups.some((g) => g.skill === null)
    ? [...COMMUNICATION_SKILLS, null]
    : COMMUNICATION_SKILLS;
  const totals = new Map<CommunicationSkill | null, Record<OutcomeKey, number>>();
  for (const skill of skills) totals.set(skill, { resolved: 0, partly: 0, not: 0, none: 0 });
  for (const g of groups) {
    const row = totals.get(g.skill);
    if (row) row[g.outcome ?? 'none'] += g.entries;
  }
  const sum = (t: Record<OutcomeKey, number>) => t.resolved + t.partly + t.not + t.none;
  const max = Math.max(0, ...[...totals.values()].map(sum));
  const width = scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([0, RIGHT - LEFT]);

  const rows = skills.map((skill, i) => {
    const t = totals.get(skill) ?? { resolved: 0, partly: 0, not: 0, none: 0 };
    const y0 = TOP + i * ROW_HEIGHT;
    let x = LEFT;
    const segments = OUTCOME_KEYS.filter((key) => t[key] > 0).map((key) => {
      const w = round(Math.max(width(t[key]), MIN_MARK));
      const at = round(x);
      x += w;
      return (
        <rect
          key={key}
          x={at}
          y={y0 + 4}
          width={w}
          height={ROW_HEIGHT - 8}
          fill={PALETTE.outcomes[key]}
        />
      );
    });
    return (
      <g key={skill ?? 'none'}>
        <text className="tick label" x={LEFT - 8} y={y0 + 15} textAnchor="end">
          {skillLabel(skill)}
        </text>
        <line
          x1={LEFT}
          y1={y0 + ROW_HEIGHT / 2}
          x2={RIGHT}
          y2={y0 + ROW_HEIGHT / 2}
          stroke={PALETTE.grid}
          strokeWidth={0.6}
        />
        {segments}
        <text className="tick value" x={round(x + 5)} y={y0 + 15}>
          {plainNumber(sum(t))}
        </text>
      </g>
    );
  });
  const label =
    max === 0 ? `${CHART_WORDS.bySkillLabel}. ${NOTHING_RECORDED}` : CHART_WORDS.bySkillLabel;
  return (
    <ChartSvg height={TOP + skills.length * ROW_HEIGHT + 6} label={label}>
      <Legend
        x={LEFT}
        y={12}
        items={OUTCOME_KEYS.map((key) => ({
          label: key === 'none' ? CHART_WORDS.noOutcome : OUTCOME_LABELS[key],
          fill: PALETTE.outcomes[key],
        }))}
      />
      {rows}
    </ChartSvg>
  );
}
