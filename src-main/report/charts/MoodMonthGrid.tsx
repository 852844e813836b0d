/**
 * The mood calendar of a long period, as the shape of its years: see `MoodMonthGrid`.
 */
import { moodLevel, type MoodLevel } from '../../shared/series/mood-levels';
import type { MoodDay } from '../report-data';
import { averageText, squarePath } from './calendar-squares';
import { ChartSvg } from './ChartSvg';
import { MOOD_CALENDAR_WORDS } from './charts-copy';
import { MoodSquarePaths } from './MoodSquarePaths';
import { round, WIDTH } from './scales';

export interface MoodMonthGridProps {
  readonly days: readonly MoodDay[];
  readonly from: string;
  readonly to: string;
}

/** The mean of each month's daily averages, by `YYYY-MM`, and how many days it holds. */
function monthlyMeans(days: readonly MoodDay[], from: string, to: string) {
  const months = new Map<string, { sum: number; n: number }>();
  for (const d of days) {
    if (d.day < from || d.day > to) continue;
    const month = d.day.slice(0, 7);
    const m = months.get(month) ?? { sum: 0, n: 0 };
    months.set(month, { sum: m.sum + d.average, n: m.n + 1 });
  }
  return months;
}

/**
 * The shape of the years: a row a year, a square a month (January on the left), each shaded by
 * the step of the month's mean of its daily averages and carrying that mean, as the day squares
 * of a short period do. Months outside the period have no square; a month in it with no entry is
 * an outline, as an empty day is.
 */
export function MoodMonthGrid({ days, from, to }: MoodMonthGridProps) {
  const means = monthlyMeans(days, from, to);
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  const left = 40;
  const top = 18;
  const pitchX = Math.floor((WIDTH - left - 8) / 12);
  const pitchY = 20;
  const cellX = pitchX - 3;
  const cellY = pitchY - 3;
  const byLevel = new Map<MoodLevel, string[]>();
  const empty: string[] = [];
  const averages: { month: string; level: MoodLevel; text: string; x: number; y: number }[] = [];
  const rows: { year: number; y: number }[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    const y = top + (year - firstYear) * pitchY;
    rows.push({ year, y });
    for (let m = 0; m < 12; m += 1) {
      const month = `${year}-${String(m + 1).padStart(2, '0')}`;
      if (month < from.slice(0, 7) || month > to.slice(0, 7)) continue;
      const x = left + m * pitchX;
      const d = squarePath(x, y, cellX, cellY);
      const mean = means.get(month);
      if (mean === undefined) {
        empty.push(d);
        continue;
      }
      const average = mean.sum / mean.n;
      const level = moodLevel(average);
      byLevel.set(level, [...(byLevel.get(level) ?? []), d]);
      averages.push({ month, level, text: averageText(average), x, y });
    }
  }
  return (
    <div className="chart calendar-block">
      <p className="chart-note calendar-year">{MOOD_CALENDAR_WORDS.byMonthCaption}</p>
      <ChartSvg
        height={top + rows.length * pitchY + 2}
        label={MOOD_CALENDAR_WORDS.byMonthLabel(from, to, means.size)}
      >
        {MOOD_CALENDAR_WORDS.months.map((name, m) => (
          <text
            key={name}
            className="tick"
            x={round(left + m * pitchX + cellX / 2)}
            y={top - 5}
            textAnchor="middle"
          >
            {name}
          </text>
        ))}
        {rows.map((row) => (
          <text
            key={row.year}
            className="tick year"
            x={left - 6}
            y={round(row.y + cellY / 2 + 3.5)}
            textAnchor="end"
          >
            {row.year}
          </text>
        ))}
        <MoodSquarePaths
          empty={empty}
          byLevel={byLevel}
          averages={averages.map((a) => ({
            key: a.month,
            level: a.level,
            text: a.text,
            x: round(a.x + cellX / 2),
            y: round(a.y + cellY / 2 + 3),
          }))}
          fontSize={9}
        />
      </ChartSvg>
    </div>
  );
}
