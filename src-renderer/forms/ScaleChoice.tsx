import { useId } from 'react';
import { FieldError } from './Field';
import './forms.css';

export interface ScaleChoiceProps {
  readonly legend: string;
  /** A few words after the legend, such as "optional". */
  readonly hint: string;
  readonly min: number;
  readonly max: number;
  /** The chosen value, or null when nothing is chosen yet. */
  readonly value: number | null;
  readonly onChange: (value: number | null) => void;
  /** The message for this scale, from `useFormErrors().errorOf(...)`. */
  readonly error?: string | undefined;
  /** Words for the two ends, shown under the numbers and read by screen readers with them. */
  readonly lowLabel: string;
  readonly highLabel: string;
}

/**
 * A row of numbers to choose from (mood 1-10, how much it hurts 0-10), the same on every screen.
 * Built on native radio buttons: Tab reaches the group, the arrow keys move along it. Choosing the
 * chosen number again, or Delete, clears it.
 */
export function ScaleChoice(props: ScaleChoiceProps) {
  const { legend, hint, min, max, value, onChange, error, lowLabel, highLabel } = props;
  const id = useId();
  const numbers = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset
      className="scale"
      aria-describedby={error ? `${id}-error` : `${id}-hint`}
      aria-invalid={Boolean(error)}
    >
      <legend>
        {legend} <span className="hint">{hint}</span>
      </legend>
      {/* One box for numbers and end words, so the words sit under the first and last number. */}
      <div className="scale-body">
        <div className="scale-options">
          {numbers.map((n) => (
            <label key={n} className="scale-option">
              <input
                type="radio"
                name={id}
                value={n}
                checked={value === n}
                onChange={() => onChange(n)}
                onClick={(event) => {
                  // A second click on the chosen number clears it (keyboard users have Delete).
                  if (value === n && event.detail > 0) onChange(null);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Delete' || event.key === 'Backspace') onChange(null);
                }}
                aria-label={
                  n === min ? `${n}, ${lowLabel}` : n === max ? `${n}, ${highLabel}` : String(n)
                }
              />
              <span aria-hidden="true">{n}</span>
            </label>
          ))}
        </div>
        <p className="scale-ends muted" id={`${id}-hint`} aria-hidden="true">
          <span>{lowLabel}</span>
          <span>{highLabel}</span>
        </p>
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
