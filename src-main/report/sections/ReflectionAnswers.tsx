import { Fragment, type ReactElement } from 'react';
import { apologyAnswersSchema } from '../../shared/contract/apology';
import { worksheetAnswersSchema } from '../../shared/contract/decide';
import { APOLOGY_DRAFT_KIND } from '../../shared/journey/apology';
import { DECIDE_WORKSHEET_KIND } from '../../shared/journey/decide-words';
import {
  HONEST_QUESTION_WORDS,
  HONEST_QUESTIONS,
  HONEST_REFLECTION_KIND,
  readHonestAnswers,
  type HonestReflectionAnswers,
} from '../../shared/journey/honest-reflection';
import { REFLECTION_KIND_LABELS } from '../../shared/journey/reflection-kinds';
import { REFLECTION_NOTE_HEADING } from '../journey-copy';
import { NO_ANSWER } from '../notes-copy';
import type { Voice } from '../voice';
import { ApologyDraftAnswers } from './ApologyDraftAnswers';
import { Lines } from './Lines';
import { WorksheetAnswers } from './WorksheetAnswers';

/** "rightReasons" and "right_reasons" both read "Right reasons". */
export function humanise(key: string): string {
  const words = key
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
    // A key names a thing, so "check in" is the noun: "Weekly check-in", as the app says it.
    .replace(/\bcheck in\b/g, 'check-in');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A kind of reflection in words: "Decide worksheet", or the stored key made readable. */
export function kindWords(kind: string): string {
  return REFLECTION_KIND_LABELS[kind] ?? humanise(kind);
}

/** A reflection's saved answers, whatever their shape, as text: lists, and keys made words. */
function SavedAnswers({
  value,
  voice,
  depth = 0,
}: {
  readonly value: unknown;
  readonly voice: Voice;
  readonly depth?: number;
}): ReactElement | string {
  if (value === null || value === undefined || value === '') {
    return <span className="muted">{NO_ANSWER}</span>;
  }
  if (typeof value === 'string') return <Lines text={voice.own(value)} />;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  // Deeper than any form the app has: said as saved rather than nested further.
  if (depth >= 4) return voice.own(JSON.stringify(value));
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    if (items.every((v) => typeof v !== 'object' || v === null)) {
      return items.map((v) => (typeof v === 'string' ? voice.own(v) : String(v))).join(', ');
    }
    return (
      <ul className="plain">
        {items.map((v, i) => (
          // Saved answers are read, never reordered: the place is the key.
          <li key={i}>
            <SavedAnswers value={v} voice={voice} depth={depth + 1} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') {
    return (
      <dl className="answers">
        {Object.entries(value).map(([k, v]) => (
          <Fragment key={k}>
            <dt>{voice.own(humanise(k))}</dt>
            <dd>
              <SavedAnswers value={v} voice={voice} depth={depth + 1} />
            </dd>
          </Fragment>
        ))}
      </dl>
    );
  }
  return '';
}

/**
 * An honest reflection as the person answered it: each question with the words of the choice they
 * picked (never a stored key such as "some_days"), and their note in their own words.
 */
function HonestAnswers({
  answers,
  voice,
}: {
  readonly answers: HonestReflectionAnswers;
  readonly voice: Voice;
}): ReactElement {
  return (
    <dl className="answers asked">
      {HONEST_QUESTIONS.map((q) => {
        const words: Readonly<Record<string, string>> = HONEST_QUESTION_WORDS[q].choices;
        return (
          <Fragment key={q}>
            <dt>{HONEST_QUESTION_WORDS[q].question}</dt>
            <dd>{words[answers[q]] ?? answers[q]}</dd>
          </Fragment>
        );
      })}
      {answers.note !== null && (
        <>
          <dt>{REFLECTION_NOTE_HEADING}</dt>
          <dd>
            <Lines text={voice.own(answers.note)} />
          </dd>
        </>
      )}
    </dl>
  );
}

/**
 * A reflection's answers in the words the app asked them with: the honest reflection, a Decide
 * worksheet and an apology draft each in their own words; any other kind, or answers this version
 * cannot read (a row edited by hand in an imported file), as saved.
 */
export function ReflectionAnswers({
  kind,
  answers,
  voice,
}: {
  readonly kind: string;
  readonly answers: unknown;
  readonly voice: Voice;
}): ReactElement {
  if (kind === HONEST_REFLECTION_KIND) {
    const honest = readHonestAnswers(answers);
    if (honest !== null) return <HonestAnswers answers={honest} voice={voice} />;
  }
  if (kind === DECIDE_WORKSHEET_KIND) {
    const worksheet = worksheetAnswersSchema.safeParse(answers);
    if (worksheet.success) return <WorksheetAnswers answers={worksheet.data} voice={voice} />;
  }
  if (kind === APOLOGY_DRAFT_KIND) {
    const draft = apologyAnswersSchema.safeParse(answers);
    if (draft.success) return <ApologyDraftAnswers draft={draft.data} voice={voice} />;
  }
  return <SavedAnswers value={answers} voice={voice} />;
}
