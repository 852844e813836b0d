import type { ReactElement } from 'react';
import type { WorksheetAnswers as Answers } from '../../shared/contract/decide';
import { describeTarget, strengthPercent } from '../../shared/domain/habits';
import { PATH_LABELS } from '../../shared/domain/stages';
import { suggestPath } from '../../shared/journey/decide-rules';
import {
  CHANGE_NOTE_LABEL,
  CHANGES_LEGEND,
  DEAL_BREAKER_LABELS,
  DEAL_BREAKERS_LEGEND,
  FAULT_LABELS,
  FAULT_LEGEND,
  NO_CONTACT_LABELS,
  NO_CONTACT_LEGEND,
  NONE_OF_THESE,
  SAFETY_LABELS,
  SAFETY_LEGEND,
  WILLING_LABELS,
  WILLING_LEGEND,
} from '../../shared/journey/decide-words';
import { longDate } from '../format';
import { WORKSHEET_WORDS, evidenceWords } from '../journey-copy';
import type { Voice } from '../voice';
import { AnswerRow } from './AnswerRow';
import { Lines } from './Lines';

/** The habits picked as evidence, each as it stood the day it was picked. */
function Evidence({
  evidence,
  voice,
}: {
  readonly evidence: Answers['evidence'];
  readonly voice: Voice;
}): ReactElement {
  if (evidence.length === 0) {
    return <span className="muted">{WORKSHEET_WORDS.noHabitsPicked}</span>;
  }
  return (
    <ul className="plain">
      {evidence.map((e, i) => (
        // Kept in the order they were picked, never reordered: the place is the key.
        <li key={i}>
          <span className="own">{voice.own(e.name)}</span> (
          {describeTarget(e.kind, e.targetCount, e.period)}):{' '}
          {evidenceWords(
            e.kind,
            e.keptLately.hasStarted ? strengthPercent(e.strength) : null,
            e.keptLately,
            longDate(e.asOfDay),
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * A Decide worksheet as the person filled it in: each question with the words of the answer they
 * chose (never "them" or "incompatibility"), the habits picked with their evidence as it stood the
 * day they were picked, the note in their own words, what the worksheet suggested and the path
 * chosen, with its day.
 */
export function WorksheetAnswers({
  answers,
  voice,
}: {
  readonly answers: Answers;
  readonly voice: Voice;
}): ReactElement {
  const dealBreakers =
    answers.dealBreakers === null
      ? null
      : answers.dealBreakers.length === 0
        ? NONE_OF_THESE
        : answers.dealBreakers.map((d) => DEAL_BREAKER_LABELS[d]).join(', ');
  const suggested = suggestPath(answers).path;
  const chosen = answers.choice;
  const hasNote = answers.changeNote !== null && answers.changeNote.trim() !== '';
  return (
    <dl className="answers asked">
      {/* Safety is asked first in the app, so it is read first here too. */}
      <AnswerRow question={SAFETY_LEGEND}>
        {answers.safety === null ? null : SAFETY_LABELS[answers.safety]}
      </AnswerRow>
      {/* Only when answered: worksheets kept before it was asked have no answer. */}
      {answers.askedNoContact !== null && (
        <AnswerRow question={NO_CONTACT_LEGEND}>
          {NO_CONTACT_LABELS[answers.askedNoContact]}
        </AnswerRow>
      )}
      <AnswerRow question={FAULT_LEGEND}>
        {answers.fault === null ? null : FAULT_LABELS[answers.fault]}
      </AnswerRow>
      <AnswerRow question={DEAL_BREAKERS_LEGEND}>{dealBreakers}</AnswerRow>
      {/* Asked only when both were at fault; shown whenever it was answered. */}
      {(answers.fault === 'both' || answers.willingToTalk !== null) && (
        <AnswerRow question={WILLING_LEGEND}>
          {answers.willingToTalk === null ? null : WILLING_LABELS[answers.willingToTalk]}
        </AnswerRow>
      )}
      <AnswerRow question={CHANGES_LEGEND}>
        <Evidence evidence={answers.evidence} voice={voice} />
      </AnswerRow>
      {hasNote && answers.changeNote !== null && (
        <AnswerRow question={CHANGE_NOTE_LABEL}>
          <Lines text={voice.own(answers.changeNote)} />
        </AnswerRow>
      )}
      <AnswerRow question={WORKSHEET_WORDS.suggested}>
        {suggested === null ? WORKSHEET_WORDS.suggestedNeither : PATH_LABELS[suggested]}
      </AnswerRow>
      <AnswerRow question={WORKSHEET_WORDS.pathChosen}>
        {chosen === null
          ? WORKSHEET_WORDS.noPathChosen
          : WORKSHEET_WORDS.chosenOn(PATH_LABELS[chosen.path], longDate(chosen.day))}
      </AnswerRow>
    </dl>
  );
}
