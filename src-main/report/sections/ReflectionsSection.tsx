import type { ReactElement } from 'react';
import { shortDate } from '../format';
import { NO_REFLECTIONS, reflectionsLeftOut } from '../notes-copy';
import { COLUMNS, HEADINGS } from '../report-copy';
import { STAGE_LABELS, type ReportData } from '../report-data';
import type { Voice } from '../voice';
import { Entry } from './Entry';
import { ReflectionAnswers, kindWords } from './ReflectionAnswers';

/** At the summary level: how many of each kind were written, and when, and not a word of them. */
function ReflectionCounts({ data }: { readonly data: ReportData }): ReactElement {
  const kinds = new Map<string, { count: number; first: string; last: string }>();
  for (const r of data.reflections) {
    const k = kinds.get(r.kind);
    kinds.set(
      r.kind,
      k ? { ...k, count: k.count + 1, last: r.day } : { count: 1, first: r.day, last: r.day },
    );
  }
  return (
    <>
      <p>{reflectionsLeftOut(data.reflections.length)}</p>
      <table>
        <thead>
          <tr>
            <th>{COLUMNS.reflection}</th>
            <th className="number">{COLUMNS.written}</th>
            <th>{COLUMNS.first}</th>
            <th>{COLUMNS.last}</th>
          </tr>
        </thead>
        <tbody>
          {[...kinds].map(([kind, k]) => (
            <tr key={kind}>
              <td>{kindWords(kind)}</td>
              <td className="number">{k.count}</td>
              <td>{shortDate(k.first)}</td>
              <td>{shortDate(k.last)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The reflections written in the period: as answered, or only counted at the summary level. */
export function ReflectionsSection({
  data,
  voice,
}: {
  readonly data: ReportData;
  readonly voice: Voice;
}): ReactElement {
  const { reflections } = data;
  return (
    <section aria-labelledby="reflections">
      <h2 id="reflections">{HEADINGS.reflections}</h2>
      {reflections.length === 0 ? (
        <p>{NO_REFLECTIONS}</p>
      ) : !voice.includesText ? (
        <ReflectionCounts data={data} />
      ) : (
        <ul className="entries">
          {reflections.map((r, i) => (
            // Oldest first, never reordered: the place is the key.
            <Entry
              key={i}
              day={r.day}
              tags={`${kindWords(r.kind)}${r.stage ? ` · ${STAGE_LABELS[r.stage]}` : ''}`}
            >
              <ReflectionAnswers kind={r.kind} answers={r.answers} voice={voice} />
            </Entry>
          ))}
        </ul>
      )}
    </section>
  );
}
