import type { ReactNode } from 'react';
import { useQuery } from '../../api/use-query';
import { useToday } from '../../app/clock';
import { ReadFailure } from '../../app/read-failure';
import { SmallSeriesChart } from '../../charts/SmallSeriesChart';
import { formatCount } from '../../app/day-format';
import { addDays } from '../../../src-main/shared/calendar';
import { strengthPercent } from '../../../src-main/shared/domain/habits';
import type { WhereItem } from '../../../src-main/shared/journey/where-you-are';
import {
  WHERE_YOU_ARE_ASIDE,
  WHERE_YOU_ARE_TITLE,
  whereItemWords,
  type WordFormats,
} from '../../../src-main/shared/journey/where-you-are-words';
import { WHERE_UNREAD, chartLabel, dayInWords } from './journey-copy';

const FORMATS: WordFormats = { formatDay: dayInWords, formatNumber: formatCount };

/** The small chart under an item, or nothing when the item has nothing to draw. */
function ItemChart({ item, asOf }: { readonly item: WhereItem; readonly asOf: string }): ReactNode {
  switch (item.kind) {
    case 'habits':
      if (item.series.every((p) => p.value === null)) return null;
      return (
        <SmallSeriesChart
          points={item.series.map((p) => ({
            day: p.day,
            value: p.value === null ? null : strengthPercent(p.value),
          }))}
          from={item.series[0]?.day ?? asOf}
          to={asOf}
          domain={[0, 100]}
          ticks={[0, 50, 100]}
          shape="line"
          valueName="Strength"
          formatValue={(v) => `${formatCount(v)}%`}
          label={chartLabel('habits', false)}
        />
      );
    case 'mood':
    case 'hurt':
      if (item.days === 0) return null;
      return (
        <SmallSeriesChart
          points={item.series}
          from={addDays(asOf, -(item.windowDays - 1))}
          to={asOf}
          domain={item.kind === 'mood' ? [1, 10] : [0, 10]}
          ticks={item.kind === 'mood' ? [1, 5, 10] : [0, 5, 10]}
          movement={item.movement}
          shape="dots"
          valueName={item.kind === 'mood' ? 'Mood' : 'How much it hurts'}
          formatValue={(v) => (Number.isInteger(v) ? formatCount(v) : v.toFixed(1))}
          label={chartLabel(item.kind, item.movement !== null)}
        />
      );
    // Time spent, the reflection and rehearsals are a span, a date and a count: their words and
    // numbers say all there is, and a chart of one number would only decorate.
    case 'time':
    case 'reflection':
    case 'rehearsals':
      return null;
    default: {
      const unhandled: never = item;
      return unhandled;
    }
  }
}

/**
 * "Where you are now", read from the person's records in the main process with the same shared
 * function the report uses: each item's label, a sentence with its numbers, and a small chart
 * where there is a series to draw.
 */
export function WhereYouAreNow() {
  const { day: today } = useToday();
  const overview = useQuery(`journey:overview:${today}`, (api) =>
    api.call('journey:overview', { day: today }),
  );
  return (
    <section className="card where-you-are" aria-labelledby="where-you-are-title">
      <h2 id="where-you-are-title">{WHERE_YOU_ARE_TITLE}</h2>
      <p className="muted">{WHERE_YOU_ARE_ASIDE}</p>
      <ReadFailure
        what={WHERE_UNREAD.what}
        instead={WHERE_UNREAD.instead}
        message={overview.error}
      />
      {overview.data && (
        <ul className="where-items">
          {overview.data.items.map((item) => {
            const words = whereItemWords(item, FORMATS);
            return (
              <li key={item.kind} className={`where-item where-${item.kind}`}>
                {/* The label and a sentence, never a headline value: a big "53%" or "Rising"
                    under "not a score" reads as one. The report's table keeps a short value. */}
                <h3>{words.label}</h3>
                <p className="where-sentence">{words.sentence}</p>
                <ItemChart item={item} asOf={overview.data?.asOf ?? today} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
