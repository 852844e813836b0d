import { useId, type ReactNode, type Ref } from 'react';
import { FieldError } from './Field';
import './forms.css';

/** One choice a group offers: the value sent, and the words shown. */
export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** Choices from a domain's list of values and its labels, in the list's order. */
export function choicesOf<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): Choice<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export interface ChoiceGroupProps<T extends string> {
  readonly legend: string;
  readonly hint?: ReactNode;
  readonly choices: readonly Choice<T>[];
  /** The chosen value, or '' while nothing is chosen. */
  readonly value: T | '';
  readonly onChange: (value: T) => void;
  readonly error?: string | undefined;
  /** Given the first radio, so a form can move the keyboard focus to the group. */
  readonly firstRef?: Ref<HTMLInputElement>;
}

/**
 * One choice out of a few, shown as chips. Real radio buttons underneath: Tab reaches the group,
 * the arrow keys move along it. The error shows under the group and is tied to it.
 */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const { legend, hint, choices, value, onChange, error, firstRef } = props;
  const id = useId();
  return (
    <>
      <fieldset
        className="choice-group"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <legend>
          {legend} {hint}
        </legend>
        {choices.map((choice, index) => (
          <label key={choice.value} className="choice">
            <input
              ref={index === 0 ? firstRef : undefined}
              type="radio"
              name={id}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}
