import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import {
  GRID_AXES,
  GRID_ENTRIES,
  QUADRANT_LABELS,
  gridCaption,
  gridPointWords,
} from '../features/mood/mood-copy';

/** How many entries share one mood (pleasantness) and one energy rating. */
export interface MoodGridPoint {
  readonly mood: number;
  readonly energy: number;
  readonly count: number;
}

export type Quadrant = keyof typeof QUADRANT_LABELS;

export { QUADRANT_LABELS };

/** Read in this order in the caption: the pleasant corners first. */
const QUADRANT_ORDER: readonly Quadrant[] = ['calm', 'energised', 'tense', 'drained'];

export function quadrantOf(mood: number, energy: number): Quadrant {
  const isPleasant = mood >= 6;
  const isEnergetic = energy >= 6;
  if (isEnergetic) return isPleasant ? 'energised' : 'tense';
  return isPleasant ? 'calm' : 'drained';
}

/** What the grid shows, in words: how many entries fall in each corner, and what is left out. */
export function moodGridCaption(
  points: readonly MoodGridPoint[],
  withoutEnergy: number,
  period: string,
): string {
  const perQuadrant = new Map<Quadrant, number>();
  for (const p of points) {
    const quadrant = quadrantOf(p.mood, p.energy);
    perQuadrant.set(quadrant, (perQuadrant.get(quadrant) ?? 0) + p.count);
  }
  const corners = QUADRANT_ORDER.flatMap((q) => {
    const count = perQuadrant.get(q) ?? 0;
    return count > 0 ? [[QUADRANT_LABELS[q], count] as const] : [];
  });
  return gridCaption(corners, withoutEnergy, period);
}

const AXIS_TICKS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const DOMAIN: [number, number] = [0.5, 10.5];
const tick = { fill: 'var(--muted)', fontSize: 12 };
const cornerLabel = { fill: 'var(--muted)', fontSize: 12, fontWeight: 600 };
const tooltipStyle = {
  background: 'var(--surface)',
  color: 'var(--text)',
  border: '1px solid var(--border)',
  borderRadius: 8,
  padding: '0.3rem 0.6rem',
  fontSize: '0.85rem',
};

function GridTooltip({ point }: { point: MoodGridPoint | undefined }) {
  if (!point) return null;
  return <div style={tooltipStyle}>{gridPointWords(point.mood, point.energy, point.count)}</div>;
}

/**
 * Mood read as pleasantness (across) against energy (up), one dot per pair of ratings, larger
 * where more entries share it. Presentational: it gets counts already aggregated in SQL and never
 * animates.
 */
export function MoodGridChart({
  points,
  withoutEnergy,
  period,
}: {
  points: readonly MoodGridPoint[];
  withoutEnergy: number;
  /** The span shown, as it reads in a sentence: "the last 30 days". */
  period: string;
}) {
  const caption = moodGridCaption(points, withoutEnergy, period);
  // With no dot to place, an empty frame says nothing: the caption says what to do first.
  if (points.length === 0) return <p className="muted chart-empty">{caption}</p>;
  // Single entries get the smallest dot; the size grows with the count, never shrinks below it.
  const largest = Math.max(2, ...points.map((p) => p.count));
  return (
    <figure className="chart mood-grid-chart" aria-label={caption}>
      <ResponsiveContainer width="100%" height={320}>
        <ScatterChart margin={{ top: 8, right: 12, bottom: 16, left: -8 }}>
          <CartesianGrid stroke="var(--grid)" />
          <ReferenceArea
            x1={0.5}
            x2={5.5}
            y1={5.5}
            y2={10.5}
            fill="transparent"
            label={{ value: QUADRANT_LABELS.tense, position: 'insideTopLeft', ...cornerLabel }}
          />
          <ReferenceArea
            x1={5.5}
            x2={10.5}
            y1={5.5}
            y2={10.5}
            fill="transparent"
            label={{ value: QUADRANT_LABELS.energised, position: 'insideTopRight', ...cornerLabel }}
          />
          <ReferenceArea
            x1={0.5}
            x2={5.5}
            y1={0.5}
            y2={5.5}
            fill="transparent"
            label={{ value: QUADRANT_LABELS.drained, position: 'insideBottomLeft', ...cornerLabel }}
          />
          <ReferenceArea
            x1={5.5}
            x2={10.5}
            y1={0.5}
            y2={5.5}
            fill="transparent"
            label={{ value: QUADRANT_LABELS.calm, position: 'insideBottomRight', ...cornerLabel }}
          />
          <ReferenceLine x={5.5} stroke="var(--border)" strokeWidth={2} />
          <ReferenceLine y={5.5} stroke="var(--border)" strokeWidth={2} />
          <XAxis
            type="number"
            dataKey="mood"
            name={GRID_AXES.mood}
            domain={DOMAIN}
            ticks={AXIS_TICKS}
            interval={0}
            tick={tick}
            stroke="var(--grid)"
            label={{ value: GRID_AXES.moodAxis, position: 'insideBottom', offset: -10, ...tick }}
          />
          <YAxis
            type="number"
            dataKey="energy"
            name={GRID_AXES.energy}
            domain={DOMAIN}
            ticks={AXIS_TICKS}
            interval={0}
            tick={tick}
            stroke="var(--grid)"
            label={{
              value: GRID_AXES.energy,
              angle: -90,
              position: 'insideLeft',
              offset: 18,
              ...tick,
            }}
          />
          <ZAxis type="number" dataKey="count" domain={[1, largest]} range={[110, 640]} />
          <Tooltip
            cursor={false}
            content={({ active, payload }) => (
              <GridTooltip
                point={active ? (payload[0]?.payload as MoodGridPoint | undefined) : undefined}
              />
            )}
          />
          <Scatter
            name={GRID_ENTRIES}
            data={[...points]}
            fill="var(--accent)"
            fillOpacity={0.75}
            stroke="var(--accent-strong)"
            isAnimationActive={false}
          />
        </ScatterChart>
      </ResponsiveContainer>
      <figcaption className="muted">{caption}</figcaption>
    </figure>
  );
}
