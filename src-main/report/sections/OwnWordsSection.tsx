import type { ReactElement } from 'react';
import { OUTCOME_LABELS, SKILL_LABELS, TONE_LABELS } from '../../shared/domain/communication';
import {
  NEXT_TIME,
  NOTE_HEADINGS,
  counterpartWords,
  notesLeftOut,
  ownWordsIntro,
} from '../notes-copy';
import { HEADINGS } from '../report-copy';
import type { CommunicationNote, ReportData } from '../report-data';
import { habitName, type Voice } from '../voice';
import { Entry } from './Entry';
import { Lines } from './Lines';

/** What a conversation note is about: "Calm logistics · with your co-parent · tense · partly resolved". */
function conversationTags(n: CommunicationNote): string {
  return [
    n.skill === null ? null : SKILL_LABELS[n.skill],
    counterpartWords(n.counterpart),
    n.tone ? TONE_LABELS[n.tone].toLowerCase() : null,
    n.outcome ? OUTCOME_LABELS[n.outcome].toLowerCase() : null,
  ]
    .filter((p): p is string => p !== null)
    .join(' · ');
}

/**
 * The most notes of one kind a report prints: about three pages of each. Years of notes printed
 * one by one ran to a hundred pages and more, slow to print and to read; what a person and a
 * therapist need from a long report is the shape of the years and the recent detail.
 */
export const NOTES_PRINTED_PER_KIND = 60;

/** The last `NOTES_PRINTED_PER_KIND` of a list kept oldest first, still oldest first. */
function mostRecent<T>(notes: readonly T[]): readonly T[] {
  return notes.length <= NOTES_PRINTED_PER_KIND ? notes : notes.slice(-NOTES_PRINTED_PER_KIND);
}

/** The sentence under a kind of note when some were left out, else nothing. */
function LeftOut({ kind, total }: { readonly kind: string; readonly total: number }) {
  if (total <= NOTES_PRINTED_PER_KIND) return null;
  return <p className="muted lead-in">{notesLeftOut(kind, NOTES_PRINTED_PER_KIND, total)}</p>;
}

function Text({ text, voice }: { readonly text: string; readonly voice: Voice }): ReactElement {
  return (
    <p className="entry-text">
      <Lines text={voice.own(text)} />
    </p>
  );
}

/**
 * What the person wrote in the period, after the charts: mood notes, habit check-in notes and
 * conversation notes, oldest first, the most recent `NOTES_PRINTED_PER_KIND` of each kind, with a
 * sentence saying how many more there are and where. Absent at the summary level, and when
 * nothing was written.
 */
export function OwnWordsSection({
  data,
  voice,
}: {
  readonly data: ReportData;
  readonly voice: Voice;
}): ReactElement | null {
  if (!voice.includesText) return null;
  const moodNotes = data.mood.notes;
  const habitNotes = data.habits
    .flatMap((h, index) => h.notes.map((n) => ({ ...n, habit: habitName(h, index, voice) })))
    .sort((a, b) => a.day.localeCompare(b.day));
  const talks = data.communication.notes;
  if (moodNotes.length + habitNotes.length + talks.length === 0) return null;
  // Lists of notes in a fixed order, never reordered: each note's place is its key.
  return (
    <section className="major" aria-labelledby="own-words">
      <h2 id="own-words">{HEADINGS.ownWords}</h2>
      <p className="muted lead-in">
        {ownWordsIntro(data.privacy === 'therapist' && data.redactions.length > 0)}
      </p>
      {moodNotes.length > 0 && (
        <>
          <h3>{NOTE_HEADINGS.mood}</h3>
          <LeftOut kind="mood note" total={moodNotes.length} />
          <ul className="entries">
            {mostRecent(moodNotes).map((n, i) => (
              <Entry key={i} day={n.day} detail={`${n.time} · mood ${n.mood}`}>
                <Text text={n.text} voice={voice} />
              </Entry>
            ))}
          </ul>
        </>
      )}
      {habitNotes.length > 0 && (
        <>
          <h3>{NOTE_HEADINGS.habits}</h3>
          <LeftOut kind="check-in note" total={habitNotes.length} />
          <ul className="entries">
            {mostRecent(habitNotes).map((n, i) => (
              <Entry key={i} day={n.day} tags={n.habit}>
                <Text text={n.text} voice={voice} />
              </Entry>
            ))}
          </ul>
        </>
      )}
      {talks.length > 0 && (
        <>
          <h3>{NOTE_HEADINGS.conversations}</h3>
          <LeftOut kind="conversation note" total={talks.length} />
          <ul className="entries">
            {mostRecent(talks).map((n, i) => (
              <Entry key={i} day={n.day} detail={n.time} tags={conversationTags(n)}>
                {n.note !== null && <Text text={n.note} voice={voice} />}
                {n.doDifferently !== null && (
                  <p className="entry-text">
                    <span className="entry-label">{NEXT_TIME}</span>
                    <Lines text={voice.own(n.doDifferently)} />
                  </p>
                )}
              </Entry>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
