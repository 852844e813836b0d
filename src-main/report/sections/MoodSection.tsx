import type { ReactElement } from 'react';
import { rollingAverage } from '../../shared/series/buckets';
import { TREND_MIN_POINTS } from '../../shared/share-words';
import { MoodCalendarCharts, MoodCalendarLegend, MoodTrendChart } from '../charts/index';
import {
  COLUMNS,
  HEADINGS,
  NO_MOOD,
  emotionsHeading,
  moodTrendCaption,
  ownWordsLeftOut,
} from '../report-copy';
import type { EmotionCount, MoodDay, ReportData } from '../report-data';
import { stageSpans } from '../stage-spans';
import type { Voice } from '../voice';

/**
 * True when the 7-day rolling average can be drawn somewhere in the period: some 7 days hold at
 * least `TREND_MIN_POINTS` days with an entry (the chart draws the line exactly there).
 */
function hasRollingLine(days: readonly MoodDay[], from: string, to: string): boolean {
  const values = days.map((d) => ({ day: d.day, value: d.average }));
  return rollingAverage(values, from, to, 7, TREND_MIN_POINTS).some((v) => v !== null);
}

/** The emotions named most, each word of the person's own left out below the full levels. */
function EmotionTable({
  emotions,
  voice,
}: {
  readonly emotions: readonly EmotionCount[];
  readonly voice: Voice;
}): ReactElement {
  // Different emotions named in the person's own words (each left out whatever its count).
  const ownWords = emotions.filter((e) => e.isOwnWord).length;
  const shown = emotions.filter((e) => voice.includesText || !e.isOwnWord).slice(0, 10);
  return (
    <div className="keep">
      <h3>{emotionsHeading(shown.map((e) => e.count))}</h3>
      <table>
        <thead>
          <tr>
            <th>{COLUMNS.emotion}</th>
            <th className="number">{COLUMNS.entries}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e, i) => (
            // Counted in SQL, most named first; the order never changes within one report.
            <tr key={i}>
              <td className="own">{e.isOwnWord ? voice.own(e.tag) : e.tag}</td>
              <td className="number">{e.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!voice.includesText && ownWords > 0 && <p className="muted">{ownWordsLeftOut(ownWords)}</p>}
    </div>
  );
}

/** Mood over the period: the trend with the stages behind it, the calendar, and the emotions. */
export function MoodSection({
  data,
  voice,
}: {
  readonly data: ReportData;
  readonly voice: Voice;
}): ReactElement {
  const { days, emotions } = data.mood;
  if (days.length === 0) {
    return (
      <section aria-labelledby="mood">
        <h2 id="mood">{HEADINGS.mood}</h2>
        <p>{NO_MOOD}</p>
      </section>
    );
  }
  const spans = stageSpans(data);
  return (
    <section aria-labelledby="mood">
      <h2 id="mood">{HEADINGS.mood}</h2>
      <figure className="chart">
        <MoodTrendChart days={days} from={data.from} to={data.to} stages={spans} />
        <figcaption>
          {moodTrendCaption(hasRollingLine(days, data.from, data.to), spans.length > 1)}
        </figcaption>
      </figure>
      {/* The key comes first and stays with the heading and the first calendar block: printed
          after the calendar, it was pushed onto the next page, away from what it explains. */}
      <div className="keep lead-in">
        <h3>{HEADINGS.calendar}</h3>
        <div className="chart">
          <MoodCalendarLegend />
        </div>
      </div>
      <MoodCalendarCharts days={days} from={data.from} to={data.to} />
      {emotions.length > 0 && <EmotionTable emotions={emotions} voice={voice} />}
    </section>
  );
}
