/**
 * The report's charts, drawn as inline SVG from already aggregated series. No scripts, no
 * external references, no `style` attributes (the app's CSP allows only the report's one
 * stylesheet): shapes carry presentation attributes and classes from `report-css.ts`.
 *
 * Every chart must read in grayscale: darker always means better (higher mood, calmer tone, a
 * resolved conversation), harder moments are light or hatched, and every series has a legend or
 * a label in words. Long periods are thinned to weekly points so no series passes ~2,000 points.
 */
import {
  COMMUNICATION_SKILLS,
  OUTCOME_LABELS,
  OUTCOMES,
  skillLabel,
  TONE_LABELS,
  TONES,
  type CommunicationSkill,
  type Outcome,
  type Tone,
} from '../shared/domain/communication';
import { scoreHabitDays } from '../shared/habit-strength';
import { TREND_MIN_POINTS } from '../shared/share-words';
import { html, join, type Markup } from './escape';
import { dayAndMonth, monthLabel, shortDate } from './format';
import { CHART_WORDS, TOO_FEW_FOR_TREND, habitBarsCaption } from './report-copy';
import {
  STAGE_LABELS,
  type CommunicationGroup,
  type HabitData,
  type MoodDay,
  type Stage,
} from './report-data';
import {
  bucketStart,
  bucketsOf,
  bucketUnitFor,
  dayFromNumber,
  dayNumber,
  nextBucketStart,
  rollingAverage,
  spanDays,
  type BucketUnit,
} from '../shared/series/buckets';

/** The drawing width; every chart scales to the page's width from this. */
const W = 680;

export const PALETTE = {
  ink: '#24302d',
  muted: '#5c6360',
  axis: '#9a948d',
  grid: '#e4ded6',
  dark: '#24564b',
  mid: '#6ea597',
  light: '#b9d6ce',
  sand: '#e3c594',
  none: '#e8e3dc',
  empty: '#ffffff',
  emptyStroke: '#d5cdc2',
} as const;

/** Mood 1..10, from pale sand to deep green: lightness falls steadily, so grayscale keeps the order. */
export const MOOD_SHADES = [
  '#f4ebdf',
  '#eadcc6',
  '#dfd0b2',
  '#cdcaa8',
  '#b3c2a5',
  '#94b3a0',
  '#75a195',
  '#568b80',
  '#3a7064',
  '#1f4d43',
] as const;

const STAGE_FILLS: Readonly<Record<Stage, string>> = {
  heal_yourself: '#e3efeb',
  decide: '#f3eadf',
  apologize: '#ece6f1',
  take_it_slow: '#e2ebf3',
  heal_and_grow: '#e8f0dc',
};

const OUTCOME_FILLS: Readonly<Record<Outcome | 'none', string>> = {
  resolved: PALETTE.dark,
  partly: PALETTE.mid,
  not: PALETTE.sand,
  none: PALETTE.none,
};

/** Hostile contact is hatched, so it stands apart from "tense" in grayscale too. */
const TONE_FILLS: Readonly<Record<Tone | 'none', string>> = {
  friendly: PALETTE.dark,
  civil: PALETTE.mid,
  tense: PALETTE.sand,
  hostile: 'url(#hatch)',
  none: PALETTE.none,
};

/** The least size, in drawing units, of a bar or segment that stands for at least one thing. */
const MIN_MARK = 1.5;

/** One decimal is plenty for positions and keeps long paths short. */
function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** The hatching used for hostile contact; defined inside each SVG that uses it. */
const HATCH = html`<defs
  ><pattern
    id="hatch"
    width="5"
    height="5"
    patternUnits="userSpaceOnUse"
    patternTransform="rotate(45)"
    ><rect width="5" height="5" fill="#f6e4df" /><line
      x1="0"
      y1="0"
      x2="0"
      y2="5"
      stroke="#b0503e"
      stroke-width="2.2" /></pattern
></defs>`;

function svg(height: number, label: string, body: Markup, defs?: Markup): Markup {
  return html`<svg
    class="chart-svg"
    viewBox="0 0 ${W} ${height}"
    role="img"
    aria-label="${label}"
    preserveAspectRatio="xMinYMin meet"
  >
    ${defs ?? ''}${body}
  </svg>`;
}

// ---------------------------------------------------------------------------------------------
// Scales and axes

interface Plot {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** x for the middle of a day's slot in the period. */
function dayScale(from: string, to: string, plot: Plot): (day: string) => number {
  const start = dayNumber(from);
  const width = (plot.right - plot.left) / spanDays(from, to);
  return (day) => plot.left + (dayNumber(day) - start + 0.5) * width;
}

function linearScale(min: number, max: number, y0: number, y1: number): (v: number) => number {
  return (v) => y0 + ((v - min) / (max - min || 1)) * (y1 - y0);
}

/** The day ticks of a time axis: weeks, months, quarters or years, whichever reads best. */
export function timeTicks(from: string, to: string): { day: string; label: string }[] {
  const days = spanDays(from, to);
  const unit: BucketUnit =
    days <= 62 ? 'week' : days <= 550 ? 'month' : days <= 1500 ? 'quarter' : 'year';
  const starts = bucketsOf(from, to, unit).filter((d) => d >= from);
  if (starts.length === 0) starts.push(from);
  return starts.map((day, index) => {
    switch (unit) {
      case 'week':
        return { day, label: dayAndMonth(day) };
      case 'month':
        return { day, label: monthLabel(day, index === 0 || day.slice(5, 7) === '01') };
      case 'quarter':
        return { day, label: monthLabel(day, true) };
      case 'year':
        return { day, label: day.slice(0, 4) };
      default: {
        const unhandled: never = unit;
        return unhandled;
      }
    }
  });
}

function timeAxis(from: string, to: string, plot: Plot, x: (day: string) => number): Markup {
  const ticks = timeTicks(from, to);
  let lastEnd = -Infinity;
  const parts: Markup[] = [];
  for (const tick of ticks) {
    const tx = x(tick.day);
    parts.push(
      html`<line
        x1="${r(tx)}"
        y1="${r(plot.bottom)}"
        x2="${r(tx)}"
        y2="${r(plot.bottom + 4)}"
        stroke="${PALETTE.axis}"
      />`,
    );
    const halfWidth = (tick.label.length * 5.6) / 2;
    if (tx - halfWidth >= lastEnd + 8) {
      parts.push(
        html`<text class="tick" x="${r(tx)}" y="${r(plot.bottom + 15)}" text-anchor="middle"
          >${tick.label}</text
        >`,
      );
      lastEnd = tx + halfWidth;
    }
  }
  return html`<line
      x1="${plot.left}"
      y1="${r(plot.bottom)}"
      x2="${plot.right}"
      y2="${r(plot.bottom)}"
      stroke="${PALETTE.axis}"
    />${join(parts)}`;
}

function valueAxis(
  ticks: readonly number[],
  y: (v: number) => number,
  plot: Plot,
  format: (v: number) => string,
  title: string | null,
): Markup {
  const lines = ticks.map(
    (t) =>
      html`<line
          x1="${plot.left}"
          y1="${r(y(t))}"
          x2="${plot.right}"
          y2="${r(y(t))}"
          stroke="${PALETTE.grid}"
        /><text class="tick" x="${plot.left - 6}" y="${r(y(t) + 3.5)}" text-anchor="end"
          >${format(t)}</text
        >`,
  );
  const midY = (plot.top + plot.bottom) / 2;
  if (title === null) return join(lines);
  return html`${join(lines)}<text
      class="axis-title"
      x="12"
      y="${r(midY)}"
      text-anchor="middle"
      transform="rotate(-90 12 ${r(midY)})"
      >${title}</text
    >`;
}

/**
 * 0 and up to four round steps covering `max`. Counts are whole things (conversations,
 * contacts), so a step is never less than 1: an axis must not say "0.5 contacts".
 */
export function countTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const round = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? magnitude * 10;
  const step = Math.max(1, round);
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) ticks.push(Math.round(t * 1000) / 1000);
  return ticks;
}

function legend(
  items: readonly { label: string; fill: string; kind?: 'box' | 'line' | 'dot' | 'text' }[],
  x0: number,
  y: number,
): Markup {
  let x = x0;
  const parts: Markup[] = [];
  for (const item of items) {
    const kind = item.kind ?? 'box';
    if (kind === 'text') {
      // Words with no marker: what the chart leaves out and why.
      parts.push(html`<text class="legend" x="${r(x)}" y="${r(y)}">${item.label}</text>`);
      x += item.label.length * 5.6 + 16;
      continue;
    }
    if (kind === 'box') {
      parts.push(
        html`<rect
          x="${r(x)}"
          y="${r(y - 8)}"
          width="10"
          height="10"
          fill="${item.fill}"
          stroke="${PALETTE.axis}"
          stroke-width="0.5"
        />`,
      );
    } else if (kind === 'line') {
      parts.push(
        html`<line
          x1="${r(x - 2)}"
          y1="${r(y - 3)}"
          x2="${r(x + 12)}"
          y2="${r(y - 3)}"
          stroke="${item.fill}"
          stroke-width="2.5"
        />`,
      );
    } else {
      parts.push(html`<circle cx="${r(x + 5)}" cy="${r(y - 3)}" r="2.4" fill="${item.fill}" />`);
    }
    parts.push(html`<text class="legend" x="${r(x + 15)}" y="${r(y)}">${item.label}</text>`);
    x += 15 + item.label.length * 5.6 + 16;
  }
  return join(parts);
}

// ---------------------------------------------------------------------------------------------
// Stages

export interface StageSpan {
  readonly stage: Stage;
  readonly from: string;
  readonly to: string;
}

/** Height of the strip at the top of a banded chart that holds the stages' names. */
const BAND_LABEL_STRIP = 16;

function stageBands(
  spans: readonly StageSpan[],
  plot: Plot,
  x: (day: string) => number,
  halfDay: number,
): Markup {
  if (spans.length <= 1) return html``;
  return join(
    spans.map((s) => {
      const x0 = x(s.from) - halfDay;
      const x1 = x(s.to) + halfDay;
      const label =
        x1 - x0 > 60
          ? html`<text class="band-label" x="${r(x0 + 4)}" y="${r(plot.top + BAND_LABEL_STRIP - 5)}"
              >${STAGE_LABELS[s.stage]}</text
            >`
          : html``;
      return html`<rect
          x="${r(x0)}"
          y="${plot.top}"
          width="${r(x1 - x0)}"
          height="${r(plot.bottom - plot.top)}"
          fill="${STAGE_FILLS[s.stage]}"
        />${label}`;
    }),
  );
}

/** The journey across the period as one bar of stages, with the day each began. */
export function stageTimelineChart(spans: readonly StageSpan[], from: string, to: string): Markup {
  const plot: Plot = { left: 8, right: W - 8, top: 8, bottom: 40 };
  const x = dayScale(from, to, plot);
  const half = (plot.right - plot.left) / spanDays(from, to) / 2;
  const dateLabel = spanDays(from, to) > 300 ? shortDate : dayAndMonth;
  const segments = spans.map((s, index) => {
    const x0 = Math.max(plot.left, x(s.from) - half);
    const x1 = Math.min(plot.right, x(s.to) + half);
    const width = x1 - x0;
    const label = STAGE_LABELS[s.stage];
    const inside = width > label.length * 6.6 + 10;
    const text = inside
      ? html`<text class="stage-label" x="${r(x0 + 6)}" y="${r(plot.top + 20)}">${label}</text>`
      : html``;
    const below = html`<text
      class="tick"
      x="${r(x0 + 1)}"
      y="${r(plot.bottom + 14 + (inside ? 0 : (index % 2) * 12))}"
      >${inside ? dateLabel(s.from) : `${label}, ${dateLabel(s.from)}`}</text
    >`;
    return html`<rect
        x="${r(x0)}"
        y="${plot.top}"
        width="${r(Math.max(width, 1.5))}"
        height="${plot.bottom - plot.top}"
        fill="${STAGE_FILLS[s.stage]}"
        stroke="${PALETTE.ink}"
        stroke-width="0.8"
      />${text}${below}`;
  });
  const end = html`<text class="tick" x="${plot.right}" y="${plot.bottom + 14}" text-anchor="end"
    >${dateLabel(to)}</text
  >`;
  // A one-day period names its day once, at the start: "20 Nov ... 20 Nov" reads as an error.
  const hasEnd = spans.length === 1 && from !== to;
  return svg(72, CHART_WORDS.stagesLabel, html`${join(segments)}${hasEnd ? end : ''}`);
}

// ---------------------------------------------------------------------------------------------
// Mood

/** Dots as one path of tiny circles: far smaller than one element per day. */
function dotPath(points: readonly { x: number; y: number }[], radius: number): string {
  const d = 2 * radius;
  return points
    .map(
      (p) =>
        `M${r(p.x - radius)} ${r(p.y)}a${radius} ${radius} 0 1 0 ${d} 0a${radius} ${radius} 0 1 0 -${d} 0`,
    )
    .join('');
}

/** A line through the points, broken where a value is missing. */
function linePath(points: readonly { x: number; y: number | null }[]): string {
  let d = '';
  let isDrawing = false;
  for (const p of points) {
    if (p.y === null) {
      isDrawing = false;
      continue;
    }
    d += `${isDrawing ? 'L' : 'M'}${r(p.x)} ${r(p.y)}`;
    isDrawing = true;
  }
  return d;
}

/** The points with a value but no neighbour with one: a line through them alone draws nothing. */
function lonePoints(
  points: readonly { x: number; y: number | null }[],
): { x: number; y: number }[] {
  const lone: { x: number; y: number }[] = [];
  points.forEach((p, i) => {
    if (p.y === null) return;
    if ((points[i - 1]?.y ?? null) !== null || (points[i + 1]?.y ?? null) !== null) return;
    lone.push({ x: p.x, y: p.y });
  });
  return lone;
}

/**
 * A line through the points, and a dot in the line's colour for each point with no neighbour:
 * a bare move-to draws nothing, so one day of data (or one day between gaps) would vanish.
 */
function lineWithDots(
  points: readonly { x: number; y: number | null }[],
  stroke: string,
  width: number,
): Markup {
  const lone = lonePoints(points);
  const loneX = new Set(lone.map((p) => p.x));
  const d = linePath(points.map((p) => (loneX.has(p.x) ? { x: p.x, y: null } : p)));
  const line =
    d === ''
      ? html``
      : html`<path
          d="${d}"
          fill="none"
          stroke="${stroke}"
          stroke-width="${width}"
          stroke-linejoin="round"
          stroke-linecap="round"
        />`;
  const dots =
    lone.length === 0
      ? html``
      : html`<path class="lone-point" d="${dotPath(lone, width * 1.4)}" fill="${stroke}" />`;
  return html`${line}${dots}`;
}

/**
 * The 7-day rolling average of daily mood for each day of the period: null where the 7 days hold
 * fewer than `TREND_MIN_POINTS` days with an entry, so no line is drawn through too few points.
 */
export function moodRollingLine(
  days: readonly MoodDay[],
  from: string,
  to: string,
): (number | null)[] {
  return rollingAverage(
    days.map((d) => ({ day: d.day, value: d.average })),
    from,
    to,
    7,
    TREND_MIN_POINTS,
  );
}

/**
 * Daily mood averages as dots with the 7-day rolling average as a line where a week holds enough
 * days, stages behind. With no line at all the chart says there are too few entries for a trend.
 */
export function moodTrendChart(
  days: readonly MoodDay[],
  from: string,
  to: string,
  stages: readonly StageSpan[],
): Markup {
  const height = 250;
  const plot: Plot = { left: 44, right: W - 12, top: 22, bottom: 214 };
  const x = dayScale(from, to, plot);
  // With stage bands, their names sit in a strip above the 10 line, so no gridline runs
  // through them.
  const headroom = stages.length > 1 ? BAND_LABEL_STRIP : 4;
  const y = linearScale(1, 10, plot.bottom - 4, plot.top + headroom);
  const span = spanDays(from, to);
  const half = (plot.right - plot.left) / span / 2;
  // More than two years: one point a week keeps every series under ~550 points.
  const isWeekly = span > 730;

  const rolling = moodRollingLine(days, from, to);
  const hasLine = rolling.some((v) => v !== null);
  const start = dayNumber(from);
  const line = rolling
    .map((value, index) => ({ day: dayFromNumber(start + index), value }))
    .filter((_, index) => !isWeekly || index % 7 === 6 || index === rolling.length - 1)
    .map((p) => ({ x: x(p.day), y: p.value === null ? null : y(p.value) }));

  let dots: { x: number; y: number }[];
  if (isWeekly) {
    const weeks = new Map<string, { sum: number; n: number }>();
    for (const d of days) {
      const week = bucketStart(d.day, 'week');
      const w = weeks.get(week) ?? { sum: 0, n: 0 };
      w.sum += d.average;
      w.n += 1;
      weeks.set(week, w);
    }
    dots = [...weeks].map(([week, w]) => ({
      x: x(dayFromNumber(Math.max(dayNumber(week) + 3, start))),
      y: y(w.sum / w.n),
    }));
  } else {
    dots = days.map((d) => ({ x: x(d.day), y: y(d.average) }));
  }

  const body = html`${stageBands(stages, plot, x, half)}${valueAxis([1, 4, 7, 10], y, plot, String, CHART_WORDS.moodAxis)}${timeAxis(from, to, plot, x)}<path
      d="${dotPath(dots, 1.9)}"
      fill="${PALETTE.mid}"
      fill-opacity="0.75"
    />${hasLine ? lineWithDots(line, PALETTE.dark, 2.2) : ''}${legend(
      [
        {
          label: isWeekly ? CHART_WORDS.weeklyAverage : CHART_WORDS.dailyAverage,
          fill: PALETTE.mid,
          kind: 'dot',
        },
        hasLine
          ? { label: CHART_WORDS.rollingAverage, fill: PALETTE.dark, kind: 'line' }
          : { label: TOO_FEW_FOR_TREND, fill: 'none', kind: 'text' },
      ],
      plot.left,
      12,
    )}`;
  return svg(height, CHART_WORDS.moodLabel(hasLine), body);
}

/** The colour of a mood average on the calendar. */
export function moodShade(average: number): string {
  const index = Math.min(10, Math.max(1, Math.round(average))) - 1;
  return MOOD_SHADES[index] ?? PALETTE.empty;
}

/** The spans the calendar draws as blocks: the whole period up to 53 weeks, else calendar years. */
function calendarBlocks(
  from: string,
  to: string,
): { from: string; to: string; caption: string | null }[] {
  const weeks = Math.ceil((dayNumber(to) - dayNumber(bucketStart(from, 'week')) + 1) / 7);
  if (weeks <= 53) return [{ from, to, caption: null }];
  const blocks: { from: string; to: string; caption: string | null }[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    const start = `${year}-01-01` < from ? from : `${year}-01-01`;
    const end = `${year}-12-31` > to ? to : `${year}-12-31`;
    blocks.push({ from: start, to: end, caption: String(year) });
  }
  return blocks;
}

/**
 * The month names above a calendar block, and the year on a row of its own above January (or
 * above the first month, when the block has no January), unless the block's caption says it. A
 * first month too short to fit its name gives way to the next; names are about 5.6 units a
 * character, and one that would touch the last is left out.
 */
function calendarMonthLabels(
  starts: readonly { x: number; day: string }[],
  sayYear: boolean,
  top: number,
): Markup {
  const widthOf = (text: string) => text.length * 5.6;
  const first = starts[0];
  const second = starts[1];
  const shown =
    first && second && second.x - first.x < widthOf(monthLabel(first.day, false)) + 6
      ? starts.slice(1)
      : starts;
  let lastEnd = -Infinity;
  const labels: Markup[] = [];
  for (const start of shown) {
    const text = monthLabel(start.day, false);
    if (start.x < lastEnd + 6) continue;
    labels.push(html`<text class="tick" x="${start.x}" y="${top - 6}">${text}</text>`);
    lastEnd = start.x + widthOf(text);
  }
  if (sayYear) {
    const januaries = shown.filter((s) => s.day.slice(5, 7) === '01');
    const yearStarts = januaries.length > 0 ? januaries : shown.slice(0, 1);
    for (const start of yearStarts) {
      labels.push(
        html`<text class="tick year" x="${start.x}" y="${top - 19}"
          >${start.day.slice(0, 4)}</text
        >`,
      );
    }
  }
  return join(labels);
}

/**
 * The calendar heat-map: a column per week (Monday on top), each day shaded by its average mood;
 * one block for up to a year, one block per calendar year beyond. Days with the same shade share
 * one path, so ten years stay small.
 */
export function moodCalendarCharts(days: readonly MoodDay[], from: string, to: string): Markup[] {
  const byDay = new Map(days.map((d) => [d.day, d.average]));
  return calendarBlocks(from, to).map((block) => {
    const firstMonday = dayNumber(bucketStart(block.from, 'week'));
    const weeks = Math.ceil((dayNumber(block.to) - firstMonday + 1) / 7);
    const pitch = Math.min(
      22,
      Math.floor((W - 48) / 53),
      Math.floor((W - 48) / Math.max(weeks, 1)),
    );
    const cell = pitch - 2;
    const left = 40;
    // A single block says its years on a row above the months; several have captions instead.
    const top = block.caption === null ? 32 : 20;
    const shades = new Map<string, string[]>();
    const empty: string[] = [];
    const monthStarts: { x: number; day: string }[] = [];
    for (let w = 0; w < weeks; w += 1) {
      for (let weekday = 0; weekday < 7; weekday += 1) {
        const day = dayFromNumber(firstMonday + w * 7 + weekday);
        if (day < block.from || day > block.to) continue;
        const cx = left + w * pitch;
        const cy = top + weekday * pitch;
        const rect = `M${cx} ${cy}h${cell}v${cell}h-${cell}z`;
        const average = byDay.get(day);
        if (average === undefined) empty.push(rect);
        else {
          const shade = moodShade(average);
          const list = shades.get(shade) ?? [];
          list.push(rect);
          shades.set(shade, list);
        }
        if (day.slice(8) === '01' || day === block.from) monthStarts.push({ x: cx, day });
      }
    }
    const monthLabels = calendarMonthLabels(monthStarts, block.caption === null, top);
    const weekdays = ['Mon', 'Wed', 'Fri'].map(
      (name, i) =>
        html`<text
          class="tick"
          x="${left - 6}"
          y="${r(top + i * 2 * pitch + cell - 1)}"
          text-anchor="end"
          >${name}</text
        >`,
    );
    const paths = [...shades].map(
      ([shade, rects]) => html`<path d="${rects.join('')}" fill="${shade}" />`,
    );
    const height = top + 7 * pitch + 4;
    const caption =
      block.caption === null
        ? html``
        : html`<p class="chart-note calendar-year">${block.caption}</p>`;
    return html`<div class="chart calendar-block">
      ${caption}${svg(
        height,
        CHART_WORDS.calendarLabel(block.from, block.to),
        html`${monthLabels}${join(weekdays)}<path
            d="${empty.join('')}"
            fill="${PALETTE.empty}"
            stroke="${PALETTE.emptyStroke}"
            stroke-width="0.8"
          />${join(paths)}`,
      )}
    </div>`;
  });
}

/** The calendar's key: the ten shades from mood 1 to mood 10, and an empty day. */
export function moodCalendarLegend(): Markup {
  const swatches = MOOD_SHADES.map(
    (shade, i) => html`<rect x="${82 + i * 16}" y="4" width="14" height="12" fill="${shade}" />`,
  );
  return svg(
    22,
    CHART_WORDS.calendarKeyLabel,
    html`<text class="legend" x="0" y="14">${CHART_WORDS.calendarLow}</text>${join(swatches)}<text
        class="legend"
        x="${82 + 10 * 16 + 6}"
        y="14"
        >${CHART_WORDS.calendarHigh}</text
      ><rect
        x="330"
        y="4"
        width="12"
        height="12"
        fill="${PALETTE.empty}"
        stroke="${PALETTE.emptyStroke}"
      /><text class="legend" x="348" y="14">${CHART_WORDS.calendarEmpty}</text>`,
  );
}

// ---------------------------------------------------------------------------------------------
// Habits

/**
 * A habit's strength over the period as a line, with how much of its goal each week or month met
 * as bars below (a full bar is the goal met: every day kept for a habit to break).
 */
export function habitPanelChart(habit: HabitData, from: string, to: string): Markup {
  const plot: Plot = { left: 40, right: W - 12, top: 8, bottom: 76 };
  const bars: Plot = { left: 40, right: W - 12, top: 102, bottom: 132 };
  const x = dayScale(from, to, plot);
  const y = linearScale(0, 1, plot.bottom, plot.top);
  const span = spanDays(from, to);
  const isWeekly = span > 730;
  const scored = scoreHabitDays(habit, habit.records, from, to);
  const firstRecord = habit.records.reduce<string | null>(
    (first, rec) => (first === null || rec.day < first ? rec.day : first),
    null,
  );
  const line = scored
    .filter((_, index) => !isWeekly || index % 7 === 6 || index === scored.length - 1)
    .map((s) => ({
      x: x(s.day),
      y: firstRecord !== null && s.day >= firstRecord ? y(s.strength) : null,
    }));

  const unit = bucketUnitFor(from, to);
  const outcomeOf = new Map(scored.map((d) => [d.day, d.outcome]));
  const countOf = new Map<string, number>();
  for (const rec of habit.records) {
    if (rec.isSkip || rec.day < from || rec.day > to) continue;
    countOf.set(rec.day, (countOf.get(rec.day) ?? 0) + (rec.count ?? 0));
  }
  /**
   * How much of the goal a stretch of days met, 0..1, so a full bar always means the goal was met:
   * a habit to break counts the days kept, a daily habit to build the days on target (skipped days
   * count neither way), and an "N a week" habit its times done against N a week, not against
   * seven days.
   */
  const goalShare = (start: string, end: string): number => {
    let days = 0;
    let skipped = 0;
    let met = 0;
    let times = 0;
    for (let n = dayNumber(start); n <= dayNumber(end); n += 1) {
      const day = dayFromNumber(n);
      const outcome = outcomeOf.get(day);
      days += 1;
      if (outcome === 'skipped') skipped += 1;
      if (outcome === 'met') met += 1;
      times += countOf.get(day) ?? 0;
    }
    if (habit.kind === 'build' && habit.period === 'week') {
      const goal = (Math.max(habit.targetCount, 1) * days) / 7;
      return Math.min(1, times / goal);
    }
    return days > skipped ? met / (days - skipped) : 0;
  };
  const barRects: string[] = [];
  for (const bucket of bucketsOf(from, to, unit)) {
    const next = nextBucketStart(bucket, unit);
    // The habit's bars start with its first record: the days before it existed are no one's miss.
    const firstDay = firstRecord !== null && firstRecord > from ? firstRecord : from;
    const start = bucket < firstDay ? firstDay : bucket;
    const end = next > to ? to : dayFromNumber(dayNumber(next) - 1);
    if (start > end) continue;
    const share = goalShare(start, end);
    if (share <= 0) continue;
    const half = (plot.right - plot.left) / span / 2;
    const x0 = x(start) - half + 1;
    const x1 = x(end) + half - 1;
    // One day kept in a long bucket still shows: never thinner than a hairline a reader can see.
    const h = Math.max(share * (bars.bottom - bars.top), MIN_MARK);
    barRects.push(
      `M${r(x0)} ${r(bars.bottom)}V${r(bars.bottom - h)}H${r(Math.max(x1, x0 + 1))}V${r(bars.bottom)}z`,
    );
  }

  const unitWord = unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'quarter';
  const body = html`${valueAxis([0, 0.5, 1], y, plot, (v) => `${Math.round(v * 100)}%`, null)}<line
      x1="${plot.left}"
      y1="${r(y(0.8))}"
      x2="${plot.right}"
      y2="${r(y(0.8))}"
      stroke="${PALETTE.muted}"
      stroke-dasharray="4 3"
      stroke-width="0.8"
    />${lineWithDots(line, PALETTE.dark, 2)}<text
      class="legend"
      x="${bars.left}"
      y="${bars.top - 6}"
      >${habitBarsCaption(habit.kind, habit.targetCount, habit.period, unitWord)}</text
    ><rect
      x="${bars.left}"
      y="${bars.top}"
      width="${bars.right - bars.left}"
      height="${bars.bottom - bars.top}"
      fill="#f4f1ec"
    /><path d="${barRects.join('')}" fill="${PALETTE.mid}" />${timeAxis(from, to, bars, x)}`;
  return svg(158, CHART_WORDS.habitLabel(habit.kind), body);
}

// ---------------------------------------------------------------------------------------------
// Communication

/**
 * Conversations per skill, each bar split by how it ended. Contact with the ex that named no skill
 * gets its own "No skill named" row (only when there is some), so every entry is counted.
 */
export function skillOutcomeChart(groups: readonly CommunicationGroup[]): Markup {
  const rowHeight = 22;
  const top = 26;
  const left = 150;
  const right = W - 40;
  const skills: readonly (CommunicationSkill | null)[] = groups.some((g) => g.skill === null)
    ? [...COMMUNICATION_SKILLS, null]
    : COMMUNICATION_SKILLS;
  const totals = new Map<CommunicationSkill | null, Record<Outcome | 'none', number>>();
  for (const skill of skills) totals.set(skill, { resolved: 0, partly: 0, not: 0, none: 0 });
  for (const g of groups) {
    const row = totals.get(g.skill);
    if (row) row[g.outcome ?? 'none'] += g.entries;
  }
  const max = Math.max(
    1,
    ...[...totals.values()].map((t) => t.resolved + t.partly + t.not + t.none),
  );
  const scale = (right - left) / max;
  const rows = skills.map((skill, i) => {
    const t = totals.get(skill) ?? { resolved: 0, partly: 0, not: 0, none: 0 };
    const y0 = top + i * rowHeight;
    let x0 = left;
    const segments: Markup[] = [];
    for (const key of [...OUTCOMES, 'none'] as const) {
      if (t[key] <= 0) continue;
      const w = Math.max(t[key] * scale, MIN_MARK);
      segments.push(
        html`<rect
          x="${r(x0)}"
          y="${y0 + 4}"
          width="${r(w)}"
          height="${rowHeight - 8}"
          fill="${OUTCOME_FILLS[key]}"
        />`,
      );
      x0 += w;
    }
    const total = t.resolved + t.partly + t.not + t.none;
    return html`<text class="tick label" x="${left - 8}" y="${y0 + 15}" text-anchor="end"
        >${skillLabel(skill)}</text
      ><line
        x1="${left}"
        y1="${y0 + rowHeight / 2}"
        x2="${right}"
        y2="${y0 + rowHeight / 2}"
        stroke="${PALETTE.grid}"
        stroke-width="0.6"
      />${join(segments)}<text class="tick value" x="${r(x0 + 5)}" y="${y0 + 15}">${total}</text>`;
  });
  const height = top + skills.length * rowHeight + 6;
  return svg(
    height,
    CHART_WORDS.bySkillLabel,
    html`${legend(
      [
        { label: OUTCOME_LABELS.resolved, fill: OUTCOME_FILLS.resolved },
        { label: OUTCOME_LABELS.partly, fill: OUTCOME_FILLS.partly },
        { label: OUTCOME_LABELS.not, fill: OUTCOME_FILLS.not },
        { label: CHART_WORDS.noOutcome, fill: OUTCOME_FILLS.none },
      ],
      left,
      12,
    )}${join(rows)}`,
  );
}

interface StackSeries<K extends string> {
  readonly keys: readonly K[];
  readonly fills: Readonly<Record<K, string>>;
  readonly labels: Readonly<Record<K, string>>;
}

/** Bars per week, month or quarter, each stacked by category, darkest at the bottom. */
function stackedBarsOverTime<K extends string>(
  rows: readonly { day: string; key: K; entries: number }[],
  from: string,
  to: string,
  series: StackSeries<K>,
  label: string,
  yTitle: string,
  defs?: Markup,
): Markup {
  const plot: Plot = { left: 44, right: W - 12, top: 26, bottom: 180 };
  const unit = bucketUnitFor(from, to);
  const buckets = bucketsOf(from, to, unit);
  const counts = new Map<string, Map<K, number>>();
  for (const row of rows) {
    const bucket = bucketStart(row.day, unit);
    const byKey = counts.get(bucket) ?? new Map<K, number>();
    byKey.set(row.key, (byKey.get(row.key) ?? 0) + row.entries);
    counts.set(bucket, byKey);
  }
  const totals = buckets.map((b) =>
    [...(counts.get(b)?.values() ?? [])].reduce((s, v) => s + v, 0),
  );
  const ticks = countTicks(Math.max(...totals, 1));
  const y = linearScale(0, ticks.at(-1) ?? 1, plot.bottom, plot.top);
  const x = dayScale(from, to, plot);
  const half = (plot.right - plot.left) / spanDays(from, to) / 2;
  const paths = new Map<K, string[]>();
  for (const bucket of buckets) {
    const start = bucket < from ? from : bucket;
    const next = nextBucketStart(bucket, unit);
    const end = next > to ? to : dayFromNumber(dayNumber(next) - 1);
    const x0 = x(start) - half;
    const x1 = x(end) + half;
    const gap = Math.min(3, (x1 - x0) * 0.15);
    // Heights in drawing units, so a lone contact among hundreds still shows as a sliver.
    let bottom = y(0);
    for (const key of series.keys) {
      const n = counts.get(bucket)?.get(key) ?? 0;
      if (n <= 0) continue;
      const top = bottom - Math.max(y(0) - y(n), MIN_MARK);
      const d = `M${r(x0 + gap)} ${r(bottom)}V${r(top)}H${r(x1 - gap)}V${r(bottom)}z`;
      paths.set(key, [...(paths.get(key) ?? []), d]);
      bottom = top;
    }
  }
  const bars = series.keys.map((key) =>
    paths.has(key)
      ? html`<path
          d="${(paths.get(key) ?? []).join('')}"
          fill="${series.fills[key]}"
          stroke="#ffffff"
          stroke-width="0.5"
        />`
      : html``,
  );
  const body = html`${valueAxis(ticks, y, plot, String, yTitle)}${join(bars)}${timeAxis(from, to, plot, x)}${legend(
    series.keys.map((key) => ({ label: series.labels[key], fill: series.fills[key] })),
    plot.left,
    12,
  )}`;
  return svg(206, label, body, defs);
}

/** How conversations ended, over time. */
export function outcomeOverTimeChart(
  groups: readonly CommunicationGroup[],
  from: string,
  to: string,
): Markup {
  return stackedBarsOverTime(
    groups.map((g) => ({ day: g.day, key: g.outcome ?? ('none' as const), entries: g.entries })),
    from,
    to,
    {
      keys: [...OUTCOMES, 'none'] as const,
      fills: OUTCOME_FILLS,
      labels: { ...OUTCOME_LABELS, none: CHART_WORDS.noOutcome },
    },
    CHART_WORDS.outcomesLabel,
    CHART_WORDS.conversationsAxis,
  );
}

/** The tone of contact with the ex, over time. */
export function contactToneChart(
  groups: readonly CommunicationGroup[],
  from: string,
  to: string,
): Markup {
  return stackedBarsOverTime(
    groups
      .filter((g) => g.isContactWithEx)
      .map((g) => ({ day: g.day, key: g.tone ?? ('none' as const), entries: g.entries })),
    from,
    to,
    {
      keys: [...TONES, 'none'] as const,
      fills: TONE_FILLS,
      labels: { ...TONE_LABELS, none: CHART_WORDS.noTone },
    },
    CHART_WORDS.toneLabel,
    CHART_WORDS.contactsAxis,
    HATCH,
  );
}
