import { useId } from 'react';
import { FieldError } from './Field';

export interface ManyChoiceProps {
  readonly legend: string;
  readonly hint?: string | undefined;
  /** The words to offer, in order. */
  readonly options: readonly string[];
  /** The words chosen, in the order they were chosen. */
  readonly value: readonly string[];
  readonly onChange: (value: readonly string[]) => void;
  readonly error?: string | undefined;
}

/**
 * Any number of words out of a list (emotions), as toggle chips: each is a button that says
 * whether it is pressed. The error shows under the group and is tied to it.
 */
export function ManyChoice({ legend, hint, options, value, onChange, error }: ManyChoiceProps) {
  const id = useId();
  const toggle = (option: string) =>
    onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
  return (
    <>
      <fieldset
        className="tags"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <legend>
          {legend}
          {hint && (
            <>
              {' '}
              <span className="hint">{hint}</span>
            </>
          )}
        </legend>
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className="tag"
            aria-pressed={value.includes(option)}
            onClick={() => toggle(option)}
          >
            {option}
          </button>
        ))}
      </fieldset>
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}
