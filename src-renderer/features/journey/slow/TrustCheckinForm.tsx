import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { TRUST_NOTE_MAX } from '../../../../src-main/shared/domain/trust';
import type { AppError } from '../../../../src-main/shared/result';
import {
  Field,
  FieldError,
  FormMessage,
  NOTE_HINT,
  ScaleChoice,
  TextField,
  useFormErrors,
  type FieldMap,
} from '../../../forms';
import * as copy from './slow-copy';
import type { TrustDraft } from './slow-form-state';

export interface TrustCheckinFormProps {
  readonly initial: TrustDraft;
  readonly isEditing: boolean;
  /** Saves the draft; resolves to an error to show, or null when saved. */
  readonly onSave: (draft: TrustDraft) => Promise<AppError | null>;
  readonly onCancel?: (() => void) | undefined;
}

/** The contract's fields this form shows; any other (such as the check-in's `id`) is general. */
const FIELDS = {
  occurredAt: 'when',
  timeZone: 'when',
  trust: 'trust',
  tension: 'tension',
  note: 'note',
} as const satisfies FieldMap<string>;
type TrustField = (typeof FIELDS)[keyof typeof FIELDS];

/** Two questions and a note, at any date and time (back-filling allowed, as for mood). */
export function TrustCheckinForm({ initial, isEditing, onSave, onCancel }: TrustCheckinFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const errors = useFormErrors<TrustField>(FIELDS);
  const [isSaving, setIsSaving] = useState(false);
  const set = (patch: Partial<TrustDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const dateField = useRef<HTMLInputElement>(null);
  // Edit is pressed in the list below the form: the keyboard (and the view) move to what it opened.
  useEffect(() => {
    if (isEditing) dateField.current?.focus();
  }, [isEditing]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    const problem = await onSave(draft);
    setIsSaving(false);
    errors.setError(problem);
  }

  const whenErrorId = `${id}-when-error`;

  return (
    <form
      className="card slow-form"
      onSubmit={submit}
      noValidate
      aria-label={isEditing ? copy.FORM_NAME_EDIT : copy.FORM_NAME_NEW}
    >
      <h3>{isEditing ? copy.FORM_TITLE_EDIT : copy.FORM_TITLE_NEW}</h3>
      <div className="field-row">
        <Field label={copy.DATE_LABEL} error={errors.errorOf('when')} errorId={whenErrorId}>
          {(control) => (
            <input
              {...control}
              ref={dateField}
              type="date"
              value={draft.day}
              onChange={(e) => set({ day: e.target.value })}
            />
          )}
        </Field>
        <Field label={copy.TIME_LABEL} error={errors.errorOf('when')} errorId={whenErrorId}>
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
        {...copy.TRUST_SCALE}
        legend={copy.TRUST_QUESTION}
        hint={copy.ANY_ANSWER}
        value={draft.trust}
        onChange={(trust) => set({ trust })}
        error={errors.errorOf('trust')}
      />
      <ScaleChoice
        {...copy.TENSION_SCALE}
        legend={copy.TENSION_QUESTION}
        hint={copy.ANY_ANSWER}
        value={draft.tension}
        onChange={(tension) => set({ tension })}
        error={errors.errorOf('tension')}
      />
      <TextField
        label={copy.NOTE_LABEL}
        hint={NOTE_HINT}
        rows={3}
        max={TRUST_NOTE_MAX}
        value={draft.note}
        onChange={(note) => set({ note })}
        error={errors.errorOf('note')}
      />

      <FormMessage message={errors.general} />

      <div className="actions">
        <button type="submit" className="button primary" disabled={isSaving}>
          {isEditing ? copy.SAVE_EDIT : copy.SAVE_NEW}
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
