import type { ReactElement } from 'react';
import {
  CONTACT_CONTEXT_LABELS,
  CONTACT_CONTEXTS,
  INITIATORS,
} from '../../shared/domain/communication';
import { ContactToneChart } from '../charts/index';
import {
  CAPTIONS,
  COLUMNS,
  HEADINGS,
  NO_CONTACT,
  NOT_SAID,
  REACHED_OUT_FIRST_WORDS,
  WHAT_BROUGHT_IT_ABOUT,
  WHO_REACHED_OUT_FIRST,
  contactsLogged,
} from '../report-copy';
import type { CommunicationGroup, ReportData } from '../report-data';

/** Counts per choice of one contact question, every choice the domain has, then "Not said". */
function ContactTable<K extends string>({
  question,
  keys,
  labels,
  countOf,
}: {
  readonly question: string;
  readonly keys: readonly K[];
  readonly labels: Readonly<Record<K, string>>;
  readonly countOf: (key: K | null) => number;
}): ReactElement {
  const rows = [
    ...keys.map((k) => ({ label: labels[k], n: countOf(k) })),
    { label: NOT_SAID, n: countOf(null) },
  ].filter((r) => r.n > 0);
  return (
    <table className="keep contact-table">
      <thead>
        <tr>
          <th>{question}</th>
          <th className="number">{COLUMNS.contacts}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <td>{r.label}</td>
            <td className="number">{r.n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Contact with the ex, in the contact form's own questions (what brought it about, who reached
 * out first), and its tone over time, so a person can see contact becoming civil and calm.
 */
export function ContactWithEx({ data }: { readonly data: ReportData }): ReactElement {
  const { groups } = data.communication;
  const contact = groups.filter((g) => g.isContactWithEx);
  const sum = (list: readonly CommunicationGroup[]) => list.reduce((s, g) => s + g.entries, 0);
  const total = sum(contact);
  if (total === 0) {
    return (
      <>
        <h3>{HEADINGS.contact}</h3>
        <p>{NO_CONTACT}</p>
      </>
    );
  }
  return (
    <>
      <div className="keep">
        <h3>{HEADINGS.contact}</h3>
        <p>{contactsLogged(total)}</p>
        <div className="contact-tables">
          <ContactTable
            question={WHAT_BROUGHT_IT_ABOUT}
            keys={CONTACT_CONTEXTS}
            labels={CONTACT_CONTEXT_LABELS}
            countOf={(k) => sum(contact.filter((g) => g.contactContext === k))}
          />
          <ContactTable
            question={WHO_REACHED_OUT_FIRST}
            keys={INITIATORS}
            labels={REACHED_OUT_FIRST_WORDS}
            countOf={(k) => sum(contact.filter((g) => g.initiatedBy === k))}
          />
        </div>
      </div>
      <figure className="chart">
        <ContactToneChart groups={groups} from={data.from} to={data.to} />
        <figcaption>{CAPTIONS.contactTone}</figcaption>
      </figure>
    </>
  );
}
