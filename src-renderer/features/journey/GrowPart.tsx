import { useMemo } from 'react';
import { useQuery } from '../../api/use-query';
import { useToday } from '../../app/clock';
import { ReadFailure } from '../../app/read-failure';
import { addMonths, monthOf } from '../../../src-main/shared/calendar';
import { STAGE_ABOUT } from '../../../src-main/shared/journey/where-you-are-words';
import {
  calmInWords,
  resolvedInWords,
  type ConflictHistory,
} from '../../../src-main/shared/journey/conflicts';
import { monthWords } from './slow/slow-copy';
import * as copy from './journey-copy';

/**
 * How conflicts with anyone ended lately, in words, read-only: the same `trust:summary` and the
 * same sentences as Take it Slow, because working through a disagreement is practice for every
 * relationship ahead, not only for one with the ex.
 */
function ConflictsLately() {
  const { day: today } = useToday();
  const from = `${addMonths(monthOf(today), -(copy.GROW_CONFLICT_MONTHS - 1))}-01`;
  const range = useMemo(() => ({ from, to: today }), [from, today]);
  const summary = useQuery(`trust:summary:${from}:${today}`, (a) => a.call('trust:summary', range));
  const months = monthWords(today);
  const history: ConflictHistory | null = summary.data
    ? { months: summary.data.conflictMonths, rehearsals: summary.data.rehearsals }
    : null;
  return (
    <section className="card" aria-labelledby="grow-conflicts-title">
      <h2 id="grow-conflicts-title">{copy.GROW_CONFLICTS_TITLE}</h2>
      {/* With none logged, the sentence below already says what counts. */}
      {history !== null && history.months.length > 0 && (
        <p className="muted">{copy.GROW_CONFLICTS_INTRO}</p>
      )}
      <ReadFailure
        what={copy.GROW_CONFLICTS_UNREAD.what}
        instead={copy.GROW_CONFLICTS_UNREAD.instead}
        message={summary.error}
      />
      {history && (
        <>
          <p>{resolvedInWords(history, months)}</p>
          {history.months.length > 0 && <p>{calmInWords(history, months)}</p>}
        </>
      )}
    </section>
  );
}

/**
 * Heal & Grow, the Move on path: a few warm lines (healing goes on, communication practised for
 * the relationships ahead, habits and mood still counting), the places to keep going, and how
 * conflicts ended lately. No end state and nothing to finish; open from any stage, as every part.
 */
export function GrowPart() {
  return (
    <div className="journey-grow">
      <section className="card" aria-labelledby="grow-title">
        <h2 id="grow-title">{copy.GROW_TITLE}</h2>
        <p>{STAGE_ABOUT.heal_and_grow}</p>
        <p>{copy.GROW_INTRO}</p>
        <ul className="grow-lines">
          {copy.GROW_LINES.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <nav aria-label={copy.GROW_LINKS_LABEL}>
          <ul className="grow-links">
            {copy.GROW_LINKS.map((link) => (
              <li key={link.href}>
                <a className="button" href={link.href}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="muted">{copy.GROW_NO_FINISH}</p>
      </section>
      <ConflictsLately />
    </div>
  );
}
