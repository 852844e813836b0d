import { useEffect, useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useUndo } from '../../app/undo';
import {
  UNAVOIDABLE_SITUATIONS,
  UNAVOIDABLE_SITUATION_LABELS,
  type UnavoidableSituation,
} from '../../../src-main/shared/domain/settings';
import type { AppError } from '../../../src-main/shared/result';
import { checkRequest, FieldError, FormMessage, useFormErrors, type FieldMap } from '../../forms';
// Its few styles (the checkbox list) live with the communication feature it serves.
import '../communication/communication.css';

/** The one field this card shows; any other error (such as a disk problem) is general. */
const FIELDS = { unavoidableSituations: 'situations' } as const satisfies FieldMap<string>;

/**
 * Settings card: which of the three situations make contact with the ex unavoidable. Each tick is
 * saved at once, with Undo; Communication preselects the contact's context from it.
 */
export function UnavoidableContactSettings() {
  const api = useApi();
  const { offerUndo } = useUndo();
  const id = useId();
  const [situations, setSituations] = useState<readonly UnavoidableSituation[] | null>(null);
  const errors = useFormErrors<'situations'>(FIELDS);
  const { setError } = errors;

  useEffect(() => {
    let isCurrent = true;
    void api.call('settings:get', {}).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setSituations(result.value.unavoidableSituations);
      else setError(result.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, setError]);

  /** Saves `next`, showing it at once; a refusal puts back what was shown before. */
  async function save(
    next: readonly UnavoidableSituation[],
    shownBefore: readonly UnavoidableSituation[],
  ): Promise<string | null> {
    const input = { unavoidableSituations: [...next] };
    const problem: AppError | null = checkRequest('settings:update', input);
    if (problem) {
      setError(problem);
      return problem.message;
    }
    setSituations(next);
    const result = await api.call('settings:update', input);
    if (!result.ok) {
      setSituations(shownBefore);
      setError(result.error);
      return result.error.message;
    }
    setError(null);
    setSituations(result.value.unavoidableSituations);
    return null;
  }

  async function toggle(situation: UnavoidableSituation, isChecked: boolean) {
    if (situations === null) return;
    const previous = situations;
    const next = isChecked ? [...previous, situation] : previous.filter((s) => s !== situation);
    if ((await save(next, previous)) !== null) return;
    offerUndo({
      message: 'Saved. You can change this any time.',
      undo: () => save(previous, next),
    });
  }

  return (
    <div className="card unavoidable-contact">
      <h2>Contact you cannot avoid</h2>
      <p>If no contact is impossible, logging contact helps you see it becoming calmer.</p>
      <fieldset
        className="situations"
        disabled={situations === null}
        aria-invalid={Boolean(errors.errorOf('situations'))}
        aria-describedby={errors.errorOf('situations') ? `${id}-error` : undefined}
      >
        <legend>Which of these apply to you and your ex?</legend>
        {UNAVOIDABLE_SITUATIONS.map((situation) => (
          <div key={situation} className="check">
            <input
              id={`${id}-${situation}`}
              type="checkbox"
              checked={situations?.includes(situation) ?? false}
              onChange={(e) => void toggle(situation, e.target.checked)}
            />
            <label htmlFor={`${id}-${situation}`}>{UNAVOIDABLE_SITUATION_LABELS[situation]}</label>
          </div>
        ))}
      </fieldset>
      <FieldError id={`${id}-error`} message={errors.errorOf('situations')} />
      <FormMessage message={errors.general} />
      <p className="hint settings-hint">
        When you log contact with your ex, where it happened is filled in from this.
      </p>
    </div>
  );
}
