import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { CHECKIN_COUNT_MAX, CHECKIN_NOTE_MAX } from '../../../src-main/shared/domain/habits';
import type { Habit } from '../../../src-main/shared/ipc-contract';
import type { AppError } from '../../../src-main/shared/result';
import { useQueuedCount, type CheckinActions, type DayState } from './checkin-actions';
import {
  checkRequest,
  FieldError,
  FormMessage,
  NOTE_HINT,
  TextField,
  placeError,
  type FieldMap,
} from '../../forms';
import { dayInWords } from './habit-dates';
import {
  checkinMessages,
  checkinStatus,
  counterGoal,
  DID_IT,
  keptButton,
  leaveOutButton,
} from './habits-copy';

/** Where a check-in's errors show: beside the count box and the note box while they are there. */
const CHECKIN_FIELDS = {
  counter: { count: 'count' },
  counterAndNote: { count: 'count', note: 'note' },
  // A habit done once a day has a Done button, not a count box: its count errors are general.
  toggle: {},
  toggleAndNote: { note: 'note' },
} as const satisfies Record<string, FieldMap<'count' | 'note'>>;

export interface CheckinControlProps {
  readonly habit: Habit;
  readonly day: string;
  readonly today: string;
  /** What is recorded for the day, or null when nothing is. */
  readonly state: DayState | null;
  readonly actions: CheckinActions;
}

/**
 * One day of one habit: "Done" for a habit done once a day, a count with − and + otherwise (for
 * a habit to break, "Did it" with a count and "Didn't today" for a day kept), a button that leaves
 * the day out (strength stays as it is), and a note. Every change is saved at once, with Undo.
 */
export function CheckinControl({ habit, day, today, state, actions }: CheckinControlProps) {
  const id = useId();
  const [draftCount, setDraftCount] = useState<string | null>(null);
  const [noteDraft, setNoteDraft] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const when = dayInWords(day, today);
  const savedCount = state && !state.isSkip ? state.count : null;
  const stepper = useQueuedCount(savedCount, async (next, burst) => {
    setError(null);
    const problem = await actions.save(
      habit,
      day,
      { count: next, isSkip: false, note: state?.note ?? null },
      checkinMessages.count(habit.name, next, day, today),
      burst,
    );
    setError(problem);
    return problem === null;
  });
  const count = stepper.count;
  const isSkip = state?.isSkip ?? false;
  const isDoneToggle = habit.kind === 'build' && habit.period === 'day' && habit.targetCount === 1;
  const errorField = error?.field ?? null;

  async function run(change: () => Promise<AppError | null>) {
    setIsSaving(true);
    const problem = await change();
    setIsSaving(false);
    setError(problem);
    return problem;
  }

  const save = (next: DayState, message: string) =>
    run(() => actions.save(habit, day, next, message));

  function saveCount(next: number) {
    const message = isDoneToggle
      ? next >= 1
        ? checkinMessages.done(habit.name, day, today)
        : checkinMessages.notDone(habit.name, day, today)
      : habit.kind === 'break' && next === 0
        ? checkinMessages.kept(habit.name, day, today)
        : checkinMessages.count(habit.name, next, day, today);
    return save({ count: next, isSkip: false, note: state?.note ?? null }, message);
  }

  async function commitDraft() {
    if (draftCount === null) return;
    const text = draftCount.trim();
    if (text === '' || Number(text) === count) {
      setDraftCount(null);
      return;
    }
    // The contract judges the number; its message is shown beside the field.
    const problem = await saveCount(Number(text));
    if (!problem) setDraftCount(null);
  }

  function onCountKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commitDraft();
    } else if (event.key === 'Escape') {
      setDraftCount(null);
      setError(null);
    }
  }

  async function saveNote(event: FormEvent) {
    event.preventDefault();
    if (!state || noteDraft === null) return;
    const next = { ...state, note: noteDraft };
    const refused = checkRequest('checkin:set', { habitId: habit.id, day, ...next });
    if (refused) {
      setError(refused);
      return;
    }
    const problem = await save(next, checkinMessages.noteSaved(habit.name, day, today));
    if (!problem) setNoteDraft(null);
  }

  const toggleSkip = () =>
    isSkip
      ? run(() => actions.clear(habit, day, checkinMessages.countsAgain(habit.name, day, today)))
      : save(
          { count: null, isSkip: true, note: state?.note ?? null },
          checkinMessages.leftOut(habit.name, day, today),
        );

  const describe = (field: string) =>
    errorField === field
      ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` }
      : { 'aria-invalid': false };

  // An error on a box that is not on screen (the note while closed) is the general message.
  const placed = placeError(
    error,
    CHECKIN_FIELDS[
      isDoneToggle
        ? noteDraft === null
          ? 'toggle'
          : 'toggleAndNote'
        : noteDraft === null
          ? 'counter'
          : 'counterAndNote'
    ],
  );
  const errorOf = (field: 'count' | 'note') =>
    placed?.field === field ? placed.message : undefined;

  const status = checkinStatus(habit, state, day, today);

  return (
    <div className="checkin" role="group" aria-label={`${habit.name}, ${when}`}>
      <div className="checkin-row">
        {isDoneToggle ? (
          <button
            type="button"
            className="button toggle"
            aria-pressed={count !== null && count >= 1}
            disabled={isSaving}
            onClick={() => void saveCount(count !== null && count >= 1 ? 0 : 1)}
          >
            {count !== null && count >= 1 && <span aria-hidden="true">✓ </span>}
            Done
          </button>
        ) : (
          <div className="counter">
            {habit.kind === 'break' && (
              <label className="counter-label" htmlFor={`${id}-count`}>
                {DID_IT}
              </label>
            )}
            <button
              type="button"
              className="button counter-step"
              aria-label={`One fewer ${when}`}
              disabled={count === null || count <= 0}
              onClick={() => stepper.step(-1)}
            >
              −
            </button>
            <input
              id={`${id}-count`}
              className="counter-input"
              type="number"
              inputMode="numeric"
              min={0}
              max={CHECKIN_COUNT_MAX}
              step={1}
              // The name holds the visible "Did it" of a habit to break, so speech control finds it.
              aria-label={habit.kind === 'break' ? `${DID_IT}: times ${when}` : `Times ${when}`}
              placeholder="–"
              value={draftCount ?? (count === null ? '' : String(count))}
              onChange={(e) => setDraftCount(e.target.value)}
              onBlur={() => void commitDraft()}
              onKeyDown={onCountKey}
              {...describe('count')}
            />
            <button
              type="button"
              className="button counter-step"
              aria-label={`One more ${when}`}
              disabled={(count ?? 0) >= CHECKIN_COUNT_MAX}
              onClick={() => stepper.step(1)}
            >
              +
            </button>
            <span className="counter-target">{counterGoal(habit)}</span>
          </div>
        )}
        {habit.kind === 'break' && (
          <button
            type="button"
            className="button toggle"
            aria-pressed={count === 0}
            disabled={isSaving}
            onClick={() => void saveCount(0)}
          >
            {count === 0 && <span aria-hidden="true">✓ </span>}
            {keptButton(day, today)}
          </button>
        )}
        <button
          type="button"
          className="button toggle"
          aria-pressed={isSkip}
          disabled={isSaving}
          onClick={() => void toggleSkip()}
        >
          {leaveOutButton(day, today)}
        </button>
        {state && noteDraft === null && (
          <button
            type="button"
            className="button quiet"
            onClick={() => setNoteDraft(state.note ?? '')}
          >
            {state.note ? 'Edit note' : 'Add note'}
          </button>
        )}
        {state && !isSkip && (
          <button
            type="button"
            className="button quiet"
            disabled={isSaving}
            onClick={() =>
              void run(() =>
                actions.clear(habit, day, checkinMessages.cleared(habit.name, day, today)),
              )
            }
          >
            Clear
          </button>
        )}
      </div>
      {status && <p className="checkin-status muted">{status}</p>}
      <FieldError id={`${id}-count-error`} message={errorOf('count')} />
      {state?.note && noteDraft === null && <p className="checkin-note">{state.note}</p>}
      {noteDraft !== null && (
        <form className="checkin-note-form" onSubmit={saveNote} noValidate>
          <TextField
            label="Note"
            hint={NOTE_HINT}
            rows={2}
            max={CHECKIN_NOTE_MAX}
            value={noteDraft}
            onChange={setNoteDraft}
            error={errorOf('note')}
          />
          <div className="actions">
            <button type="submit" className="button primary" disabled={isSaving}>
              Save note
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setNoteDraft(null);
                setError(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
      <FormMessage message={placed && placed.field === null ? placed.message : null} />
    </div>
  );
}
