/**
 * The frame every report chart is drawn in. No scripts, no external references and no `style`
 * attributes (the report's CSP allows only its one stylesheet): shapes carry presentation
 * attributes, text the classes of `report-css.ts`. Nothing refers to anything by id: hatching
 * is drawn as lines (see `hatch.ts`), not as a pattern fill.
 */
import type { ReactNode } from 'react';
import { CHART_PALETTES } from '../../shared/series/palette';
import { WIDTH } from './scales';

/** The report is printed, so it always uses the light palette. */
export const PALETTE = CHART_PALETTES.light;

/** The least size, in drawing units, of a bar or segment that stands for at least one thing. */
export const MIN_MARK = 1.5;

export interface ChartSvgProps {
  readonly height: number;
  /** What the chart shows, in words: its accessible name. */
  readonly label: string;
  readonly children: ReactNode;
}

export function ChartSvg({ height, label, children }: ChartSvgProps) {
  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMinYMin meet"
    >
      {children}
    </svg>
  );
}
