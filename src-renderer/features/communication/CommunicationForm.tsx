import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type Ref,
} from 'react';
import {
  COMMUNICATION_SKILLS,
  CONTACT_CONTEXTS,
  CONTACT_CONTEXT_LABELS,
  COUNTERPARTS,
  COUNTERPART_LABELS,
  INITIATORS,
  INITIATOR_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  SKILL_LABELS,
  TONES,
  TONE_LABELS,
  suggestedContactContext,
  type Counterpart,
} from '../../../src-main/shared/domain/communication';
import type { UnavoidableSituation } from '../../../src-main/shared/domain/settings';
import type { AppError } from '../../../src-main/shared/result';
import type { CommunicationDraft } from './communication-form-state';

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

/** Which input an error from the contract belongs next to. */
function fieldOf(error: AppError | null): string | null {
  if (!error?.field) return null;
  const top = error.field.split('.')[0] ?? '';
  return top === 'occurredAt' || top === 'timeZone' ? 'when' : top;
}

interface Option<T extends string> {
  readonly value: T;
  readonly label: string;
}

function options<T extends string>(values: readonly T[], labels: Record<T, string>): Option<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** One choice out of a few, shown as chips; real radio buttons, so arrow keys move between them. */
function ChoiceGroup<T extends string>({
  legend,
  hint,
  name,
  choices,
  value,
  onChange,
  invalid,
  firstRef,
}: {
  legend: string;
  hint?: ReactNode;
  name: string;
  choices: readonly Option<T>[];
  value: T | '';
  onChange: (value: T) => void;
  invalid: { 'aria-invalid': boolean; 'aria-describedby'?: string };
  firstRef?: Ref<HTMLInputElement>;
}) {
  return (
    <fieldset className="choice-group" {...invalid}>
      <legend>
        {legend} {hint}
      </legend>
      {choices.map((choice, index) => (
        <label key={choice.value} className="choice">
          <input
            ref={index === 0 ? firstRef : undefined}
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

/** An optional choice as a select, with "Not noted" for leaving it out. */
function OptionalSelect<T extends string>({
  id,
  label,
  choices,
  value,
  onChange,
  invalid,
  error,
}: {
  id: string;
  label: string;
  choices: readonly Option<T>[];
  value: T | '';
  onChange: (value: T | '') => void;
  invalid: { 'aria-invalid': boolean; 'aria-describedby'?: string };
  error: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const picked = choices.find((c) => c.value === e.target.value);
          onChange(picked ? picked.value : '');
        }}
        {...invalid}
      >
        <option value="">Not noted</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {error}
    </div>
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
  const [error, setError] = useState<AppError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const errorField = fieldOf(error);
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

  /** A conversation with the ex is contact with the ex; a rehearsal alone never is. */
  function setCounterpart(counterpart: Counterpart) {
    set({ counterpart });
    if (counterpart === 'ex') setContact(true);
    if (counterpart === 'rehearsal_alone') setContact(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    const problem = await onSave(draft);
    setIsSaving(false);
    setError(problem);
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

  const isContextSuggested =
    draft.isContactWithEx && suggested !== null && draft.contactContext === suggested;

  return (
    <form
      className="card communication-form"
      onSubmit={submit}
      noValidate
      aria-label={isEditing ? 'Edit conversation' : 'Log a conversation'}
    >
      <h2>{isEditing ? 'Change this conversation' : 'Log a conversation'}</h2>

      <ChoiceGroup
        legend="Who was it with?"
        name={`${id}-counterpart`}
        choices={options(COUNTERPARTS, COUNTERPART_LABELS)}
        value={draft.counterpart}
        onChange={setCounterpart}
        invalid={describe('counterpart')}
        firstRef={firstField}
      />
      {fieldError('counterpart')}

      <div className="contact-box">
        <div className="check">
          <input
            id={`${id}-contact`}
            type="checkbox"
            checked={draft.isContactWithEx}
            onChange={(e) => setContact(e.target.checked)}
            {...describe('isContactWithEx')}
          />
          <label htmlFor={`${id}-contact`}>This was contact with my ex</label>
        </div>
        {fieldError('isContactWithEx')}
        {draft.isContactWithEx && (
          <>
            <ChoiceGroup
              legend="Where could it not be avoided?"
              hint={
                isContextSuggested ? <span className="hint">chosen from your Settings</span> : null
              }
              name={`${id}-context`}
              choices={options(CONTACT_CONTEXTS, CONTACT_CONTEXT_LABELS)}
              value={draft.contactContext}
              onChange={(contactContext) => set({ contactContext })}
              invalid={describe('contactContext')}
            />
            {fieldError('contactContext')}
          </>
        )}
      </div>

      <ChoiceGroup
        legend="What did you practise?"
        name={`${id}-skill`}
        choices={options(COMMUNICATION_SKILLS, SKILL_LABELS)}
        value={draft.skill}
        onChange={(skill) => set({ skill })}
        invalid={describe('skill')}
      />
      {fieldError('skill')}

      <div className="communication-grid">
        <div className="field-pair when-fields">
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
        <div className="field-pair how-fields">
          <OptionalSelect
            id={`${id}-initiated`}
            label="Who started it"
            choices={options(INITIATORS, INITIATOR_LABELS)}
            value={draft.initiatedBy}
            onChange={(initiatedBy) => set({ initiatedBy })}
            invalid={describe('initiatedBy')}
            error={fieldError('initiatedBy')}
          />
          <OptionalSelect
            id={`${id}-tone`}
            label="Tone"
            choices={options(TONES, TONE_LABELS)}
            value={draft.tone}
            onChange={(tone) => set({ tone })}
            invalid={describe('tone')}
            error={fieldError('tone')}
          />
          <OptionalSelect
            id={`${id}-outcome`}
            label="Outcome"
            choices={options(OUTCOMES, OUTCOME_LABELS)}
            value={draft.outcome}
            onChange={(outcome) => set({ outcome })}
            invalid={describe('outcome')}
            error={fieldError('outcome')}
          />
        </div>
      </div>
      {fieldError('when')}

      <div className="number-row">
        <div className="field">
          <label htmlFor={`${id}-rating`}>
            How you did <span className="hint">1 to 5, optional</span>
          </label>
          <input
            id={`${id}-rating`}
            type="number"
            inputMode="numeric"
            min={1}
            max={5}
            step={1}
            value={draft.selfRating}
            onChange={(e) => set({ selfRating: e.target.value })}
            {...describe('selfRating')}
          />
          {fieldError('selfRating')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-before`}>
            Mood before <span className="hint">1 to 10, optional</span>
          </label>
          <input
            id={`${id}-before`}
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            step={1}
            value={draft.moodBefore}
            onChange={(e) => set({ moodBefore: e.target.value })}
            {...describe('moodBefore')}
          />
          {fieldError('moodBefore')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-after`}>
            Mood after <span className="hint">1 to 10, optional</span>
          </label>
          <input
            id={`${id}-after`}
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            step={1}
            value={draft.moodAfter}
            onChange={(e) => set({ moodAfter: e.target.value })}
            {...describe('moodAfter')}
          />
          {fieldError('moodAfter')}
        </div>
      </div>

      <div className="communication-notes">
        <div className="field">
          <label htmlFor={`${id}-differently`}>
            What I’d do differently <span className="hint">optional</span>
          </label>
          <textarea
            id={`${id}-differently`}
            rows={3}
            value={draft.doDifferently}
            onChange={(e) => set({ doDifferently: e.target.value })}
            {...describe('doDifferently')}
          />
          {fieldError('doDifferently')}
        </div>
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
      </div>

      {error && (errorField === null || !KNOWN_FIELDS.has(errorField)) && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}

      <div className="actions">
        <button type="submit" className="button primary" disabled={isSaving}>
          {isEditing ? 'Save changes' : 'Save conversation'}
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

/** Fields that show their own error; any other (such as a vanished entry's id) shows at the end. */
const KNOWN_FIELDS = new Set([
  'when',
  'counterpart',
  'isContactWithEx',
  'contactContext',
  'skill',
  'initiatedBy',
  'tone',
  'outcome',
  'selfRating',
  'moodBefore',
  'moodAfter',
  'doDifferently',
  'note',
]);
