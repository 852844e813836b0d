import { useId, useState, type FormEvent } from 'react';
import {
  HABIT_KINDS,
  HABIT_NAME_MAX,
  HABIT_PERIOD_LABELS,
  HABIT_PERIODS,
  HABIT_TARGET_MAX,
  describeTarget,
  type HabitKind,
  type HabitPeriod,
} from '../../../src-main/shared/domain/habits';
import type { AppError } from '../../../src-main/shared/result';
import {
  Field,
  FieldError,
  FormMessage,
  TextField,
  useFormErrors,
  type FieldMap,
} from '../../forms';
import { FORM_WORDS } from './habits-copy';

/** What the form holds while a person types: text, exactly as entered. */
export interface HabitDraft {
  readonly name: string;
  readonly kind: HabitKind;
  readonly targetCount: string;
  readonly period: HabitPeriod;
}

export const EMPTY_HABIT: HabitDraft = { name: '', kind: 'build', targetCount: '1', period: 'day' };

/** The contract's fields the new-habit form shows; any other (such as an `id`) is general. */
const FIELDS = {
  name: 'name',
  kind: 'kind',
  targetCount: 'targetCount',
  period: 'period',
} as const satisfies FieldMap<string>;
type HabitField = (typeof FIELDS)[keyof typeof FIELDS];
/** Editing keeps the kind and does not show it, so an error on it is general there. */
const EDIT_FIELDS = {
  name: 'name',
  targetCount: 'targetCount',
  period: 'period',
} as const satisfies FieldMap<HabitField>;

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
  const errors = useFormErrors<HabitField>(isEditing ? EDIT_FIELDS : FIELDS);
  const [isSaving, setIsSaving] = useState(false);

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
    errors.setError(problem);
    if (!problem && !isEditing) setDraft(initial);
  }

  const kindError = errors.errorOf('kind');

  const target = targetFromDraft(draft.targetCount);
  const preview = Number.isInteger(target)
    ? FORM_WORDS.preview(draft.kind, describeTarget(draft.kind, target, draft.period))
    : '';

  return (
    <form
      className={isEditing ? 'habit-form editing' : 'card habit-form'}
      onSubmit={submit}
      noValidate
      aria-label={isEditing ? FORM_WORDS.editName : FORM_WORDS.newName}
    >
      {!isEditing && <h2>{FORM_WORDS.title}</h2>}
      <TextField
        label={FORM_WORDS.name}
        max={HABIT_NAME_MAX}
        placeholder={isEditing ? undefined : FORM_WORDS.namePlaceholder}
        value={draft.name}
        onChange={(name) => set({ name })}
        error={errors.errorOf('name')}
      />

      {!isEditing && (
        <fieldset
          className="habit-kinds"
          aria-invalid={Boolean(kindError)}
          aria-describedby={kindError ? `${id}-kind-error` : undefined}
        >
          <legend>{FORM_WORDS.kind}</legend>
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
                <strong>{FORM_WORDS.kinds[kind].label}</strong>{' '}
                <span className="hint">{FORM_WORDS.kinds[kind].hint}</span>
              </span>
            </label>
          ))}
          <FieldError id={`${id}-kind-error`} message={kindError} />
        </fieldset>
      )}

      <div className="habit-target-row">
        <Field
          label={draft.kind === 'build' ? FORM_WORDS.atLeast : FORM_WORDS.atMost}
          hint={FORM_WORDS.times}
          error={errors.errorOf('targetCount')}
          errorId={`${id}-target-error`}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={draft.kind === 'build' ? 1 : 0}
              max={HABIT_TARGET_MAX}
              step={1}
              value={draft.targetCount}
              onChange={(e) => set({ targetCount: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={FORM_WORDS.per}
          error={errors.errorOf('period')}
          errorId={`${id}-period-error`}
        >
          {(control) => (
            <select
              {...control}
              value={draft.period}
              onChange={(e) => set({ period: e.target.value === 'week' ? 'week' : 'day' })}
            >
              {HABIT_PERIODS.map((period) => (
                <option key={period} value={period}>
                  {HABIT_PERIOD_LABELS[period].replace('a ', '')}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FieldError id={`${id}-target-error`} message={errors.errorOf('targetCount')} />
      <FieldError id={`${id}-period-error`} message={errors.errorOf('period')} />
      {preview && <p className="hint habit-preview">{preview}</p>}

      <FormMessage message={errors.general} />

      <div className="actions">
        <button type="submit" className="button primary" disabled={isSaving}>
          {isEditing ? FORM_WORDS.saveChanges : FORM_WORDS.add}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {FORM_WORDS.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
