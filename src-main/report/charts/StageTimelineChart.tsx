/** The journey across the period as one bar of stages, with the day each began. */
import { STAGE_LABELS } from '../../shared/domain/stages';
import { spanDays } from '../../shared/series/buckets';
import { dayAndMonth, shortDate } from '../format';
import { CHAR_WIDTH } from './axes';
import { ChartSvg, PALETTE } from './ChartSvg';
import { stageTimelineLabel } from './charts-copy';
import { dayScale, round, WIDTH, type Plot } from './scales';
import type { StageSpan } from './StageBands';

export interface StageTimelineChartProps {
  readonly spans: readonly StageSpan[];
  readonly from: string;
  readonly to: string;
}

/** A stage's name in its segment, at 11px semibold: a little wider a character than tick text. */
const STAGE_CHAR_WIDTH = 6.6;

export function StageTimelineChart({ spans, from, to }: StageTimelineChartProps) {
  const plot: Plot = { left: 8, right: WIDTH - 8, top: 8, bottom: 40 };
  const days = dayScale(from, to, plot);
  // Over most of a year a date needs its year: "3 Mar" could be either March.
  const dateLabel = spanDays(from, to) > 300 ? shortDate : dayAndMonth;
  const segments = spans.map((span, index) => {
    const x0 = round(Math.max(plot.left, days.x(span.from) - days.half));
    const x1 = round(Math.min(plot.right, days.x(span.to) + days.half));
    const name = STAGE_LABELS[span.stage];
    const isNamedInside = x1 - x0 > name.length * STAGE_CHAR_WIDTH + 10;
    // Names that do not fit inside go below with the date, on two alternating rows so that
    // neighbouring short stages do not write over each other.
    const below = isNamedInside ? dateLabel(span.from) : `${name}, ${dateLabel(span.from)}`;
    const row = isNamedInside ? 0 : index % 2;
    return { span, x0, x1, name, isNamedInside, below, row };
  });
  // The period's last day closes the bar, unless the last stage's words below reach it. A one-day
  // period names its day once: "20 Nov ... 20 Nov" reads as an error.
  const endLabel = dateLabel(to);
  const last = segments.at(-1);
  const hasEnd =
    from !== to &&
    (last === undefined ||
      last.row === 1 ||
      last.x0 + 1 + last.below.length * CHAR_WIDTH + 8 <=
        plot.right - endLabel.length * CHAR_WIDTH);
  return (
    <ChartSvg height={72} label={stageTimelineLabel(spans, from, to)}>
      {segments.map((s) => (
        <g key={`${s.span.stage}-${s.span.from}`}>
          <rect
            x={s.x0}
            y={plot.top}
            width={round(Math.max(s.x1 - s.x0, 1.5))}
            height={plot.bottom - plot.top}
            fill={PALETTE.stages[s.span.stage]}
            stroke={PALETTE.ink}
            strokeWidth={0.8}
          />
          {s.isNamedInside ? (
            <text className="stage-label" x={round(s.x0 + 6)} y={plot.top + 20}>
              {s.name}
            </text>
          ) : null}
          <text className="tick" x={round(s.x0 + 1)} y={plot.bottom + 14 + s.row * 12}>
            {s.below}
          </text>
        </g>
      ))}
      {hasEnd ? (
        <text className="tick" x={plot.right} y={plot.bottom + 14} textAnchor="end">
          {endLabel}
        </text>
      ) : null}
    </ChartSvg>
  );
}
