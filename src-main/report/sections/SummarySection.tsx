import type { ReactElement } from 'react';
import { longDate } from '../format';
import { HEADINGS, firstRecordNote } from '../report-copy';
import type { ReportData } from '../report-data';
import { summaryParagraphs } from '../summary';

/** The plain-language summary: sentences made only from numbers, the same at every level. */
export function SummarySection({ data }: { readonly data: ReportData }): ReactElement {
  const startsAtFirstRecord = data.firstRecordDay !== null && data.firstRecordDay === data.from;
  return (
    <section className="summary" aria-labelledby="summary">
      <h2 id="summary">{HEADINGS.summary}</h2>
      {summaryParagraphs(data).map((sentences, i) => (
        // Always mood, habits, communication, reflections, in that order: the place is the key.
        <p key={i}>{sentences.join(' ')}</p>
      ))}
      {startsAtFirstRecord && <p className="muted">{firstRecordNote(longDate(data.from))}</p>}
    </section>
  );
}
