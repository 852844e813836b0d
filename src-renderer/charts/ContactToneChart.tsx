import type { ContactSeries } from '../../src-main/shared/contract/charts';
import { dayNumber, dayOfNumber } from '../../src-main/shared/calendar';
import { barBucketFor, type CountBar } from '../../src-main/shared/series/bar-buckets';
import { ChartFrame } from './ChartFrame';
import { BAR_NOTES, RANGE_PHRASES } from './chart-copy';
import { ChartNothing } from './ChartNothing';
import { useChartPalette } from './chart-theme';
import { periodInWords } from './time-axis';
import { countBarsOf, countTable } from './count-table';
import {
  CONTACT_TONE_TITLE,
  TONE_KEYS,
  TONE_NAMES,
  contactToneSummary,
  type ToneHalf,
  type ToneKey,
} from './habit-practice-contact-copy';
import { StackedCountBars } from './StackedCountBars';
import './habit-practice-contact.css';

/** Friendly or civil contacts, and contacts with any tone, over some buckets. */
function halfOf(bars: readonly CountBar<ToneKey>[]): ToneHalf {
  let calm = 0;
  let toned = 0;
  for (const bar of bars) {
    calm += bar.counts.friendly + bar.counts.civil;
    toned += bar.total - bar.counts.none;
  }
  return { calm, toned };
}

/**
 * The range split in two at its middle day: contact in buckets starting before it is the earlier
 * half, the rest the later. The range's own days are halved, not the contacts, so "lately" means
 * the later part of the time shown.
 */
export function toneHalves(
  bars: readonly CountBar<ToneKey>[],
  from: string,
  to: string,
): { earlier: ToneHalf; later: ToneHalf } {
  const middle = dayOfNumber(Math.floor((dayNumber(from) + dayNumber(to) + 1) / 2));
  return {
    earlier: halfOf(bars.filter((bar) => bar.day < middle)),
    later: halfOf(bars.filter((bar) => bar.day >= middle)),
  };
}

/**
 * Contact with the ex over the range as stacked bars by tone, calmest at the bottom; hostile is
 * also hatched, so it never rests on colour alone. The summary says, kindly, whether contact has
 * become calmer, or that there was none (which is said neutrally: it is neither goal nor failure).
 * Presentational.
 */
export function ContactToneChart({
  series,
  headingLevel = 3,
}: {
  readonly series: ContactSeries;
  readonly headingLevel?: 2 | 3;
}) {
  const palette = useChartPalette();
  const bucket = barBucketFor(series.bucket, series.from, series.to);
  const bars = countBarsOf(series, (p) => p.tones, TONE_KEYS, bucket);
  const total = bars.reduce((sum, bar) => sum + bar.total, 0);
  const summary = contactToneSummary({
    total,
    when: RANGE_PHRASES[series.range],
    ...toneHalves(bars, series.from, series.to),
  });
  if (total === 0) {
    return (
      <ChartNothing title={CONTACT_TONE_TITLE} summary={summary} headingLevel={headingLevel} />
    );
  }
  return (
    <ChartFrame
      title={CONTACT_TONE_TITLE}
      summary={summary}
      note={BAR_NOTES[bucket]}
      table={() =>
        countTable({
          caption: `${CONTACT_TONE_TITLE}, ${periodInWords(series.from, series.to)}`,
          bars,
          keys: TONE_KEYS,
          names: TONE_NAMES,
          bucket,
        })
      }
      headingLevel={headingLevel}
    >
      <StackedCountBars
        bars={bars}
        keys={TONE_KEYS}
        names={TONE_NAMES}
        fills={palette.tones}
        bucket={bucket}
        palette={palette}
        hatched="hostile"
      />
    </ChartFrame>
  );
}
