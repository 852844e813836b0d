import type { ReactElement } from 'react';
import type { ApologyAnswers } from '../../shared/contract/apology';
import {
  AFTER_APOLOGY_ANSWER,
  APOLOGY_PART_LABELS,
  APOLOGY_PARTS,
  APOLOGY_STATUS_GIVEN,
  answerSentence,
} from '../../shared/journey/apology';
import { longDate } from '../format';
import { DRAFT_WORDS } from '../journey-copy';
import type { Voice } from '../voice';
import { AnswerRow } from './AnswerRow';
import { Lines } from './Lines';

/** Where a draft stands: a draft, ready, or given and answered (with the day the answer came). */
function statusWords(draft: ApologyAnswers): string {
  const { outcome } = draft;
  if (outcome !== null) {
    const answered = DRAFT_WORDS.answered(answerSentence(outcome.answer), longDate(outcome.day));
    return `${APOLOGY_STATUS_GIVEN}. ${answered} ${AFTER_APOLOGY_ANSWER[outcome.answer]}`;
  }
  return draft.readyAt !== null ? DRAFT_WORDS.ready : DRAFT_WORDS.draft;
}

/**
 * An apology draft: where it stands, in words, then its three parts under their headings, in the
 * person's own words.
 */
export function ApologyDraftAnswers({
  draft,
  voice,
}: {
  readonly draft: ApologyAnswers;
  readonly voice: Voice;
}): ReactElement {
  return (
    <dl className="answers asked">
      <AnswerRow question={DRAFT_WORDS.status}>{statusWords(draft)}</AnswerRow>
      {APOLOGY_PARTS.map((part) => (
        <AnswerRow key={part} question={APOLOGY_PART_LABELS[part]}>
          {draft[part].trim() === '' ? (
            <span className="muted">{DRAFT_WORDS.notWritten}</span>
          ) : (
            <Lines text={voice.own(draft[part])} />
          )}
        </AnswerRow>
      ))}
    </dl>
  );
}
