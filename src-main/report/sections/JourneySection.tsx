import type { ReactElement } from 'react';
import { whereItemWords } from '../../shared/journey/where-you-are-words';
import { longDate, plainNumber, shortDate } from '../format';
import { JOURNEY_INTRO, STAGE_CHOSEN } from '../journey-copy';
import { StageTimelineChart } from '../charts/index';
import { STAGE_ABOUT, currentStage, stageLabel, whereYouAreNow } from '../readiness';
import { CAPTIONS, COLUMNS, HEADINGS, WHERE_YOU_ARE_ASIDE, asOf } from '../report-copy';
import { STAGE_LABELS, type ReportData } from '../report-data';
import { stageSpans } from '../stage-spans';
import type { Voice } from '../voice';
import { Lines } from './Lines';

/**
 * The journey: the stage the person is in and since when, the stages across the period, every
 * move with how it was chosen (and why, in their words, when the level includes them), and
 * "Where you are now" as facts.
 */
export function JourneySection({
  data,
  voice,
}: {
  readonly data: ReportData;
  readonly voice: Voice;
}): ReactElement {
  const stage = currentStage(data);
  const since =
    stage.since === null
      ? ''
      : stage.isImplicit
        ? JOURNEY_INTRO.sinceFirstRecord(longDate(stage.since))
        : JOURNEY_INTRO.since(longDate(stage.since));
  const words = stage.isImplicit ? JOURNEY_INTRO.implicit : JOURNEY_INTRO.explicit;
  const changes = data.stages.filter((s) => s.day >= data.from && s.day <= data.to);
  // The same items, numbers and words as the Journey screen's "Where you are now".
  const items = whereYouAreNow(data, stage).map((item) =>
    whereItemWords(item, { formatDay: longDate, formatNumber: plainNumber }),
  );
  return (
    <section aria-labelledby="journey">
      <h2 id="journey">{HEADINGS.journey}</h2>
      <p>
        {words.before} <strong>{stageLabel(stage.stage)}</strong>
        {words.after}
        {since}. {STAGE_ABOUT[stage.stage]}
      </p>
      <figure className="chart">
        <StageTimelineChart spans={stageSpans(data)} from={data.from} to={data.to} />
        <figcaption>{CAPTIONS.stages}</figcaption>
      </figure>
      {changes.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{COLUMNS.date}</th>
              <th>{COLUMNS.stage}</th>
              <th>{COLUMNS.howChosen}</th>
              {voice.includesText && <th>{COLUMNS.why}</th>}
            </tr>
          </thead>
          <tbody>
            {changes.map((c, i) => (
              // Moves are listed oldest first and never reordered: the place is the key.
              <tr key={i}>
                <td>{shortDate(c.day)}</td>
                <td>{STAGE_LABELS[c.stage]}</td>
                <td>{c.wasSuggested ? STAGE_CHOSEN.suggested : STAGE_CHOSEN.chosen}</td>
                {voice.includesText && (
                  <td className="own">
                    {c.reason !== null && <Lines text={voice.own(c.reason)} />}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="keep">
        <h3>{HEADINGS.whereYouAre}</h3>
        {/* Each item's sentence says what it is with its numbers, as the Journey screen does; a
            column of one-word values ("93%", "Rising") beside it read as a report card. */}
        <table className="readiness">
          <thead>
            <tr>
              <th>{COLUMNS.whatRecordsShow}</th>
              <th>{asOf(shortDate(data.to))}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.label}>
                <td>{item.label}</td>
                <td>{item.sentence}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="aside">{WHERE_YOU_ARE_ASIDE}</p>
      </div>
    </section>
  );
}
