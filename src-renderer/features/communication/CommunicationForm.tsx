import { MOOD_SCALE } from '../../forms/scales';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  COMMUNICATION_NOTE_MAX,
  COMMUNICATION_SKILLS,
  CONTACT_CONTEXTS,
  CONTACT_CONTEXT_LABELS,
  COUNTERPARTS,
  COUNTERPART_LABELS,
  DO_DIFFERENTLY_MAX,
  INITIATORS,
  INITIATOR_LABELS,
  NOT_FOR_A_REHEARSAL,
  OUTCOMES,
  OUTCOME_LABELS,
  SELF_RATING_MAX,
  SELF_RATING_MIN,
  SKILL_LABELS,
  TONES,
  TONE_LABELS,
  initiatorOfContext,
  suggestedContactContext,
  type Counterpart,
} from '../../../src-main/shared/domain/communication';
import type { UnavoidableSituation } from '../../../src-main/shared/domain/settings';
import type { AppError } from '../../../src-main/shared/result';
import {
  ChoiceGroup,
  choicesOf,
  Field,
  FieldError,
  FormMessage,
  NOTE_HINT,
  ScaleChoice,
  TextField,
  useFormErrors,
  type Choice,
  type FieldMap,
} from '../../forms';
import * as copy from './communication-copy';
import { contactContextOf, type CommunicationDraft } from './communication-form-state';

export interface CommunicationFormProps {
  readonly initial: CommunicationDraft;
  readonly isEditing: boolean;
  /** The person's unavoidable situations, from Settings: they suggest the contact's context. */
  readonly situations: readonly UnavoidableSituation[];
  /** Moves the keyboard focus to the first field when the form appears. */
  readonly focusOnOpen: boolean;
  /** Saves the draft; resolves to an error to show, or null when saved. */
  readonly onSave: (draft: CommunicationDraft) => Promise<AppError | null>;
  readonly onCancel?: () => void;
}

/** The contract's fields this form shows; any other (such as the entry's `id`) is general. */
const FIELDS = {
  occurredAt: 'when',
  timeZone: 'when',
  counterpart: 'counterpart',
  isContactWithEx: 'isContactWithEx',
  contactContext: 'contactContext',
  skill: 'skill',
  initiatedBy: 'initiatedBy',
  tone: 'tone',
  outcome: 'outcome',
  selfRating: 'selfRating',
  moodBefore: 'moodBefore',
  moodAfter: 'moodAfter',
  doDifferently: 'doDifferently',
  note: 'note',
} as const satisfies FieldMap<string>;
type CommunicationField = (typeof FIELDS)[keyof typeof FIELDS];

/**
 * The fields on show: an error on a hidden one (the context while the box for contact with the ex
 * is unticked, a rehearsal's tone...) is shown as the general message, so it is never lost.
 */
function fieldsShown(hidden: readonly string[]): FieldMap<CommunicationField> {
  return Object.fromEntries(Object.entries(FIELDS).filter(([key]) => !hidden.includes(key)));
}

/** Leaves the skill out; offered only for contact with the ex, where it is optional. */
const noSkillChoice: Choice<''> = { value: '', label: copy.NO_SKILL_CHOICE };

/** An optional choice as a select, with "Not noted" for leaving it out. */
function OptionalSelect<T extends string>({
  label,
  choices,
  value,
  onChange,
  error,
}: {
  label: string;
  choices: readonly Choice<T>[];
  value: T | '';
  onChange: (value: T | '') => void;
  error: string | undefined;
}) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => {
            const picked = choices.find((c) => c.value === e.target.value);
            onChange(picked ? picked.value : '');
          }}
        >
          <option value="">{copy.NOT_NOTED}</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CommunicationForm({
  initial,
  isEditing,
  situations,
  focusOnOpen,
  onSave,
  onCancel,
}: CommunicationFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const isRehearsal = draft.counterpart === 'rehearsal_alone';
  // An entry an older version saved may hold a rehearsal's tone: shown, so it is never lost unseen.
  // "I reached out" / "They reached out" already say who reached out first: not asked again.
  const isInitiatorSaid = initiatorOfContext(contactContextOf(draft)) !== null;
  const asks = {
    initiatedBy: !isInitiatorSaid && (!isRehearsal || draft.initiatedBy !== ''),
    tone: !isRehearsal || draft.tone !== '',
    outcome: !isRehearsal || draft.outcome !== '',
  };
  const hidden = [
    ...(draft.isContactWithEx ? [] : ['contactContext']),
    ...NOT_FOR_A_REHEARSAL.filter((field) => !asks[field]),
  ];
  const errors = useFormErrors<CommunicationField>(fieldsShown(hidden));
  const [isSaving, setIsSaving] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const suggested = suggestedContactContext(situations);

  useEffect(() => {
    if (focusOnOpen) firstField.current?.focus();
  }, [focusOnOpen]);

  const set = (patch: Partial<CommunicationDraft>) => setDraft((d) => ({ ...d, ...patch }));

  /** Ticking the box fills in the context Settings suggests, unless one is chosen already. */
  function setContact(isContactWithEx: boolean) {
    setDraft((d) => ({
      ...d,
      isContactWithEx,
      contactContext:
        isContactWithEx && d.contactContext === '' ? (suggested ?? '') : d.contactContext,
    }));
  }

  /**
   * A conversation with the ex is contact with the ex; a rehearsal on your own never is, and has
   * no one who reached out first, no tone and no outcome, so those are cleared rather than kept
   * out of sight and refused on save.
   */
  function setCounterpart(counterpart: Counterpart) {
    set({ counterpart });
    if (counterpart === 'ex') setContact(true);
    if (counterpart === 'rehearsal_alone') {
      setContact(false);
      set({ initiatedBy: '', tone: '', outcome: '' });
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    const problem = await onSave(draft);
    setIsSaving(false);
    errors.setError(problem);
  }

  const isContextSuggested =
    draft.isContactWithEx && suggested !== null && draft.contactContext === suggested;

  return (
    <form
      className="card communication-form"
      onSubmit={submit}
      noValidate
      aria-label={isEditing ? copy.FORM_NAME_EDIT : copy.FORM_NAME_NEW}
    >
      <h2>{isEditing ? copy.FORM_TITLE_EDIT : copy.FORM_TITLE_NEW}</h2>

      <ChoiceGroup
        legend={copy.WHO_QUESTION}
        choices={choicesOf(COUNTERPARTS, COUNTERPART_LABELS)}
        value={draft.counterpart}
        onChange={setCounterpart}
        error={errors.errorOf('counterpart')}
        firstRef={firstField}
      />

      <div className="contact-box">
        <div className="check">
          <input
            id={`${id}-contact`}
            type="checkbox"
            checked={draft.isContactWithEx}
            onChange={(e) => setContact(e.target.checked)}
            aria-invalid={Boolean(errors.errorOf('isContactWithEx'))}
            aria-describedby={errors.errorOf('isContactWithEx') ? `${id}-contact-error` : undefined}
          />
          <label htmlFor={`${id}-contact`}>{copy.CONTACT_CHECKBOX}</label>
        </div>
        <FieldError id={`${id}-contact-error`} message={errors.errorOf('isContactWithEx')} />
        {draft.isContactWithEx && (
          <ChoiceGroup
            legend={copy.CONTEXT_QUESTION}
            hint={
              isContextSuggested ? <span className="hint">{copy.CONTEXT_FROM_SETTINGS}</span> : null
            }
            choices={choicesOf(CONTACT_CONTEXTS, CONTACT_CONTEXT_LABELS)}
            value={draft.contactContext}
            onChange={(contactContext) => set({ contactContext })}
            error={errors.errorOf('contactContext')}
          />
        )}
      </div>

      <ChoiceGroup
        legend={copy.SKILL_QUESTION}
        hint={<span className="hint">{copy.SKILL_OPTIONAL_FOR_CONTACT}</span>}
        choices={
          draft.isContactWithEx
            ? [...choicesOf(COMMUNICATION_SKILLS, SKILL_LABELS), noSkillChoice]
            : choicesOf(COMMUNICATION_SKILLS, SKILL_LABELS)
        }
        value={draft.skill}
        onChange={(skill) => set({ skill })}
        error={errors.errorOf('skill')}
      />

      <div className="communication-grid">
        <div className="field-pair when-fields">
          <Field
            label={copy.DATE_LABEL}
            error={errors.errorOf('when')}
            errorId={`${id}-when-error`}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={draft.day}
                onChange={(e) => set({ day: e.target.value })}
              />
            )}
          </Field>
          <Field
            label={copy.TIME_LABEL}
            error={errors.errorOf('when')}
            errorId={`${id}-when-error`}
          >
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
        <div className="field-pair how-fields">
          {asks.initiatedBy && (
            <OptionalSelect
              label={copy.INITIATOR_QUESTION}
              choices={choicesOf(INITIATORS, INITIATOR_LABELS)}
              value={draft.initiatedBy}
              onChange={(initiatedBy) => set({ initiatedBy })}
              error={errors.errorOf('initiatedBy')}
            />
          )}
          {asks.tone && (
            <OptionalSelect
              label={copy.TONE_LABEL}
              choices={choicesOf(TONES, TONE_LABELS)}
              value={draft.tone}
              onChange={(tone) => set({ tone })}
              error={errors.errorOf('tone')}
            />
          )}
          {asks.outcome && (
            <OptionalSelect
              label={copy.OUTCOME_LABEL}
              choices={choicesOf(OUTCOMES, OUTCOME_LABELS)}
              value={draft.outcome}
              onChange={(outcome) => set({ outcome })}
              error={errors.errorOf('outcome')}
            />
          )}
          {isRehearsal && <p className="hint rehearsal-hint">{copy.REHEARSAL_ASKS_LESS}</p>}
        </div>
      </div>
      <FieldError id={`${id}-when-error`} message={errors.errorOf('when')} />

      {/* The same scales as on Today and Mood, so a mood is given the same way everywhere. */}
      <ScaleChoice
        legend={copy.SELF_RATING_QUESTION}
        hint={copy.OPTIONAL}
        min={SELF_RATING_MIN}
        max={SELF_RATING_MAX}
        value={draft.selfRating}
        onChange={(selfRating) => set({ selfRating })}
        error={errors.errorOf('selfRating')}
        lowLabel={copy.SELF_RATING_LOW}
        highLabel={copy.SELF_RATING_HIGH}
      />
      <ScaleChoice
        {...MOOD_SCALE}
        legend={copy.MOOD_BEFORE}
        hint={copy.OPTIONAL}
        value={draft.moodBefore}
        onChange={(moodBefore) => set({ moodBefore })}
        error={errors.errorOf('moodBefore')}
      />
      <ScaleChoice
        {...MOOD_SCALE}
        legend={copy.MOOD_AFTER}
        hint={copy.OPTIONAL}
        value={draft.moodAfter}
        onChange={(moodAfter) => set({ moodAfter })}
        error={errors.errorOf('moodAfter')}
      />

      <div className="communication-notes">
        <TextField
          label={copy.DO_DIFFERENTLY_LABEL}
          // Free text like the note, and it goes where the note goes: the same true hint.
          hint={NOTE_HINT}
          rows={3}
          max={DO_DIFFERENTLY_MAX}
          value={draft.doDifferently}
          onChange={(doDifferently) => set({ doDifferently })}
          error={errors.errorOf('doDifferently')}
        />
        <TextField
          label={copy.NOTE_LABEL}
          hint={NOTE_HINT}
          rows={3}
          max={COMMUNICATION_NOTE_MAX}
          value={draft.note}
          onChange={(note) => set({ note })}
          error={errors.errorOf('note')}
        />
      </div>

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
