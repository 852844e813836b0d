import type { ReactElement } from 'react';
import { ReferenceArea } from 'recharts';
import { dayNumber } from '../../src-main/shared/calendar';
import type { StageSpan } from '../../src-main/shared/contract/charts';
import { STAGE_LABELS } from '../../src-main/shared/domain/stages';
import type { ChartPalette } from '../../src-main/shared/series/palette';

/**
 * The layer a chart's grid goes on to be seen over the bands (recharts' default layers only: a
 * layer of our own is not drawn in the first render). Bands sit on the area layer (100), lines on
 * 400.
 */
export const GRID_OVER_BANDS = 300;

/** The font size of a band's name, and the width its letters take at most (per letter). */
export const BAND_LABEL_SIZE = 11;
const LETTER_WIDTH = 0.62 * BAND_LABEL_SIZE;
const LABEL_PADDING = 8;

/**
 * Whether `text` fits in a band `width` pixels wide. Generous per letter (a wide "W" included), so
 * a name said to fit never spills into its neighbour; a name that does not fit is left to the
 * legend and the table instead of being clipped or drawn over the next band.
 */
export function labelFits(text: string, width: number): boolean {
  return text.length * LETTER_WIDTH + 2 * LABEL_PADDING <= width;
}

interface BandViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

function isBandViewBox(value: unknown): value is BandViewBox {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y, width } = value as Record<string, unknown>;
  return typeof x === 'number' && typeof y === 'number' && typeof width === 'number';
}

/** A band's name at its top left, only when the band is wide enough to hold it. */
function bandLabel(text: string, ink: string) {
  return function BandLabel(props: { readonly viewBox?: unknown }): ReactElement {
    const box = props.viewBox;
    if (!isBandViewBox(box) || !labelFits(text, box.width)) return <g />;
    return (
      <text
        className="stage-band-label"
        x={box.x + LABEL_PADDING}
        y={box.y + BAND_LABEL_SIZE + 4}
        fill={ink}
        fontSize={BAND_LABEL_SIZE}
      >
        {text}
      </text>
    );
  };
}

/**
 * The stages as bands behind a chart drawn on a day-number x axis, each from the start of its
 * first day to the end of its last (so a stage begun today still has a day's width), in the
 * stage's colour, with its name when it fits. Charts draw their grid over them (on recharts'
 * bar layer, GRID_OVER_BANDS), so the grid lines still read across the bands. Returned as
 * elements, since recharts reads its children directly.
 */
export function stageBands(
  spans: readonly StageSpan[],
  palette: ChartPalette,
  yDomain: readonly [number, number],
): ReactElement[] {
  return spans.map((span) => (
    <ReferenceArea
      key={`${span.stage}-${span.from}`}
      className={`stage-band stage-band-${span.stage}`}
      x1={dayNumber(span.from) - 0.5}
      x2={dayNumber(span.to) + 0.5}
      y1={yDomain[0]}
      y2={yDomain[1]}
      fill={palette.stages[span.stage]}
      fillOpacity={1}
      ifOverflow="hidden"
      label={bandLabel(STAGE_LABELS[span.stage], palette.ink)}
    />
  ));
}

/** The stages a chart shows, each once, in the order they first appear: the legend's entries. */
export function stagesShown(spans: readonly StageSpan[]): StageSpan['stage'][] {
  return [...new Set(spans.map((span) => span.stage))];
}

/**
 * The key under a chart: what each line is and each band's colour with the stage's name, so a
 * band too narrow for its name is still named. Part of the picture, so hidden with it from screen
 * readers (the summary and the table say the same).
 */
export function ChartKey({
  items,
}: {
  readonly items: readonly {
    readonly label: string;
    readonly colour: string;
    readonly kind: 'line' | 'dot' | 'band';
  }[];
}) {
  return (
    <ul className="chart-key">
      {items.map((item) => (
        <li key={`${item.kind}-${item.label}`}>
          <span
            className={`chart-key-swatch chart-key-${item.kind}`}
            style={{ background: item.colour }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
