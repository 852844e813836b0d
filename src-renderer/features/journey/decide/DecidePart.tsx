import { useId, useRef, useState, type Ref } from 'react';
import { useApi } from '../../../api/api-context';
import { useQuery } from '../../../api/use-query';
import { useToday } from '../../../app/clock';
import { ReadFailure } from '../../../app/read-failure';
import { useUndo } from '../../../app/undo';
import {
  checkRequest,
  ChoiceGroup,
  choicesOf,
  FieldError,
  FormMessage,
  NOTE_HINT,
  placeError,
  TextField,
  useFormErrors,
  type FieldMap,
} from '../../../forms';
import { strengthPercent } from '../../../../src-main/shared/domain/habits';
import { PATHS, type JourneyPath } from '../../../../src-main/shared/domain/stages';
import {
  DEAL_BREAKERS,
  FAULTS,
  NO_CONTACT_ANSWERS,
  SAFETY_ANSWERS,
  suggestPath,
  WILLINGNESS,
  type DealBreaker,
  type DecideAnswers,
  type Fault,
  type HabitEvidence,
  type NoContactAnswer,
  type SafetyAnswer,
  type Willingness,
} from '../../../../src-main/shared/journey/decide-rules';
import {
  DECIDE_NOTE_MAX,
  type ChannelInput,
  type HabitSummary,
  type Worksheet,
} from '../../../../src-main/shared/ipc-contract';
import type { AppError } from '../../../../src-main/shared/result';
import { keptLatelyWords, strengthWords } from '../../habits/habits-copy';
import type { JourneyPartProps } from '../journey-part';
import * as copy from './decide-copy';
import './decide.css';

type FormField =
  | 'safety'
  | 'askedNoContact'
  | 'fault'
  | 'dealBreakers'
  | 'willingToTalk'
  | 'habits'
  | 'changeNote';

/** Where each of the contract's fields shows its refusal; `id`, `day`, `path` are general. */
const FIELDS: FieldMap<FormField> = {
  safety: 'safety',
  askedNoContact: 'askedNoContact',
  fault: 'fault',
  dealBreakers: 'dealBreakers',
  willingToTalk: 'willingToTalk',
  changedHabitIds: 'habits',
  changeNote: 'changeNote',
};

const NO_WORKSHEETS: readonly Worksheet[] = [];

/** What the form holds while the person writes; '' and null are "not answered yet". */
interface Draft {
  readonly safety: SafetyAnswer | '';
  readonly askedNoContact: NoContactAnswer | '';
  readonly fault: Fault | '';
  /** Null: not answered. Empty: "None of these". */
  readonly dealBreakers: readonly DealBreaker[] | null;
  readonly willingToTalk: Willingness | '';
  readonly habitIds: readonly number[];
  readonly changeNote: string;
}

const EMPTY_DRAFT: Draft = {
  safety: '',
  askedNoContact: '',
  fault: '',
  dealBreakers: null,
  willingToTalk: '',
  habitIds: [],
  changeNote: '',
};

function draftOf(worksheet: Worksheet | null): Draft {
  if (!worksheet) return EMPTY_DRAFT;
  return {
    safety: worksheet.safety ?? '',
    askedNoContact: worksheet.askedNoContact ?? '',
    fault: worksheet.fault ?? '',
    dealBreakers: worksheet.dealBreakers,
    willingToTalk: worksheet.willingToTalk ?? '',
    habitIds: worksheet.evidence.map((evidence) => evidence.habitId),
    changeNote: worksheet.changeNote ?? '',
  };
}

/** The request the draft makes: the willingness question counts only when both were at fault. */
function saveInput(
  draft: Draft,
  worksheet: Worksheet | null,
  today: string,
): ChannelInput<'worksheet:save'> {
  return {
    id: worksheet?.id ?? null,
    day: today,
    safety: draft.safety === '' ? null : draft.safety,
    askedNoContact: draft.askedNoContact === '' ? null : draft.askedNoContact,
    fault: draft.fault === '' ? null : draft.fault,
    dealBreakers: draft.dealBreakers,
    willingToTalk:
      draft.fault === 'both' && draft.willingToTalk !== '' ? draft.willingToTalk : null,
    changedHabitIds: draft.habitIds,
    changeNote: draft.changeNote,
  };
}

/** A habit's evidence from its summary, as the main process will keep it if saved today. */
function evidenceOf(habit: HabitSummary, today: string): HabitEvidence {
  return {
    habitId: habit.id,
    name: habit.name,
    kind: habit.kind,
    targetCount: habit.targetCount,
    period: habit.period,
    asOfDay: today,
    strength: habit.strength,
    keptLately: habit.keptLately,
  };
}

/** "62% strength · Kept on 19 of the last 28 days.", worded as the Habits screen words it. */
function evidenceWords(evidence: HabitEvidence): string {
  const strength = strengthWords(
    evidence,
    strengthPercent(evidence.strength),
    evidence.keptLately.hasStarted,
  );
  return `${strength} · ${keptLatelyWords(evidence.kind, evidence.keptLately)}`;
}

/** One line per habit that can be picked: kept evidence first wins over today's reading. */
interface HabitOption {
  readonly evidence: HabitEvidence;
  /** True when this is what the worksheet kept (said "As of …"), not today's reading. */
  readonly isKept: boolean;
  readonly isArchived: boolean;
}

function habitOptions(
  worksheet: Worksheet | null,
  habits: readonly HabitSummary[],
  today: string,
): HabitOption[] {
  const kept = new Map((worksheet?.evidence ?? []).map((e) => [e.habitId, e]));
  const options: HabitOption[] = habits
    .filter((habit) => habit.archivedAt === null)
    .map((habit) => {
      const earlier = kept.get(habit.id);
      return earlier
        ? { evidence: earlier, isKept: true, isArchived: false }
        : { evidence: evidenceOf(habit, today), isKept: false, isArchived: false };
    });
  const listed = new Set(options.map((option) => option.evidence.habitId));
  for (const evidence of worksheet?.evidence ?? []) {
    if (!listed.has(evidence.habitId)) options.push({ evidence, isKept: true, isArchived: true });
  }
  return options;
}

/** The Decide part of the Journey screen: the worksheet, its suggestion, the choice, the list. */
export function DecidePart({ onStageChanged }: JourneyPartProps) {
  const api = useApi();
  const { offerUndo, announce } = useUndo();
  const { day: today } = useToday();
  const worksheets = useQuery('worksheet:list', (a) => a.call('worksheet:list', {}));
  const habits = useQuery(`habit:list:${today}`, (a) => a.call('habit:list', { day: today }));
  // null: the newest kept worksheet (or a new one when there is none); 'new': a fresh one.
  const [openId, setOpenId] = useState<number | 'new' | null>(null);
  const [newKey, setNewKey] = useState(0);

  const list = worksheets.data ?? NO_WORKSHEETS;
  const open =
    openId === 'new'
      ? null
      : openId === null
        ? (list[0] ?? null)
        : (list.find((worksheet) => worksheet.id === openId) ?? null);

  async function remove(worksheet: Worksheet): Promise<void> {
    const result = await api.call('worksheet:delete', { id: worksheet.id });
    if (!result.ok) {
      announce(result.error.message);
      return;
    }
    const deleted = result.value;
    if (open?.id === worksheet.id) setOpenId(null);
    offerUndo({
      message: copy.DELETED,
      undo: async () => {
        const restored = await api.call('worksheet:restore', deleted);
        return restored.ok ? null : restored.error.message;
      },
    });
  }

  function startNew() {
    setOpenId('new');
    setNewKey((k) => k + 1);
  }

  return (
    <section aria-labelledby="decide-title" className="decide">
      <h2 id="decide-title">{copy.TITLE}</h2>
      <p className="lead">{copy.LEAD}</p>
      <ReadFailure
        what={copy.WORKSHEETS_UNREAD}
        instead={copy.WORKSHEETS_UNREAD_INSTEAD}
        message={worksheets.error}
      />
      {worksheets.isLoaded && (
        <WorksheetForm
          key={open ? `kept-${open.id}-${open.updatedAt}` : `new-${newKey}`}
          worksheet={open}
          habits={habits.data ?? []}
          habitsError={habits.error}
          isHabitsLoaded={habits.isLoaded}
          onSaved={(saved) => setOpenId(saved.id)}
          onChosen={(saved) => {
            setOpenId(saved.id);
            onStageChanged();
          }}
          onUnchosen={onStageChanged}
        />
      )}
      <WorksheetList
        worksheets={list}
        openId={open?.id ?? null}
        onOpen={(worksheet) => setOpenId(worksheet.id)}
        onDelete={(worksheet) => void remove(worksheet)}
        onStartNew={startNew}
        isNewOpen={open === null}
      />
    </section>
  );
}

interface WorksheetFormProps {
  readonly worksheet: Worksheet | null;
  readonly habits: readonly HabitSummary[];
  readonly habitsError: string | null;
  readonly isHabitsLoaded: boolean;
  readonly onSaved: (worksheet: Worksheet) => void;
  readonly onChosen: (worksheet: Worksheet) => void;
  readonly onUnchosen: () => void;
}

function WorksheetForm({
  worksheet,
  habits,
  habitsError,
  isHabitsLoaded,
  onSaved,
  onChosen,
  onUnchosen,
}: WorksheetFormProps) {
  const api = useApi();
  const { offerUndo } = useUndo();
  const { day: today, timeZone } = useToday();
  const [draft, setDraft] = useState<Draft>(() => draftOf(worksheet));
  const [isBusy, setIsBusy] = useState(false);
  const errors = useFormErrors(FIELDS);
  const titleId = useId();
  const safetyRef = useRef<HTMLInputElement>(null);
  const noContactRef = useRef<HTMLInputElement>(null);
  const faultRef = useRef<HTMLInputElement>(null);
  const dealBreakersRef = useRef<HTMLButtonElement>(null);

  const options = habitOptions(worksheet, habits, today);
  const picked = new Set(draft.habitIds);
  const answers: DecideAnswers = {
    safety: draft.safety === '' ? null : draft.safety,
    askedNoContact: draft.askedNoContact === '' ? null : draft.askedNoContact,
    fault: draft.fault === '' ? null : draft.fault,
    dealBreakers: draft.dealBreakers,
    willingToTalk:
      draft.fault === 'both' && draft.willingToTalk !== '' ? draft.willingToTalk : null,
    evidence: options.filter((o) => picked.has(o.evidence.habitId)).map((o) => o.evidence),
    changeNote: draft.changeNote.trim() === '' ? null : draft.changeNote,
  };
  const suggestion = suggestPath(answers);

  function change(next: Partial<Draft>) {
    setDraft((previous) => ({ ...previous, ...next }));
    // An answer given makes a refusal about the answers out of date; the next press checks again.
    if (errors.hasError) errors.setError(null);
  }

  /** Puts a changed worksheet back as it was, for Undo after a save of changes. */
  async function putBack(previous: Worksheet): Promise<string | null> {
    const removed = await api.call('worksheet:delete', { id: previous.id });
    if (!removed.ok) return removed.error.message;
    const restored = await api.call('worksheet:restore', previous);
    return restored.ok ? null : restored.error.message;
  }

  async function run(send: () => Promise<AppError | null>) {
    setIsBusy(true);
    const problem = await send();
    setIsBusy(false);
    errors.setError(problem);
    // A refusal of a choice names the question to answer; the keyboard goes to it.
    const field = placeError(problem, FIELDS)?.field;
    if (field === 'safety') safetyRef.current?.focus();
    if (field === 'askedNoContact') noContactRef.current?.focus();
    if (field === 'fault') faultRef.current?.focus();
    if (field === 'dealBreakers') dealBreakersRef.current?.focus();
  }

  const save = () =>
    run(async () => {
      const input = saveInput(draft, worksheet, today);
      const problem = checkRequest('worksheet:save', input);
      if (problem) return problem;
      const result = await api.call('worksheet:save', input);
      if (!result.ok) return result.error;
      const saved = result.value;
      const previous = worksheet;
      offerUndo({
        message: copy.SAVED,
        undo: async () => {
          if (previous) return putBack(previous);
          const removed = await api.call('worksheet:delete', { id: saved.id });
          return removed.ok ? null : removed.error.message;
        },
      });
      onSaved(saved);
      return null;
    });

  const choose = (path: JourneyPath) =>
    run(async () => {
      const input: ChannelInput<'worksheet:choose'> = {
        ...saveInput(draft, worksheet, today),
        timeZone,
        path,
      };
      const problem = checkRequest('worksheet:choose', input);
      if (problem) return problem;
      const result = await api.call('worksheet:choose', input);
      if (!result.ok) return result.error;
      const chosen = result.value;
      offerUndo({
        message: copy.chosenMessage(path),
        undo: async () => {
          const undone = await api.call('worksheet:unchoose', { id: chosen.id });
          if (undone.ok) onUnchosen();
          return undone.ok ? null : undone.error.message;
        },
      });
      onChosen(chosen);
      return null;
    });

  const isSafetyFirst = suggestion.isSafetyFirst;
  // After something unsafe (or "not sure"), no more questions to get through: a question shows
  // only if it was answered already, so nothing kept is hidden.
  const shows = (isAnswered: boolean) => !isSafetyFirst || isAnswered;

  // Safety first: when something unsafe is named, what to do about it comes right under that
  // answer, before any other question.
  const suggestionBox = (
    <section className={`decide-suggestion${isSafetyFirst ? ' safety' : ''}`}>
      <h4>{isSafetyFirst ? copy.SAFETY_TITLE : copy.SUGGESTION_TITLE}</h4>
      <p>{copy.SUGGESTION_WORDS[suggestion.reason]}</p>
      {isSafetyFirst && (
        <>
          <p>{copy.NOT_YOUR_FAULT}</p>
          <p>
            <a className="button primary" href={copy.SAFETY_HREF}>
              {copy.SAFETY_LINK}
            </a>
          </p>
          <p className="muted">{copy.SAFETY_NOTE}</p>
          <p className="muted">
            {worksheet ? copy.SAVED_ON_THIS_COMPUTER : copy.SAVING_IS_A_CHOICE}
          </p>
        </>
      )}
    </section>
  );

  // After something unsafe only the safe path is offered as a button; Reconcile stays reachable
  // by hand on "Where you are" (the app suggests, it never locks).
  const offered = isSafetyFirst ? PATHS.filter((path) => path === 'move_on') : PATHS;
  const chosenPath = worksheet?.choice?.path ?? null;

  return (
    <form
      className="card decide-worksheet"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={titleId}>{worksheet ? copy.worksheetTitle(worksheet.day) : copy.NEW_WORKSHEET}</h3>
      {worksheet?.choice && (
        <p className="decide-chosen">
          {copy.choiceLine(worksheet.choice.path, worksheet.choice.day)}
        </p>
      )}

      <ChoiceGroup
        legend={copy.SAFETY_LEGEND}
        hint={<span className="hint">{copy.SAFETY_HINT}</span>}
        choices={choicesOf(SAFETY_ANSWERS, copy.SAFETY_LABELS)}
        value={draft.safety}
        onChange={(safety) => change({ safety })}
        error={errors.errorOf('safety')}
        firstRef={safetyRef}
      />
      {isSafetyFirst && suggestionBox}

      {shows(draft.askedNoContact !== '') && (
        <ChoiceGroup
          legend={copy.NO_CONTACT_LEGEND}
          choices={choicesOf(NO_CONTACT_ANSWERS, copy.NO_CONTACT_LABELS)}
          value={draft.askedNoContact}
          onChange={(askedNoContact) => change({ askedNoContact })}
          error={errors.errorOf('askedNoContact')}
          firstRef={noContactRef}
        />
      )}

      {shows(draft.fault !== '') && (
        <ChoiceGroup
          legend={copy.FAULT_LEGEND}
          hint={<span className="hint">{copy.FAULT_HINT}</span>}
          choices={choicesOf(FAULTS, copy.FAULT_LABELS)}
          value={draft.fault}
          onChange={(fault) => change(fault === 'both' ? { fault } : { fault, willingToTalk: '' })}
          error={errors.errorOf('fault')}
          firstRef={faultRef}
        />
      )}

      {draft.fault === 'both' && shows(draft.willingToTalk !== '') && (
        <ChoiceGroup
          legend={copy.WILLING_LEGEND}
          choices={choicesOf(WILLINGNESS, copy.WILLING_LABELS)}
          value={draft.willingToTalk}
          onChange={(willingToTalk) => change({ willingToTalk })}
          error={errors.errorOf('willingToTalk')}
        />
      )}

      {shows(draft.dealBreakers !== null) && (
        <DealBreakerChoice
          value={draft.dealBreakers}
          onChange={(dealBreakers) => change({ dealBreakers })}
          error={errors.errorOf('dealBreakers')}
          firstRef={dealBreakersRef}
        />
      )}

      {shows(draft.habitIds.length > 0 || draft.changeNote !== '') && (
        <>
          <HabitEvidenceChoice
            options={options}
            picked={draft.habitIds}
            onChange={(habitIds) => change({ habitIds })}
            error={errors.errorOf('habits')}
            habitsError={habitsError}
            isLoaded={isHabitsLoaded}
          />

          <TextField
            label={copy.CHANGE_NOTE_LABEL}
            hint={NOTE_HINT}
            max={DECIDE_NOTE_MAX}
            rows={3}
            value={draft.changeNote}
            onChange={(changeNote) => change({ changeNote })}
            error={errors.errorOf('changeNote')}
          />
        </>
      )}

      <div className="actions">
        <button type="submit" className="button" disabled={isBusy}>
          {worksheet ? copy.SAVE_CHANGES : copy.SAVE}
        </button>
      </div>

      {!isSafetyFirst && suggestionBox}

      <section className="decide-choose">
        <h4>{worksheet?.choice ? copy.CHOOSE_AGAIN_TITLE : copy.CHOOSE_TITLE}</h4>
        <p className="muted">
          {worksheet?.choice ? copy.CHOOSE_AGAIN_LEAD : copy.CHOOSE_LEAD}
          {!isSafetyFirst && ` ${copy.BOTH_GOOD}`}
        </p>
        <div className="decide-paths">
          {offered.map((path) => {
            const isSuggested = suggestion.path === path;
            // Both buttons look the same: the suggestion is said in words, never pressed on the
            // person by a louder button.
            return (
              <div key={path} className="decide-path">
                <button
                  type="button"
                  className="button"
                  disabled={isBusy}
                  onClick={() => void choose(path)}
                >
                  {chosenPath === path ? copy.chosenButton(path) : copy.chooseButton(path)}
                  {isSuggested && <span className="decide-suggested"> ({copy.SUGGESTED})</span>}
                </button>
                <p className="muted">{copy.pathNext(path)}</p>
              </div>
            );
          })}
        </div>
        {isSafetyFirst && (
          <p className="muted decide-no-reconcile">{copy.NO_RECONCILE_AFTER_UNSAFE}</p>
        )}
      </section>
      <FormMessage message={errors.general} />
    </form>
  );
}

function DealBreakerChoice({
  value,
  onChange,
  error,
  firstRef,
}: {
  readonly value: readonly DealBreaker[] | null;
  readonly onChange: (value: readonly DealBreaker[] | null) => void;
  readonly error: string | undefined;
  /** Given the first button, so a refusal can move the keyboard focus to the question. */
  readonly firstRef: Ref<HTMLButtonElement>;
}) {
  const id = useId();
  const toggle = (dealBreaker: DealBreaker) => {
    const chosen = value ?? [];
    const next = chosen.includes(dealBreaker)
      ? chosen.filter((d) => d !== dealBreaker)
      : [...chosen, dealBreaker];
    // Taking the last one away leaves the question unanswered, not answered "none".
    onChange(next.length === 0 ? null : next);
  };
  const isNone = value !== null && value.length === 0;
  return (
    <>
      <fieldset
        className="tags decide-tags"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <legend>
          {copy.DEAL_BREAKERS_LEGEND} <span className="hint">{copy.DEAL_BREAKERS_HINT}</span>
        </legend>
        {DEAL_BREAKERS.map((dealBreaker, index) => (
          <button
            key={dealBreaker}
            ref={index === 0 ? firstRef : undefined}
            type="button"
            className="tag"
            aria-pressed={value?.includes(dealBreaker) ?? false}
            onClick={() => toggle(dealBreaker)}
          >
            {copy.DEAL_BREAKER_LABELS[dealBreaker]}
          </button>
        ))}
        <button
          type="button"
          className="tag"
          aria-pressed={isNone}
          onClick={() => onChange(isNone ? null : [])}
        >
          {copy.NONE_OF_THESE}
        </button>
      </fieldset>
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}

function HabitEvidenceChoice({
  options,
  picked,
  onChange,
  error,
  habitsError,
  isLoaded,
}: {
  readonly options: readonly HabitOption[];
  readonly picked: readonly number[];
  readonly onChange: (ids: readonly number[]) => void;
  readonly error: string | undefined;
  readonly habitsError: string | null;
  readonly isLoaded: boolean;
}) {
  const id = useId();
  const toggle = (habitId: number) =>
    onChange(picked.includes(habitId) ? picked.filter((h) => h !== habitId) : [...picked, habitId]);
  return (
    <>
      <fieldset
        className="decide-habits"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <legend>
          {copy.CHANGES_LEGEND} <span className="hint">{copy.CHANGES_HINT}</span>
        </legend>
        <ReadFailure
          what={copy.HABITS_UNREAD}
          instead={copy.HABITS_UNREAD_INSTEAD}
          message={habitsError}
        />
        {isLoaded && options.length === 0 && habitsError === null && (
          <p className="muted">
            {copy.NO_HABITS} <a href="#/habits">{copy.HABITS_LINK}</a>
          </p>
        )}
        {options.length > 0 && (
          <ul className="decide-habit-list">
            {options.map(({ evidence, isKept, isArchived }) => {
              // A habit's numbers show once it is ticked: an unticked weak number reads as a
              // judgement nobody asked for.
              const isPicked = picked.includes(evidence.habitId);
              const words = evidenceWords(evidence);
              return (
                <li key={evidence.habitId}>
                  <label className="decide-habit">
                    <input
                      type="checkbox"
                      checked={isPicked}
                      onChange={() => toggle(evidence.habitId)}
                    />
                    <span>
                      <span className="decide-habit-name">
                        {evidence.name}
                        {isArchived && <span className="hint"> ({copy.ARCHIVED_SINCE})</span>}
                      </span>
                      {isPicked && (
                        <span className="muted decide-habit-evidence">
                          {isKept ? copy.evidenceAsOf(evidence.asOfDay, words) : words}
                        </span>
                      )}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}

function WorksheetList({
  worksheets,
  openId,
  onOpen,
  onDelete,
  onStartNew,
  isNewOpen,
}: {
  readonly worksheets: readonly Worksheet[];
  readonly openId: number | null;
  readonly onOpen: (worksheet: Worksheet) => void;
  readonly onDelete: (worksheet: Worksheet) => void;
  readonly onStartNew: () => void;
  readonly isNewOpen: boolean;
}) {
  return (
    <section className="card decide-list" aria-labelledby="decide-list-title">
      <h3 id="decide-list-title">{copy.LIST_TITLE}</h3>
      {worksheets.length === 0 ? (
        <p className="muted">{copy.LIST_EMPTY}</p>
      ) : (
        <ul className="decide-worksheets" aria-labelledby="decide-list-title">
          {worksheets.map((worksheet) => {
            const isOpen = worksheet.id === openId;
            return (
              <li
                key={worksheet.id}
                className={isOpen ? 'open' : undefined}
                aria-current={isOpen ? 'true' : undefined}
              >
                <span className="decide-worksheet-title">{copy.worksheetTitle(worksheet.day)}</span>
                <span className="muted">
                  {worksheet.choice
                    ? copy.choiceLine(worksheet.choice.path, worksheet.choice.day)
                    : copy.NO_PATH_YET}
                </span>
                <span className="decide-worksheet-actions">
                  {isOpen ? (
                    <span className="decide-open-now">{copy.OPEN_NOW}</span>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      aria-label={copy.openLabel(worksheet.day)}
                      onClick={() => onOpen(worksheet)}
                    >
                      {copy.OPEN}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button"
                    aria-label={copy.deleteLabel(worksheet.day)}
                    onClick={() => onDelete(worksheet)}
                  >
                    {copy.DELETE}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {!isNewOpen && (
        <div className="actions">
          <button type="button" className="button" onClick={onStartNew}>
            {copy.START_NEW}
          </button>
        </div>
      )}
    </section>
  );
}
