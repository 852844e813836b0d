import { useId, useState, type FormEvent } from 'react';
import {
  HABIT_KINDS,
  HABIT_PERIOD_LABELS,
  HABIT_PERIODS,
  HABIT_TARGET_MAX,
  describeTarget,
  type HabitKind,
  type HabitPeriod,
} from '../../../src-main/shared/domain/habits';
import type { AppError } from '../../../src-main/shared/result';

/** What the form holds while a person types: text, exactly as entered. */
export interface HabitDraft {
  readonly name: string;
  readonly kind: HabitKind;
  readonly targetCount: string;
  readonly period: HabitPeriod;
}

export const EMPTY_HABIT: HabitDraft = { name: '', kind: 'build', targetCount: '1', period: 'day' };

const KIND_CHOICES: Record<HabitKind, { label: string; hint: string }> = {
  build: { label: 'Build', hint: 'something to do at least so often' },
  break: { label: 'Break', hint: 'something to do at most so often, or not at all' },
};

export interface HabitFormProps {
  readonly initial: HabitDraft;
  /** Editing keeps the kind: a habit's history would mean something else otherwise. */
  readonly isEditing: boolean;
  readonly onSave: (draft: HabitDraft) => Promise<AppError | null>;
  readonly onCancel?: () => void;
}

/** A number typed as text; a blank or malformed one is sent as NaN so the contract names it. */
export function targetFromDraft(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function HabitForm({ initial, isEditing, onSave, onCancel }: HabitFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const errorField = error?.field ?? null;

  const set = (patch: Partial<HabitDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function chooseKind(kind: HabitKind) {
    // The usual starting point for each kind: do it once a day, or not at all.
    const isDefaultTarget = draft.targetCount === (draft.kind === 'build' ? '1' : '0');
    set({ kind, ...(isDefaultTarget ? { targetCount: kind === 'build' ? '1' : '0' } : {}) });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    const problem = await onSave(draft);
    setIsSaving(false);
    setError(problem);
    if (!problem && !isEditing) setDraft(initial);
  }

  const describe = (field: string) =>
    errorField === field
      ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` }
      : { 'aria-invalid': false };
  const fieldError = (field: string) =>
    errorField === field && error ? (
      <p className="field-error" id={`${id}-${field}-error`} role="alert">
        {error.message}
      </p>
    ) : null;

  const target = targetFromDraft(draft.targetCount);
  const preview = Number.isInteger(target)
    ? `${draft.kind === 'build' ? 'Build' : 'Break'}: ${describeTarget(draft.kind, target, draft.period)}.`
    : '';

  return (
    <form
      className={isEditing ? 'habit-form editing' : 'card habit-form'}
      onSubmit={submit}
      noValidate
      aria-label={isEditing ? 'Change habit' : 'New habit'}
    >
      {!isEditing && <h2>Add a habit</h2>}
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          placeholder={isEditing ? undefined : 'Walk outside'}
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          {...describe('name')}
        />
        {fieldError('name')}
      </div>

      {!isEditing && (
        <fieldset className="habit-kinds" {...describe('kind')}>
          <legend>Kind</legend>
          {HABIT_KINDS.map((kind) => (
            <label key={kind} className="habit-kind">
              <input
                type="radio"
                name={`${id}-kind`}
                value={kind}
                checked={draft.kind === kind}
                onChange={() => chooseKind(kind)}
              />
              <span>
                <strong>{KIND_CHOICES[kind].label}</strong>{' '}
                <span className="hint">{KIND_CHOICES[kind].hint}</span>
              </span>
            </label>
          ))}
          {fieldError('kind')}
        </fieldset>
      )}

      <div className="habit-target-row">
        <div className="field">
          <label htmlFor={`${id}-target`}>
            {draft.kind === 'build' ? 'At least' : 'At most'}
            <span className="hint">times</span>
          </label>
          <input
            id={`${id}-target`}
            type="number"
            inputMode="numeric"
            min={draft.kind === 'build' ? 1 : 0}
            max={HABIT_TARGET_MAX}
            step={1}
            value={draft.targetCount}
            onChange={(e) => set({ targetCount: e.target.value })}
            {...describe('targetCount')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-period`}>Per</label>
          <select
            id={`${id}-period`}
            value={draft.period}
            onChange={(e) => set({ period: e.target.value === 'week' ? 'week' : 'day' })}
            {...describe('period')}
          >
            {HABIT_PERIODS.map((period) => (
              <option key={period} value={period}>
                {HABIT_PERIOD_LABELS[period].replace('a ', '')}
              </option>
            ))}
          </select>
        </div>
      </div>
      {fieldError('targetCount')}
      {fieldError('period')}
      {preview && <p className="hint habit-preview">{preview}</p>}

      {error && !['name', 'kind', 'targetCount', 'period'].includes(errorField ?? '') && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}

      <div className="actions">
        <button type="submit" className="button primary" disabled={isSaving}>
          {isEditing ? 'Save changes' : 'Add habit'}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
