import { useState } from 'react';
import { ComposedChart, ReferenceArea, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { dayNumber } from '../../src-main/shared/calendar';
import type { StageSpan, StageTimeline } from '../../src-main/shared/contract/charts';
import { STAGE_LABELS } from '../../src-main/shared/domain/stages';
import { ChartFrame, type ChartTable } from './ChartFrame';
import { useChartPalette } from './chart-theme';
import * as copy from './progress-charts-copy';
import { BAND_LABEL_SIZE, labelFits } from './stage-bands';
import { tableDay, timeAxis, timeXAxisProps } from './time-axis';
import './progress-charts.css';

/** A span's first day as the table says it: the implicit first stage says where it counts from. */
function spanFrom(span: StageSpan): string {
  return span.isImplicit
    ? `${tableDay(span.from)} (${copy.FROM_FIRST_RECORD})`
    : tableDay(span.from);
}

export function stagesTable(timeline: StageTimeline): ChartTable {
  return {
    caption: copy.STAGES_CAPTION(timeline.range),
    columns: [
      copy.STAGE_COLUMNS.stage,
      copy.STAGE_COLUMNS.from,
      copy.STAGE_COLUMNS.to,
      copy.STAGE_COLUMNS.reason,
    ],
    rows: timeline.spans.map((span) => [
      STAGE_LABELS[span.stage],
      spanFrom(span),
      tableDay(span.to),
      copy.spanReason(span),
    ]),
  };
}

interface SpanBox {
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
  readonly height?: number;
}

/**
 * The stages as one horizontal timeline of touching spans, each in its stage's colour with its
 * name when it fits (the table names every one). Pointing at a span shows its dates and the
 * reason for the move that began it; the table lists the same. Never animated.
 */
export function StageTimelineChart({
  timeline,
  headingLevel,
}: {
  readonly timeline: StageTimeline;
  readonly headingLevel?: 2 | 3;
}) {
  const palette = useChartPalette();
  const [shown, setShown] = useState<{ readonly index: number; readonly left: number } | null>(
    null,
  );
  const axis = timeAxis(timeline.from, timeline.to);
  const span = shown === null ? undefined : timeline.spans[shown.index];

  return (
    <ChartFrame
      title={copy.STAGES_CHART_TITLE}
      summary={copy.stagesSummary(timeline)}
      // Only where there is a move to read about: the first stage has no reason to point at.
      note={timeline.spans.some((s) => !s.isImplicit) ? copy.STAGES_NOTE : null}
      table={() => stagesTable(timeline)}
      headingLevel={headingLevel}
    >
      <div className="series-chart stage-timeline" onMouseLeave={() => setShown(null)}>
        <ResponsiveContainer width="100%" height={96}>
          <ComposedChart
            // The picture is hidden from screen readers (ChartFrame: the summary and the table
            // say what it says), so recharts' keyboard layer would be a focus stop inside
            // hidden content (axe: aria-hidden-focus).
            accessibilityLayer={false}
            data={[
              { x: axis.domain[0], y: 0 },
              { x: axis.domain[1], y: 1 },
            ]}
            // The plot starts where the mood and hurt charts' plots do (their y axis is 60 wide,
            // less a margin of 16), so a stage lines up with its band above it.
            margin={{ top: 8, right: 16, bottom: 4, left: 44 }}
          >
            <XAxis {...timeXAxisProps(axis, palette)} />
            <YAxis hide dataKey="y" type="number" domain={[0, 1]} />
            {timeline.spans.map((s, index) => {
              const label = STAGE_LABELS[s.stage];
              return (
                <ReferenceArea
                  key={`${s.stage}-${s.from}`}
                  x1={dayNumber(s.from) - 0.5}
                  x2={dayNumber(s.to) + 0.5}
                  y1={0}
                  y2={1}
                  ifOverflow="hidden"
                  shape={(box: SpanBox) => {
                    const { x = 0, y = 0, width = 0, height = 0 } = box;
                    return (
                      <g
                        className={`stage-span stage-span-${s.stage}`}
                        onMouseEnter={() => setShown({ index, left: x + width / 2 })}
                      >
                        <rect
                          x={x}
                          y={y}
                          width={width}
                          height={height}
                          fill={palette.stages[s.stage]}
                          stroke={palette.axis}
                          strokeWidth={1}
                        />
                        {labelFits(label, width) && (
                          <text
                            className="stage-span-label"
                            x={x + width / 2}
                            y={y + height / 2 + BAND_LABEL_SIZE / 3}
                            textAnchor="middle"
                            fill={palette.ink}
                            fontSize={BAND_LABEL_SIZE + 1}
                          >
                            {label}
                          </text>
                        )}
                      </g>
                    );
                  }}
                />
              );
            })}
          </ComposedChart>
        </ResponsiveContainer>
        {span !== undefined && shown !== null && (
          <div
            className="stage-tooltip"
            style={{ left: shown.left, background: palette.grid, color: palette.ink }}
          >
            <strong>{STAGE_LABELS[span.stage]}</strong>
            <span>
              {spanFrom(span)} – {tableDay(span.to)}
            </span>
            <span>{copy.spanReason(span)}</span>
          </div>
        )}
      </div>
    </ChartFrame>
  );
}
