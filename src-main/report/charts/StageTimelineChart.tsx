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

/** Space kept between two labels on one row, and the distance between rows. */
const LABEL_GAP = 8;
const ROW_HEIGHT = 12;

export function StageTimelineChart({ spans, from, to }: StageTimelineChartProps) {
  const plot: Plot = { left: 8, right: WIDTH - 8, top: 8, bottom: 40 };
  const days = dayScale(from, to, plot);
  // Over most of a year a date needs its year: "3 Mar" could be either March.
  const dateLabel = spanDays(from, to) > 300 ? shortDate : dayAndMonth;
  const segments = spans.map((span) => {
    const x0 = round(Math.max(plot.left, days.x(span.from) - days.half));
    const x1 = round(Math.min(plot.right, days.x(span.to) + days.half));
    const name = STAGE_LABELS[span.stage];
    const isNamedInside = x1 - x0 > name.length * STAGE_CHAR_WIDTH + 10;
    // Names that do not fit inside go below with the date.
    const below = isNamedInside ? dateLabel(span.from) : `${name}, ${dateLabel(span.from)}`;
    return { span, x0, x1, name, isNamedInside, below };
  });
  // The words below are laid out in rows: each starts under its stage (pulled left so it ends
  // inside the chart) on the first row where it clears the words before it, so several short
  // stages at the end of the period never write over each other or past the edge.
  const rowEnds: number[] = [];
  const placed = segments.map((s) => {
    const width = s.below.length * CHAR_WIDTH;
    const x = round(Math.max(plot.left, Math.min(s.x0 + 1, plot.right - width)));
    let row = rowEnds.findIndex((end) => end + LABEL_GAP <= x);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = x + width;
    return { ...s, x, row };
  });
  // The period's last day closes the bar on the first row with room for it; a one-day period
  // names its day once ("20 Nov ... 20 Nov" reads as an error).
  const endLabel = dateLabel(to);
  const endRow =
    from === to
      ? -1
      : [...rowEnds, 0].findIndex(
          (end) => end + LABEL_GAP <= plot.right - endLabel.length * CHAR_WIDTH,
        );
  const rows = Math.max(1, rowEnds.length, endRow + 1);
  const height = plot.bottom + 14 + (rows - 1) * ROW_HEIGHT + 8;
  return (
    <ChartSvg height={Math.max(72, height)} label={stageTimelineLabel(spans, from, to)}>
      {placed.map((s) => (
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
          <text className="tick" x={s.x} y={plot.bottom + 14 + s.row * ROW_HEIGHT}>
            {s.below}
          </text>
        </g>
      ))}
      {endRow >= 0 ? (
        <text
          className="tick"
          x={plot.right}
          y={plot.bottom + 14 + endRow * ROW_HEIGHT}
          textAnchor="end"
        >
          {endLabel}
        </text>
      ) : null}
    </ChartSvg>
  );
}
