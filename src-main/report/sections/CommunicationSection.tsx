import type { ReactElement } from 'react';
import { leastSquaresMovement, movementInWords } from '../../shared/trend';
import { bucketUnitFor } from '../../shared/series/buckets';
import { OutcomeOverTimeChart, SkillOutcomeChart } from '../charts/index';
import {
  CAPTIONS,
  HEADINGS,
  LOWER_RATINGS,
  NO_COMMUNICATION,
  conversationsLogged,
  handledItText,
  outcomesOverTimeCaption,
} from '../report-copy';
import type { CommunicationGroup, ReportData } from '../report-data';
import { movedWay } from '../summary';
import { ContactWithEx } from './ContactWithEx';

/** The middle of the 1 to 5 "how you feel you handled it" scale. */
const HANDLED_IT_MIDDLE = 3;

/**
 * How the person feels they handled their conversations, with the movement an average hides, and
 * one kind sentence beside a falling or low rating; null when no conversation was rated.
 */
function handledItSentence(groups: readonly CommunicationGroup[]): string | null {
  const ratings = groups.reduce((s, g) => s + g.ratings, 0);
  if (ratings === 0) return null;
  const ratingSum = groups.reduce((s, g) => s + g.ratingSum, 0);
  // Each day's average answer, oldest first: enough days say the movement an average hides.
  const byDay = new Map<string, { sum: number; n: number }>();
  for (const g of groups) {
    if (g.ratings === 0) continue;
    const d = byDay.get(g.day) ?? { sum: 0, n: 0 };
    byDay.set(g.day, { sum: d.sum + g.ratingSum, n: d.n + g.ratings });
  }
  const daily = [...byDay].map(([day, d]) => ({ day, value: d.sum / d.n }));
  // The app's one trend (least squares, one value per day); null under TREND_MIN_POINTS days.
  const line = leastSquaresMovement(daily, { min: 1, max: 5 });
  const moved = line ? movementInWords(line, ' out of 5') : null;
  const average = ratingSum / ratings;
  const text = handledItText(ratings, average, moved);
  // A falling self-rating, or one below the middle of the scale, can land as a verdict: said
  // once, kindly, beside the number.
  const fell = movedWay(line, -1) || average < HANDLED_IT_MIDDLE;
  return fell ? `${text} ${LOWER_RATINGS}` : text;
}

/** Communication practice: by skill and outcome, outcomes over time, and contact with the ex. */
export function CommunicationSection({ data }: { readonly data: ReportData }): ReactElement {
  const { groups } = data.communication;
  const total = groups.reduce((s, g) => s + g.entries, 0);
  if (total === 0) {
    return (
      <section aria-labelledby="communication">
        <h2 id="communication">{HEADINGS.communication}</h2>
        <p>{NO_COMMUNICATION}</p>
      </section>
    );
  }
  const handledIt = handledItSentence(groups);
  return (
    <section aria-labelledby="communication">
      <div className="keep">
        <h2 id="communication">{HEADINGS.communication}</h2>
        <p>{conversationsLogged(total)}</p>
        {handledIt !== null && <p>{handledIt}</p>}
        <h3>{HEADINGS.bySkill}</h3>
        <figure className="chart">
          <SkillOutcomeChart groups={groups} />
          <figcaption>{CAPTIONS.bySkill}</figcaption>
        </figure>
      </div>
      <h3>{HEADINGS.outcomesOverTime}</h3>
      <figure className="chart">
        <OutcomeOverTimeChart groups={groups} from={data.from} to={data.to} />
        <figcaption>{outcomesOverTimeCaption(bucketUnitFor(data.from, data.to))}</figcaption>
      </figure>
      <ContactWithEx data={data} />
    </section>
  );
}
