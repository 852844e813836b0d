import { useId } from 'react';
import { useQuery } from '../../api/use-query';
import { formatCount, formatOneDecimal } from '../../app/day-format';
import { ReadFailure } from '../../app/read-failure';
import type { Insights } from '../../../src-main/shared/contract/charts';
import type { ChartRange } from '../../../src-main/shared/series/ranges';
import {
  isComparable,
  sortByDifference,
  type InsightPair,
} from '../../../src-main/shared/series/went-together';
import {
  bothSidesSentence,
  happening,
  notYetGroupLine,
  shownDifference,
  sideCounts,
  subjectName,
  wentTogetherLine,
  type InsightFormats,
  type InsightSubject,
} from '../../../src-main/shared/series/went-together-words';
import {
  GROUP_TITLES,
  NO_DAYS_CELL,
  NO_MOOD_DAYS,
  NOT_ENOUGH_DAYS_CELL,
  NOTHING_COMPARABLE_YET,
  NUMBERS_COLUMNS,
  SHOW_THE_NUMBERS,
  WENT_TOGETHER_INTRO,
  WENT_TOGETHER_LOADING,
  WENT_TOGETHER_TITLE,
  WENT_TOGETHER_UNREAD,
  WHICH_DAYS_COUNT,
  numbersCaption,
  periodLine,
} from './went-together-copy';
import '../../charts/chart-frame.css';
import './went-together.css';

const FORMATS: InsightFormats = { formatCount, formatMean: formatOneDecimal };

type Group = keyof typeof GROUP_TITLES;

/** The groups in the order they are shown. */
const GROUPS: readonly Group[] = ['habits', 'emotions', 'contact'];

interface Row {
  readonly key: string;
  readonly group: Group;
  readonly subject: InsightSubject;
  readonly pair: InsightPair;
}

/**
 * Every comparison worth a row: each habit and emotion word the answer holds, and contact with
 * the ex once there was any in the period (a period without contact has nothing to compare, and
 * listing it would read as a nudge towards contact).
 */
function rowsOf(insights: Insights): Row[] {
  const rows: Row[] = [
    ...insights.habits.map((h): Row => ({
      key: `habit-${h.habitId}`,
      group: 'habits',
      subject: { kind: 'habit', name: h.name, habitKind: h.kind },
      pair: { with: h.done, without: h.notDone },
    })),
    ...insights.emotions.map((e): Row => ({
      key: `emotion-${e.word}`,
      group: 'emotions',
      subject: { kind: 'emotion', word: e.word },
      pair: { with: e.with, without: e.without },
    })),
  ];
  if (insights.contact.with.days > 0) {
    rows.push({
      key: 'contact',
      group: 'contact',
      subject: { kind: 'contact' },
      pair: insights.contact,
    });
  }
  // By group, as the sections show them, and in each the largest difference first.
  const sorted = sortByDifference(
    rows,
    (r) => r.pair,
    (r) => sortName(r.subject),
  );
  return GROUPS.flatMap((group) => sorted.filter((r) => r.group === group));
}

/** The name ties are ordered by, without the quotation marks. */
function sortName(subject: InsightSubject): string {
  switch (subject.kind) {
    case 'habit':
      return subject.name;
    case 'emotion':
      return subject.word;
    case 'contact':
      return '';
    default: {
      const unhandled: never = subject;
      return unhandled;
    }
  }
}

function meanCell(mean: number | null): string {
  return mean === null ? NO_DAYS_CELL : formatOneDecimal(mean);
}

/** "+0.9", "−1.2" or "0.0", from the two means as shown; the note when it cannot be said yet. */
function differenceCell(pair: InsightPair): string {
  const shown = isComparable(pair) ? shownDifference(pair) : null;
  if (shown === null) return NOT_ENOUGH_DAYS_CELL;
  const sign = shown > 0 ? '+' : shown < 0 ? '−' : '';
  return `${sign}${formatOneDecimal(Math.abs(shown))}`;
}

function Comparison({ row }: { readonly row: Row }) {
  return (
    <li className="went-together-item">
      <p className="went-together-line">{wentTogetherLine(row.subject, row.pair)}</p>
      <p className="went-together-sides">{bothSidesSentence(row.subject, row.pair, FORMATS)}</p>
    </li>
  );
}

function TheNumbers({ rows, insights }: { readonly rows: Row[]; readonly insights: Insights }) {
  return (
    <details className="went-together-numbers">
      <summary>{SHOW_THE_NUMBERS}</summary>
      <div className="chart-table-wrap">
        <table className="chart-table">
          <caption>{numbersCaption(insights.from, insights.to)}</caption>
          <thead>
            <tr>
              {NUMBERS_COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{happening(row.subject)}</th>
                <td>{formatCount(row.pair.with.days)}</td>
                <td>{meanCell(row.pair.with.mean)}</td>
                <td>{formatCount(row.pair.without.days)}</td>
                <td>{meanCell(row.pair.without.mean)}</td>
                <td>{differenceCell(row.pair)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function Comparisons({ insights }: { readonly insights: Insights }) {
  const rows = rowsOf(insights);
  const moodDays = insights.contact.with.days + insights.contact.without.days;
  if (moodDays === 0) return <p>{NO_MOOD_DAYS}</p>;
  const shown = rows.filter((r) => isComparable(r.pair));
  const notYet = rows.filter((r) => !isComparable(r.pair));
  const groups = GROUPS.flatMap((group) => {
    const inGroup = shown.filter((r) => r.group === group);
    return inGroup.length === 0 ? [] : [{ group, rows: inGroup }];
  });
  return (
    <>
      {groups.length === 0 && <p>{NOTHING_COMPARABLE_YET}</p>}
      {groups.map(({ group, rows: inGroup }) => (
        <section key={group} className="went-together-group" aria-label={GROUP_TITLES[group]}>
          <h3>{GROUP_TITLES[group]}</h3>
          <ul className="went-together-list">
            {inGroup.map((row) => (
              <Comparison key={row.key} row={row} />
            ))}
          </ul>
        </section>
      ))}
      {notYet.length > 0 && (
        <div className="went-together-not-yet muted">
          <p>{notYetGroupLine(FORMATS)}</p>
          <ul>
            {notYet.map((row) => (
              <li key={row.key}>
                {subjectName(row.subject)}: {sideCounts(row.subject, row.pair, FORMATS)}.
              </li>
            ))}
          </ul>
        </div>
      )}
      {rows.length > 0 && <TheNumbers rows={rows} insights={insights} />}
    </>
  );
}

/**
 * "What went together" over a range ending on today: for each habit, emotion word and contact
 * with the ex, the average mood on the days it happened beside the other days, with both counts;
 * the largest differences first, those with too few days yet under one quiet line, and every
 * number in a table one click away. Read from `insight:list`, computed in the main process.
 */
export function WentTogetherSection({ range, today }: { range: ChartRange; today: string }) {
  const id = useId();
  const insights = useQuery(`insight:list:${range}:${today}`, (api) =>
    api.call('insight:list', { range, today }),
  );
  const data = insights.data;
  return (
    <section className="card went-together" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{WENT_TOGETHER_TITLE}</h2>
      <p className="muted">{WENT_TOGETHER_INTRO}</p>
      <p className="muted">
        {data ? `${periodLine(data.from, data.to)} ` : ''}
        {WHICH_DAYS_COUNT}
      </p>
      <ReadFailure
        what={WENT_TOGETHER_UNREAD.what}
        instead={WENT_TOGETHER_UNREAD.instead}
        message={insights.error}
      />
      {!insights.isLoaded && (
        <p className="muted" role="status">
          {WENT_TOGETHER_LOADING}
        </p>
      )}
      {data && <Comparisons insights={data} />}
    </section>
  );
}
