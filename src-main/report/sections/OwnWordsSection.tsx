import type { ReactElement } from 'react';
import { OUTCOME_LABELS, SKILL_LABELS, TONE_LABELS } from '../../shared/domain/communication';
import { NEXT_TIME, NOTE_HEADINGS, counterpartWords, ownWordsIntro } from '../notes-copy';
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

function Text({ text, voice }: { readonly text: string; readonly voice: Voice }): ReactElement {
  return (
    <p className="entry-text">
      <Lines text={voice.own(text)} />
    </p>
  );
}

/**
 * Everything the person wrote in the period, after the charts: mood notes, habit check-in notes
 * and conversation notes, oldest first. Absent at the summary level, and when nothing was written.
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
          <ul className="entries">
            {moodNotes.map((n, i) => (
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
          <ul className="entries">
            {habitNotes.map((n, i) => (
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
          <ul className="entries">
            {talks.map((n, i) => (
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
