/** The stages of the journey as shaded, named bands behind a chart over time. */
import { STAGE_LABELS, type Stage } from '../../shared/domain/stages';
import { PALETTE } from './ChartSvg';
import { round, type DayScale, type Plot } from './scales';

export interface StageSpan {
  readonly stage: Stage;
  readonly from: string;
  readonly to: string;
}

/** Height of the strip at the top of a banded chart that holds the stages' names. */
export const BAND_LABEL_STRIP = 16;

/** A band's name is written when the band is wider than this. */
const MIN_NAMED_BAND = 60;

export interface StageBandsProps {
  readonly spans: readonly StageSpan[];
  readonly plot: Plot;
  readonly days: DayScale;
}

/**
 * One band per stage, named in the strip above the plot's top gridline. A period spent in one
 * stage gets no band: a single shade over everything says nothing the stage timeline does not.
 */
export function StageBands({ spans, plot, days }: StageBandsProps) {
  if (spans.length <= 1) return null;
  return (
    <g className="stage-bands">
      {spans.map((span) => {
        const x0 = round(Math.max(plot.left, days.x(span.from) - days.half));
        const x1 = round(Math.min(plot.right, days.x(span.to) + days.half));
        return (
          <g key={`${span.stage}-${span.from}`}>
            <rect
              x={x0}
              y={plot.top}
              width={round(x1 - x0)}
              height={plot.bottom - plot.top}
              fill={PALETTE.stages[span.stage]}
            />
            {x1 - x0 > MIN_NAMED_BAND ? (
              <text className="band-label" x={round(x0 + 4)} y={plot.top + BAND_LABEL_STRIP - 5}>
                {STAGE_LABELS[span.stage]}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
