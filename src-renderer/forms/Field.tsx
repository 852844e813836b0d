import { useId, type ReactNode, type Ref } from 'react';
import { formatCount } from '../app/day-format';
import { clampText, visibleCount } from './text-limit';
import './forms.css';

/** What a field hands its input: spread it on the `<input>`, `<select>` or `<textarea>`. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
}

export interface FieldProps {
  /** The label's words; the accessible name of the input starts with them. */
  readonly label: string;
  /** A few plain words after the label, such as "optional". Part of the label. */
  readonly hint?: string | undefined;
  /** The message for this field, from `useFormErrors().errorOf(...)`. */
  readonly error?: string | undefined;
  /**
   * When several inputs share one message (a date and its time), the id of the `FieldError` that
   * shows it; this field then only points at it.
   */
  readonly errorId?: string | undefined;
  /**
   * A line under the input that stays while it applies (that a limit is reached); null while it
   * does not, left out when the field never has one.
   */
  readonly note?: string | null | undefined;
  readonly className?: string | undefined;
  readonly children: (control: ControlProps) => ReactNode;
}

/**
 * One labelled input with its hint and its error, wired for screen readers: the input is
 * `aria-invalid` while the error shows, and `aria-describedby` points at the error and the note.
 *
 * ```tsx
 * <Field label="Name" error={errors.errorOf('name')}>
 *   {(control) => <input {...control} value={name} onChange={...} />}
 * </Field>
 * ```
 */
export function Field({ label, hint, error, errorId, note, className, children }: FieldProps) {
  const id = useId();
  const ownErrorId = `${id}-error`;
  const noteId = `${id}-note`;
  const describedBy = [error ? (errorId ?? ownErrorId) : null, note ? noteId : null].filter(
    (part) => part !== null,
  );
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {hint && (
          <>
            {' '}
            <span className="hint">{hint}</span>
          </>
        )}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
      })}
      {/* Kept in the page while empty, so screen readers announce the words when they come. */}
      {note !== undefined && (
        <p className="field-note" id={noteId} aria-live="polite">
          {note}
        </p>
      )}
      {error && !errorId && <FieldError id={ownErrorId} message={error} />}
    </div>
  );
}

/** An error shown under a field, or under a group of fields that share it. */
export function FieldError({
  id,
  message,
}: {
  readonly id?: string;
  readonly message?: string | undefined;
}) {
  if (!message) return null;
  return (
    <p className="field-error" id={id} role="alert">
      {message}
    </p>
  );
}

/**
 * The form's general message: an error that belongs to no field it shows (a vanished entry, a
 * full disk). Every form renders one, so no error from main is ever dropped.
 */
export function FormMessage({ message }: { readonly message: string | null }) {
  if (!message) return null;
  return (
    <p className="field-error form-message" role="alert">
      {message}
    </p>
  );
}

/** The words shown once free text reaches its limit. */
export function limitNote(max: number): string {
  return `That is as long as this can be: ${formatCount(max)} characters.`;
}

export interface TextFieldProps {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** The contract's limit for this text, in characters a person sees (e.g. MOOD_NOTE_MAX). */
  readonly max: number;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** A text box of this many rows; a one-line input when left out. */
  readonly rows?: number;
  readonly placeholder?: string | undefined;
  readonly className?: string | undefined;
  readonly spellCheck?: boolean;
  /** Given the input, so a form can move the keyboard focus back to it. */
  readonly inputRef?: Ref<HTMLInputElement>;
  /** A button shown beside a one-line input (such as "Add word"). */
  readonly action?: ReactNode;
}

/**
 * Free text that stops at the contract's limit: typing or pasting past it keeps the first `max`
 * characters, and a line under the box says the limit is reached.
 */
export function TextField({
  label,
  hint,
  error,
  max,
  value,
  onChange,
  rows,
  placeholder,
  className,
  spellCheck,
  inputRef,
  action,
}: TextFieldProps) {
  const isFull = value.length >= max && visibleCount(value) >= max;
  const change = (text: string) => onChange(clampText(text, max).text);
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      note={isFull ? limitNote(max) : null}
      className={className}
    >
      {(control) => {
        if (rows !== undefined) {
          return (
            <textarea
              {...control}
              rows={rows}
              spellCheck={spellCheck}
              placeholder={placeholder}
              value={value}
              onChange={(e) => change(e.target.value)}
            />
          );
        }
        const input = (
          <input
            {...control}
            ref={inputRef}
            type="text"
            autoComplete="off"
            spellCheck={spellCheck}
            placeholder={placeholder}
            value={value}
            onChange={(e) => change(e.target.value)}
          />
        );
        return action ? (
          <div className="field-with-action">
            {input}
            {action}
          </div>
        ) : (
          input
        );
      }}
    </Field>
  );
}
