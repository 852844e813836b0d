import { useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useUndo } from '../../app/undo';
import {
  UNAVOIDABLE_SITUATIONS,
  UNAVOIDABLE_SITUATION_LABELS,
  type UnavoidableSituation,
} from '../../../src-main/shared/domain/settings';
// Its few styles (the checkbox list) live with the communication feature it serves.
import '../communication/communication.css';

/**
 * Settings card: which of the three situations make contact with the ex unavoidable. Each tick is
 * saved at once, with Undo; Communication preselects the contact's context from it.
 */
export function UnavoidableContactSettings() {
  const api = useApi();
  const { offerUndo } = useUndo();
  const id = useId();
  const saved = useQuery('settings:get', (a) => a.call('settings:get', {}));
  /** What a save in flight shows at once, until the settings are read again. */
  const [pending, setPending] = useState<{
    readonly basis: typeof saved.data;
    readonly situations: readonly UnavoidableSituation[];
  } | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const situations =
    pending && pending.basis === saved.data
      ? pending.situations
      : (saved.data?.unavoidableSituations ?? null);
  const error = saveError ?? saved.error;

  /** Saves `next`, showing it at once; a refusal puts back what was saved before. */
  async function save(next: readonly UnavoidableSituation[]): Promise<string | null> {
    setPending({ basis: saved.data, situations: next });
    const result = await api.call('settings:update', { unavoidableSituations: [...next] });
    if (!result.ok) {
      setPending(null);
      setSaveError(result.error.message);
      return result.error.message;
    }
    setSaveError(null);
    return null;
  }

  async function toggle(situation: UnavoidableSituation, isChecked: boolean) {
    if (situations === null) return;
    const previous = situations;
    const next = isChecked ? [...previous, situation] : previous.filter((s) => s !== situation);
    if ((await save(next)) !== null) return;
    offerUndo({
      message: 'Saved. You can change this any time.',
      undo: () => save(previous),
    });
  }

  return (
    <div className="card unavoidable-contact">
      <h2>Contact you cannot avoid</h2>
      <p>If no contact is impossible, logging contact helps you see it becoming calmer.</p>
      <fieldset
        className="situations"
        disabled={situations === null}
        aria-describedby={error ? `${id}-error` : undefined}
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
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <p className="hint settings-hint">
        When you log contact with your ex, where it happened is filled in from this.
      </p>
    </div>
  );
}
