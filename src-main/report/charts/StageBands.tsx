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

/** About how wide a character of a band's name is (9.5px italic), in drawing units. */
const BAND_CHAR_WIDTH = 5.4;

interface Band {
  readonly span: StageSpan;
  readonly x0: number;
  readonly x1: number;
  /** Whether the band is wide enough to hold its stage's name. */
  readonly isNamed: boolean;
}

/**
 * Where each stage's band goes. A period spent in one stage gets no band: a single shade over
 * everything says nothing the stage timeline does not.
 */
export function stageBands(spans: readonly StageSpan[], plot: Plot, days: DayScale): Band[] {
  if (spans.length <= 1) return [];
  return spans.map((span) => {
    const x0 = round(Math.max(plot.left, days.x(span.from) - days.half));
    const x1 = round(Math.min(plot.right, days.x(span.to) + days.half));
    const isNamed = x1 - x0 > STAGE_LABELS[span.stage].length * BAND_CHAR_WIDTH + 8;
    return { span, x0, x1, isNamed };
  });
}

/** The stages whose bands are too narrow for their names: the chart's legend names them. */
export function unnamedStages(bands: readonly Band[]): Stage[] {
  const stages = bands.filter((b) => !b.isNamed).map((b) => b.span.stage);
  return [...new Set(stages)];
}

export interface StageBandsProps {
  readonly bands: readonly Band[];
  readonly plot: Plot;
}

/** One band per stage, named in the strip above the plot's top gridline where it fits. */
export function StageBands({ bands, plot }: StageBandsProps) {
  if (bands.length === 0) return null;
  return (
    <g className="stage-bands">
      {bands.map(({ span, x0, x1, isNamed }) => (
        <g key={`${span.stage}-${span.from}`}>
          <rect
            x={x0}
            y={plot.top}
            width={round(x1 - x0)}
            height={plot.bottom - plot.top}
            fill={PALETTE.stages[span.stage]}
          />
          {isNamed ? (
            <text className="band-label" x={round(x0 + 4)} y={plot.top + BAND_LABEL_STRIP - 5}>
              {STAGE_LABELS[span.stage]}
            </text>
          ) : null}
        </g>
      ))}
    </g>
  );
}
