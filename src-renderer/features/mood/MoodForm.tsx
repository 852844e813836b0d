import { ENERGY_SCALE, HURT_SCALE, MOOD_SCALE } from '../../forms/scales';
import { ReadFailure } from '../../app/read-failure';
import { useId, useState, type FormEvent } from 'react';
import { MOOD_NOTE_MAX } from '../../../src-main/shared/domain/mood';
import type { AppError } from '../../../src-main/shared/result';
import {
  Field,
  FieldError,
  FormMessage,
  ManyChoice,
  ScaleChoice,
  TextField,
  useFormErrors,
  type FieldMap,
} from '../../forms';
import * as copy from './mood-copy';
import type { MoodDraft } from './mood-form-state';

export interface MoodFormProps {
  readonly initial: MoodDraft;
  readonly isEditing: boolean;
  /** The emotions to offer: the built-in ones, then the person's own words. */
  readonly emotions: readonly string[];
  /** Why the person's own words could not be read, when they could not; null otherwise. */
  readonly emotionsError?: string | null;
  /** Saves the draft; resolves to an error to show, or null when saved. */
  readonly onSave: (draft: MoodDraft) => Promise<AppError | null>;
  readonly onCancel?: () => void;
}

/** The contract's fields this form shows; any other (such as the entry's `id`) is general. */
const FIELDS = {
  occurredAt: 'when',
  timeZone: 'when',
  mood: 'mood',
  energy: 'energy',
  hurt: 'hurt',
  tags: 'tags',
  note: 'note',
} as const satisfies FieldMap<string>;
type MoodField = (typeof FIELDS)[keyof typeof FIELDS];

export function MoodForm({
  initial,
  isEditing,
  emotions,
  emotionsError = null,
  onSave,
  onCancel,
}: MoodFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const errors = useFormErrors<MoodField>(FIELDS);
  const [isSaving, setIsSaving] = useState(false);
  // An entry keeps its words even after one is removed from the list, so they stay on offer here.
  const offered = [...emotions, ...initial.tags.filter((tag) => !emotions.includes(tag))];

  const set = (patch: Partial<MoodDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    const problem = await onSave(draft);
    setIsSaving(false);
    errors.setError(problem);
    if (!problem && !isEditing) setDraft((d) => ({ ...initial, day: d.day, time: d.time }));
  }

  const whenErrorId = `${id}-when-error`;

  return (
    <form
      className="card mood-form"
      onSubmit={submit}
      noValidate
      aria-label={isEditing ? copy.EDIT_ENTRY_FORM_NAME : copy.NEW_ENTRY_FORM_NAME}
    >
      <h2>{isEditing ? copy.EDIT_ENTRY_HEADING : copy.NEW_ENTRY_HEADING}</h2>

      <div className="field-row">
        <Field label="Date" error={errors.errorOf('when')} errorId={whenErrorId}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.day}
              onChange={(e) => set({ day: e.target.value })}
            />
          )}
        </Field>
        <Field label="Time" error={errors.errorOf('when')} errorId={whenErrorId}>
          {(control) => (
            <input
              {...control}
              type="time"
              value={draft.time}
              onChange={(e) => set({ time: e.target.value })}
            />
          )}
        </Field>
      </div>
      <FieldError id={whenErrorId} message={errors.errorOf('when')} />

      <ScaleChoice
        {...MOOD_SCALE}
        legend={copy.MOOD_LEGEND}
        hint={copy.MOOD_HINT}
        value={draft.mood}
        onChange={(mood) => set({ mood })}
        error={errors.errorOf('mood')}
      />
      <ScaleChoice
        {...ENERGY_SCALE}
        legend={copy.ENERGY_LEGEND}
        hint={copy.OPTIONAL}
        value={draft.energy}
        onChange={(energy) => set({ energy })}
        error={errors.errorOf('energy')}
      />
      <ScaleChoice
        {...HURT_SCALE}
        legend={copy.HURT_QUESTION}
        hint={copy.OPTIONAL}
        value={draft.hurt}
        onChange={(hurt) => set({ hurt })}
        error={errors.errorOf('hurt')}
      />

      <ManyChoice
        legend={copy.EMOTIONS_LEGEND}
        hint={copy.EMOTIONS_HINT}
        options={offered}
        value={draft.tags}
        onChange={(tags) => set({ tags })}
        error={errors.errorOf('tags')}
      />
      <ReadFailure {...copy.OWN_WORDS_UNREAD} message={emotionsError} />

      <TextField
        label={copy.NOTE_LABEL}
        hint={copy.NOTE_HINT}
        rows={3}
        max={MOOD_NOTE_MAX}
        value={draft.note}
        onChange={(note) => set({ note })}
        error={errors.errorOf('note')}
      />

      <FormMessage message={errors.general} />

      <div className="actions">
        <button type="submit" className="button primary" disabled={isSaving}>
          {isEditing ? copy.SAVE_CHANGES : copy.SAVE_ENTRY}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {copy.CANCEL}
          </button>
        )}
      </div>
    </form>
  );
}
