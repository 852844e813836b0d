import { useId, useState, type FormEvent } from 'react';
import type { AppError } from '../../../src-main/shared/result';
import type { MoodDraft } from './mood-form-state';

export interface MoodFormProps {
  readonly initial: MoodDraft;
  readonly isEditing: boolean;
  /** The emotions to offer: the built-in ones, then the person's own words. */
  readonly emotions: readonly string[];
  /** Saves the draft; resolves to an error to show, or null when saved. */
  readonly onSave: (draft: MoodDraft) => Promise<AppError | null>;
  readonly onCancel?: () => void;
}

/** Which input an error from the contract belongs next to. */
function fieldOf(error: AppError | null): string | null {
  if (!error?.field) return null;
  const top = error.field.split('.')[0] ?? '';
  return top === 'occurredAt' ? 'when' : top;
}

export function MoodForm({ initial, isEditing, emotions, onSave, onCancel }: MoodFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const errorField = fieldOf(error);
  // An entry keeps its words even after one is removed from the list, so they stay on offer here.
  const offered = [...emotions, ...initial.tags.filter((tag) => !emotions.includes(tag))];

  const set = (patch: Partial<MoodDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggleTag = (tag: string) =>
    set({
      tags: draft.tags.includes(tag) ? draft.tags.filter((t) => t !== tag) : [...draft.tags, tag],
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    const problem = await onSave(draft);
    setIsSaving(false);
    setError(problem);
    if (!problem && !isEditing) setDraft((d) => ({ ...initial, day: d.day, time: d.time }));
  }

  /** Props that tie an input to its error message, when it has one. */
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

  return (
    <form
      className="card mood-form"
      onSubmit={submit}
      noValidate
      aria-label={isEditing ? 'Edit mood entry' : 'New mood entry'}
    >
      <h2>{isEditing ? 'Change this entry' : 'How are you feeling?'}</h2>

      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-day`}>Date</label>
          <input
            id={`${id}-day`}
            type="date"
            value={draft.day}
            onChange={(e) => set({ day: e.target.value })}
            {...describe('when')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Time</label>
          <input
            id={`${id}-time`}
            type="time"
            value={draft.time}
            onChange={(e) => set({ time: e.target.value })}
            {...describe('when')}
          />
        </div>
      </div>
      {fieldError('when')}

      <div className="number-row">
        <div className="field">
          <label htmlFor={`${id}-mood`}>
            Mood <span className="hint">1 very low, 10 very good</span>
          </label>
          <input
            id={`${id}-mood`}
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            step={1}
            value={draft.mood}
            onChange={(e) => set({ mood: e.target.value })}
            {...describe('mood')}
          />
          {fieldError('mood')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-energy`}>
            Energy <span className="hint">1 to 10, optional</span>
          </label>
          <input
            id={`${id}-energy`}
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            step={1}
            value={draft.energy}
            onChange={(e) => set({ energy: e.target.value })}
            {...describe('energy')}
          />
          {fieldError('energy')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-hurt`}>
            How much it still hurts <span className="hint">0 to 10, optional</span>
          </label>
          <input
            id={`${id}-hurt`}
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            step={1}
            value={draft.hurt}
            onChange={(e) => set({ hurt: e.target.value })}
            {...describe('hurt')}
          />
          {fieldError('hurt')}
        </div>
      </div>

      <fieldset className="tags" {...describe('tags')}>
        <legend>
          Emotions{' '}
          <span className="hint">optional, choose any; add your own words in Settings</span>
        </legend>
        {offered.map((tag) => (
          <button
            key={tag}
            type="button"
            className="tag"
            aria-pressed={draft.tags.includes(tag)}
            onClick={() => toggleTag(tag)}
          >
            {tag}
          </button>
        ))}
      </fieldset>
      {fieldError('tags')}

      <div className="field">
        <label htmlFor={`${id}-note`}>
          Note <span className="hint">optional, only you see it</span>
        </label>
        <textarea
          id={`${id}-note`}
          rows={3}
          value={draft.note}
          onChange={(e) => set({ note: e.target.value })}
          {...describe('note')}
        />
        {fieldError('note')}
      </div>

      {error && errorField === null && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}

      <div className="actions">
        <button type="submit" className="button primary" disabled={isSaving}>
          {isEditing ? 'Save changes' : 'Save entry'}
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
