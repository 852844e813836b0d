import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useApi } from '../../../api/api-context';
import { useQuery } from '../../../api/use-query';
import { useToday } from '../../../app/clock';
import { ReadFailure } from '../../../app/read-failure';
// The Journey screen shows the message line (and its Undo) above whichever part is open.
import { useUndo } from '../../../app/undo';
import {
  ChoiceGroup,
  Field,
  FormMessage,
  TextField,
  checkRequest,
  choicesOf,
  useFormErrors,
  type FieldMap,
} from '../../../forms';
import {
  APOLOGY_ANSWER_LABELS,
  APOLOGY_ANSWERS,
  APOLOGY_PART_MAX,
  APOLOGY_PARTS,
  insertSentence,
  missingParts,
  type ApologyAnswer,
  type ApologyPart as PartName,
  type ApologyParts,
} from '../../../../src-main/shared/journey/apology';
import type {
  ApologyDraft,
  CommunicationEntry,
  EvidenceSentenceOutput,
} from '../../../../src-main/shared/ipc-contract';
import type { JourneyPartProps } from '../journey-part';
import * as copy from './apology-copy';
import './apology.css';

const EMPTY_PARTS: ApologyParts = { owning: '', changes: '', tryAgain: '' };
const PART_FIELDS: FieldMap<PartName> = {
  owning: 'owning',
  changes: 'changes',
  tryAgain: 'tryAgain',
};
const OUTCOME_FIELDS: FieldMap<'answer' | 'day'> = { answer: 'answer', day: 'day' };
const ANSWER_CHOICES = choicesOf(APOLOGY_ANSWERS, APOLOGY_ANSWER_LABELS);
const NO_DRAFTS: readonly ApologyDraft[] = [];

/** A draft's name: its day, and its place among that day's drafts when there are several. */
function nameOf(draft: ApologyDraft, drafts: readonly ApologyDraft[]): string {
  const sameDay = drafts
    .filter((d) => d.day === draft.day)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  if (sameDay.length === 1) return copy.draftName(draft.day);
  return copy.numberedDraftName(sameDay.indexOf(draft) + 1, draft.day);
}

function partsOf(draft: ApologyDraft): ApologyParts {
  return { owning: draft.owning, changes: draft.changes, tryAgain: draft.tryAgain };
}

/**
 * The Apologize builder (issue 9, item 6): the article's three parts, each its own field, with
 * sentences from the person's own habits to insert into Part 2; every draft kept and listed; the
 * rehearsals logged on the Communication screen; and the answer to a draft that was given, with
 * the suggested move offered as one plain button, never forced.
 */
export function ApologyPart({ stage, onStageChanged }: JourneyPartProps) {
  const api = useApi();
  const { offerUndo, announce } = useUndo();
  const { day: today, timeZone } = useToday();
  const list = useQuery(`apology:list:${today}`, (a) => a.call('apology:list', { day: today }));
  const drafts = list.data?.drafts ?? NO_DRAFTS;

  const [editing, setEditing] = useState<ApologyDraft | null>(null);
  const [basedOn, setBasedOn] = useState<ApologyDraft | null>(null);
  const [parts, setParts] = useState<ApologyParts>(EMPTY_PARTS);
  const [isSaving, setIsSaving] = useState(false);
  const [isUnfolded, setIsUnfolded] = useState(false);
  const errors = useFormErrors(PART_FIELDS);
  const formTitleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

  function startWith(next: ApologyParts, draft: ApologyDraft | null, from: ApologyDraft | null) {
    setEditing(draft);
    setBasedOn(from);
    setParts(next);
    errors.setError(null);
    formTitleRef.current?.focus();
  }

  async function save(markReady: boolean) {
    const input = {
      id: editing?.id ?? null,
      ...parts,
      basedOnId: editing ? null : (basedOn?.id ?? null),
      markReady,
      timeZone,
    };
    const problem = checkRequest('apology:save', input);
    if (problem) {
      errors.setError(problem);
      return;
    }
    setIsSaving(true);
    const result = await api.call('apology:save', input);
    setIsSaving(false);
    if (!result.ok) {
      errors.setError(result.error);
      // The draft was deleted meanwhile: the words become a new draft, which the next save keeps.
      if (result.error.code === 'not_found' && editing) setEditing(null);
      // The draft it started from is gone: the next save keeps the words as a draft of their own.
      if (result.error.code === 'not_found' && result.error.field === 'basedOnId') setBasedOn(null);
      return;
    }
    errors.setError(null);
    const { draft, previous } = result.value;
    setEditing(draft);
    setBasedOn(null);
    const message = markReady
      ? copy.SAVED_READY
      : previous?.readyAt && !draft.readyAt
        ? copy.SAVED_NO_LONGER_READY
        : copy.SAVED;
    offerUndo({
      message,
      undo: async () => {
        if (previous) {
          const restored = await api.call('apology:restore', { draft: previous, moveId: null });
          if (!restored.ok) return restored.error.message;
          startWith(partsOf(restored.value), restored.value, null);
          return null;
        }
        const removed = await api.call('apology:delete', { id: draft.id });
        if (!removed.ok) return removed.error.message;
        // The words stay in the form as a new, unsaved draft.
        setEditing(null);
        return null;
      },
    });
  }

  async function remove(draft: ApologyDraft) {
    const result = await api.call('apology:delete', { id: draft.id });
    if (!result.ok) {
      announce(result.error.message);
      return;
    }
    if (editing?.id === draft.id) startWith(EMPTY_PARTS, null, null);
    offerUndo({
      message: copy.DELETED,
      undo: async () => {
        const restored = await api.call('apology:restore', { draft: result.value, moveId: null });
        return restored.ok ? null : restored.error.message;
      },
    });
  }

  function recorded(previous: ApologyDraft, answer: ApologyAnswer, moveId: number | null) {
    if (moveId !== null) onStageChanged();
    if (editing?.id === previous.id) startWith(EMPTY_PARTS, null, null);
    // A new answer is what the part opens on again, even after an earlier "Write a new draft".
    setIsUnfolded(false);
    offerUndo({
      message: copy.recorded(answer, moveId !== null),
      undo: async () => {
        const restored = await api.call('apology:restore', { draft: previous, moveId });
        if (moveId !== null) onStageChanged();
        return restored.ok ? null : restored.error.message;
      },
    });
  }

  // "Write a new draft" replaces the card that held the focus: the focus goes to the new form.
  useEffect(() => {
    if (isUnfolded) formTitleRef.current?.focus();
  }, [isUnfolded]);

  const isReady = editing?.readyAt != null;
  // Once the newest draft has its answer, the part opens on that answer rather than on an empty
  // form inviting another apology; writing again is one click away, and any draft opened or
  // started from unfolds the form.
  const newest = drafts[0];
  const isFormInUse = editing !== null || basedOn !== null || missingParts(parts).length < 3;
  const isFolded = !isUnfolded && !isFormInUse && newest?.outcome != null;
  const note = copy.stageNote(stage.current.stage);
  // Once the newest draft's answer is "not now" or "no", nothing on the part points to another try.
  const isAfterNo = isFolded && newest?.outcome != null && newest.outcome.answer !== 'yes';
  return (
    <section className="apology" aria-labelledby={`${titleId}-title`}>
      <h2 id={`${titleId}-title`}>{copy.TITLE}</h2>
      {!isFolded && (
        <>
          <p>{copy.LEAD}</p>
          <p className="muted apology-intro">{copy.INTRO}</p>
        </>
      )}
      {note && <p className="apology-stage-note">{note}</p>}
      <ReadFailure
        what={copy.DRAFTS_UNREAD}
        instead={copy.DRAFTS_UNREAD_INSTEAD}
        message={list.error}
      />

      {isFolded && newest?.outcome && (
        <AfterAnswer answer={newest.outcome.answer} onWriteAgain={() => setIsUnfolded(true)} />
      )}
      {!isFolded && (
        <p className="apology-safety" role="note">
          {copy.SAFETY_NOTE} <a href={copy.SAFETY_HREF}>{copy.SAFETY_LINK}</a>
        </p>
      )}
      {!isFolded && (
        <form
          className="card apology-form"
          aria-labelledby={`${titleId}-form`}
          onSubmit={(e) => {
            e.preventDefault();
            void save(false);
          }}
        >
          <h3 id={`${titleId}-form`} ref={formTitleRef} tabIndex={-1}>
            {editing ? copy.draftTitle(editing.day) : copy.NEW_DRAFT_TITLE}
          </h3>
          {basedOn && <p className="muted">{copy.startedFrom(basedOn.day)}</p>}
          {isReady && <p className="apology-ready-note">{copy.READY_NOTE}</p>}
          {APOLOGY_PARTS.map((part) => (
            <div key={part} className="apology-part">
              <TextField
                label={copy.PART_LABELS[part]}
                hint={copy.PART_PROMPTS[part]}
                error={errors.errorOf(part)}
                max={APOLOGY_PART_MAX}
                rows={5}
                spellCheck
                value={parts[part]}
                onChange={(text) => setParts((p) => ({ ...p, [part]: text }))}
              />
              {part === 'changes' && (
                <Evidence
                  sentences={list.data?.evidence}
                  text={parts.changes}
                  onInsert={(sentence) =>
                    setParts((p) => ({ ...p, changes: insertSentence(p.changes, sentence) }))
                  }
                />
              )}
            </div>
          ))}
          <FormMessage message={errors.general} />
          <p className="muted apology-not-sending">{copy.NOT_SENDING}</p>
          <div className="actions">
            <button type="submit" className="button" disabled={isSaving}>
              {isSaving ? copy.SAVING : copy.SAVE}
            </button>
            <button
              type="button"
              className="button primary"
              disabled={isSaving}
              onClick={() => void save(true)}
            >
              {copy.SAVE_READY}
            </button>
            {(editing || basedOn) && (
              <button
                type="button"
                className="button quiet"
                onClick={() => startWith(EMPTY_PARTS, null, null)}
              >
                {copy.START_NEW}
              </button>
            )}
          </div>
        </form>
      )}

      <div className="card apology-drafts">
        <h3>{copy.DRAFTS_TITLE}</h3>
        {list.isLoaded && !list.error && drafts.length === 0 && (
          <p className="muted">{copy.DRAFTS_NONE}</p>
        )}
        {list.data?.unreadable.map((row) => (
          <p key={row.id} className="field-error" role="alert">
            {copy.unreadableDraft(row.day)}
          </p>
        ))}
        <ul className="apology-draft-list">
          {drafts.map((draft) => (
            <DraftItem
              key={draft.id}
              draft={draft}
              earlier={drafts.find((d) => d.id === draft.basedOnId) ?? null}
              name={nameOf(draft, drafts)}
              isOpen={editing?.id === draft.id}
              today={today}
              timeZone={timeZone}
              onOpen={() => startWith(partsOf(draft), draft, null)}
              onNewFrom={() => {
                startWith(partsOf(draft), null, draft);
                announce(copy.OPENED_COPY);
              }}
              onDelete={() => void remove(draft)}
              onRecorded={recorded}
            />
          ))}
        </ul>
        {isAfterNo && (
          <div className="apology-write-for-yourself">
            <p className="muted">{copy.WRITE_FOR_YOURSELF}</p>
            <button type="button" className="button quiet" onClick={() => setIsUnfolded(true)}>
              {copy.START_NEW}
            </button>
          </div>
        )}
      </div>

      <Rehearsals
        entries={list.data?.rehearsals}
        total={list.data?.rehearsalCount}
        isAfterNo={isAfterNo}
      />
    </section>
  );
}

function AfterAnswer({
  answer,
  onWriteAgain,
}: {
  readonly answer: ApologyAnswer;
  readonly onWriteAgain: () => void;
}) {
  const link = copy.AFTER_ANSWER_LINK[answer];
  // After a "not now" or a "no" the next step offered is never another apology: respecting the
  // answer is said plainly, and the drafts list keeps a quiet way to write for oneself.
  return (
    <div className="card apology-after">
      <h3>{copy.AFTER_ANSWER_TITLE[answer]}</h3>
      <p>{copy.AFTER_ANSWER_WORDS[answer]}</p>
      {answer !== 'yes' && (
        <>
          <p>{copy.RESPECTING[answer]}</p>
          <p className="muted">{copy.DRAFTS_STAY}</p>
        </>
      )}
      <div className="actions">
        <a className="button primary" href={link.href}>
          {link.label}
        </a>
        {answer === 'yes' && (
          <button type="button" className="button quiet" onClick={onWriteAgain}>
            {copy.WRITE_AGAIN}
          </button>
        )}
      </div>
    </div>
  );
}

function Evidence({
  sentences,
  text,
  onInsert,
}: {
  readonly sentences: readonly EvidenceSentenceOutput[] | undefined;
  /** Part 2 as it stands: a sentence already in it is not offered twice. */
  readonly text: string;
  readonly onInsert: (sentence: string) => void;
}) {
  if (sentences === undefined) return null;
  return (
    <div className="apology-evidence" role="group" aria-label={copy.EVIDENCE_TITLE}>
      <p className="apology-evidence-title">{copy.EVIDENCE_TITLE}</p>
      {sentences.length === 0 ? (
        <p className="muted">{copy.EVIDENCE_NONE}</p>
      ) : (
        <>
          <p className="muted">{copy.EVIDENCE_HINT}</p>
          <ul>
            {sentences.map((s) => (
              <li key={s.habitId}>
                <span>
                  {s.sentence}
                  <span className="muted apology-evidence-detail">
                    {copy.forYou(s.detail, s.isArchived)}
                  </span>
                </span>
                {text.includes(s.sentence) ? (
                  <button
                    type="button"
                    className="button"
                    aria-label={copy.insertedName(s.sentence)}
                    disabled
                  >
                    {copy.INSERTED}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button"
                    aria-label={copy.insertName(s.sentence)}
                    onClick={() => onInsert(s.sentence)}
                  >
                    {copy.INSERT}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

interface DraftItemProps {
  readonly draft: ApologyDraft;
  readonly earlier: ApologyDraft | null;
  /** "Draft of …", numbered when another draft shares its day, so each has its own name. */
  readonly name: string;
  readonly isOpen: boolean;
  readonly today: string;
  readonly timeZone: string;
  readonly onOpen: () => void;
  readonly onNewFrom: () => void;
  readonly onDelete: () => void;
  readonly onRecorded: (
    previous: ApologyDraft,
    answer: ApologyAnswer,
    moveId: number | null,
  ) => void;
}

function DraftItem(props: DraftItemProps) {
  const { draft, earlier, name, isOpen, onOpen, onNewFrom, onDelete } = props;
  const [isGiven, setIsGiven] = useState(false);
  const outcomeTitleRef = useRef<HTMLParagraphElement>(null);
  const gaveItRef = useRef<HTMLButtonElement>(null);
  const wasGiven = useRef(false);
  // "I have not given it yet" removes the button that held the focus: it returns to "I gave this
  // apology", where it came from.
  useEffect(() => {
    if (wasGiven.current && !isGiven) gaveItRef.current?.focus();
    wasGiven.current = isGiven;
  }, [isGiven]);
  // After a "not now" or a "no", a new draft from the one given is not offered as a next step.
  const isRespectingAnswer = draft.outcome != null && draft.outcome.answer !== 'yes';
  const status = draft.outcome
    ? copy.STATUS_GIVEN
    : draft.readyAt
      ? copy.STATUS_READY
      : copy.STATUS_DRAFT;
  return (
    <li className={isOpen ? 'apology-draft open' : 'apology-draft'} aria-label={name}>
      <p className="apology-draft-line">
        <strong>{name}</strong> <span className="chip">{status}</span>
      </p>
      {earlier && <p className="muted">{copy.startedFrom(earlier.day)}</p>}
      {draft.outcome && (
        <>
          <p>
            {copy.answeredOn(draft.outcome.answer, draft.outcome.day)}{' '}
            {copy.AFTER_ANSWER[draft.outcome.answer]}
          </p>
          <details>
            <summary>{copy.READ_WORDS}</summary>
            {APOLOGY_PARTS.map((part) => (
              <div key={part} className="apology-given-part">
                <p className="muted">{copy.PART_LABELS[part]}</p>
                <p className="apology-given-text">{draft[part]}</p>
              </div>
            ))}
          </details>
        </>
      )}
      <div className="actions">
        {!draft.outcome && (
          <button type="button" className="button" onClick={onOpen} disabled={isOpen}>
            {copy.OPEN}
          </button>
        )}
        {!isRespectingAnswer && (
          <button type="button" className="button" onClick={onNewFrom}>
            {copy.NEW_FROM}
          </button>
        )}
        {draft.readyAt && !draft.outcome && !isGiven && (
          <button type="button" className="button" ref={gaveItRef} onClick={() => setIsGiven(true)}>
            {copy.GAVE_IT}
          </button>
        )}
        <button type="button" className="button quiet" onClick={onDelete}>
          {copy.DELETE}
        </button>
      </div>
      {draft.readyAt && !draft.outcome && isGiven && (
        <OutcomeForm {...props} titleRef={outcomeTitleRef} onNotGiven={() => setIsGiven(false)} />
      )}
    </li>
  );
}

interface OutcomeFormProps extends DraftItemProps {
  readonly titleRef: RefObject<HTMLParagraphElement | null>;
  /** Folds the form away again: pressed "I gave this apology" too soon. */
  readonly onNotGiven: () => void;
}

function OutcomeForm({
  draft,
  today,
  timeZone,
  onRecorded,
  titleRef,
  onNotGiven,
}: OutcomeFormProps) {
  const api = useApi();
  const [answer, setAnswer] = useState<ApologyAnswer | ''>('');
  const [day, setDay] = useState(today);
  const [isSaving, setIsSaving] = useState(false);
  const errors = useFormErrors(OUTCOME_FIELDS);
  const titleId = useId();
  // The button that opened the form is gone: the focus goes to the form's title.
  useEffect(() => titleRef.current?.focus(), [titleRef]);

  async function record(move: boolean) {
    if (answer === '') {
      errors.setError({
        code: 'invalid_input',
        message: 'Choose what they said: yes, not now or no.',
        field: 'answer',
      });
      return;
    }
    const input = { id: draft.id, answer, day, timeZone, move };
    const problem = checkRequest('apology:outcome', input);
    if (problem) {
      errors.setError(problem);
      return;
    }
    setIsSaving(true);
    const result = await api.call('apology:outcome', input);
    setIsSaving(false);
    if (!result.ok) {
      errors.setError(result.error);
      return;
    }
    onRecorded(result.value.previous, answer, result.value.move?.id ?? null);
  }

  return (
    <div className="apology-outcome" role="group" aria-labelledby={titleId}>
      <p className="apology-outcome-title" id={titleId} ref={titleRef} tabIndex={-1}>
        {copy.OUTCOME_TITLE}
      </p>
      <p className="muted">{copy.OUTCOME_HINT}</p>
      <ChoiceGroup
        legend={copy.ANSWER_LEGEND}
        choices={ANSWER_CHOICES}
        value={answer}
        onChange={setAnswer}
        error={errors.errorOf('answer')}
      />
      <Field label={copy.ANSWER_DAY} error={errors.errorOf('day')}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={day}
            max={today}
            onChange={(e) => setDay(e.target.value)}
          />
        )}
      </Field>
      {answer !== '' && (
        <>
          <p className="apology-answer-words">{copy.ANSWER_WORDS_BEFORE[answer]}</p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={isSaving}
              onClick={() => void record(true)}
            >
              {copy.recordAndMove(answer)}
            </button>
            <button
              type="button"
              className="button"
              disabled={isSaving}
              onClick={() => void record(false)}
            >
              {copy.RECORD_ONLY}
            </button>
          </div>
          <p className="muted">{copy.MOVE_IS_YOURS}</p>
        </>
      )}
      <FormMessage message={errors.general} />
      <div className="actions">
        <button type="button" className="button quiet" onClick={onNotGiven}>
          {copy.NOT_GIVEN_YET}
        </button>
      </div>
    </div>
  );
}

function Rehearsals({
  entries,
  total,
  isAfterNo,
}: {
  readonly entries: readonly CommunicationEntry[] | undefined;
  /** All of them, the ones not listed included: only the newest are read. */
  readonly total: number | undefined;
  /** After a "not now" or a "no": practice is for every conversation, not for asking again. */
  readonly isAfterNo: boolean;
}) {
  return (
    <div className="card apology-rehearsals">
      <h3>{copy.REHEARSALS_TITLE}</h3>
      <p className="muted">{isAfterNo ? copy.REHEARSALS_HINT_AFTER_NO : copy.REHEARSALS_HINT}</p>
      <p>
        <a className="button" href={copy.LOG_REHEARSAL_HREF}>
          {copy.LOG_REHEARSAL}
        </a>
      </p>
      {entries !== undefined && entries.length === 0 && (
        <p className="muted">{copy.REHEARSALS_NONE}</p>
      )}
      {entries !== undefined && entries.length > 0 && (
        <ul className="apology-rehearsal-list">
          {entries.map((entry) => {
            const went = copy.rehearsalWent(entry.selfRating, entry.outcome);
            return (
              <li key={entry.id}>
                <strong>{copy.rehearsalDay(entry.day)}</strong>
                <span> · {copy.rehearsalWith(entry.counterpart)}</span>
                {went && <span className="muted"> · {went}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {entries !== undefined && total !== undefined && total > entries.length && (
        <p className="muted">{copy.rehearsalsNotListed(entries.length, total)}</p>
      )}
    </div>
  );
}
