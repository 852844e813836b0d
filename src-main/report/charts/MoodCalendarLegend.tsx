/** The mood calendar's key: the five colour steps with the moods each holds, and an empty day. */
import { MOOD_LEVELS, type MoodLevel } from '../../shared/series/mood-levels';
import { CHAR_WIDTH } from './axes';
import { ChartSvg, PALETTE } from './ChartSvg';
import { MOOD_CALENDAR_WORDS } from './charts-copy';
import { round } from './scales';

const SWATCH = 12;

/** The steps in order, lowest mood first, beside `MOOD_LEVELS`' words for each. */
const STEPS = [1, 2, 3, 4, 5] as const satisfies readonly MoodLevel[];

export function MoodCalendarLegend() {
  let x = MOOD_CALENDAR_WORDS.keyTitle.length * CHAR_WIDTH + 10;
  const steps = MOOD_LEVELS.map((moods, index) => {
    const level = STEPS[index] ?? 1;
    const at = round(x);
    x += SWATCH + 5 + moods.length * CHAR_WIDTH + 14;
    return (
      <g key={moods}>
        <rect x={at} y={4} width={SWATCH} height={SWATCH} fill={PALETTE.moodLevels[level]} />
        <text className="legend" x={at + SWATCH + 5} y={14}>
          {moods}
        </text>
      </g>
    );
  });
  const emptyX = round(x + 6);
  return (
    <ChartSvg height={22} label={MOOD_CALENDAR_WORDS.keyLabel}>
      <text className="legend axis-title" x={0} y={14}>
        {MOOD_CALENDAR_WORDS.keyTitle}
      </text>
      {steps}
      <rect
        x={emptyX}
        y={4.5}
        width={SWATCH - 1}
        height={SWATCH - 1}
        fill="none"
        stroke={PALETTE.grid}
        strokeWidth={0.6}
      />
      <text className="legend" x={emptyX + SWATCH + 5} y={14}>
        {MOOD_CALENDAR_WORDS.empty}
      </text>
    </ChartSvg>
  );
}
