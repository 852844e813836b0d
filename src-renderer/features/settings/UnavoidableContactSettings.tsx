import { useId } from 'react';
import { useUndo } from '../../app/undo';
import {
  UNAVOIDABLE_SITUATIONS,
  UNAVOIDABLE_SITUATION_LABELS,
  type UnavoidableSituation,
} from '../../../src-main/shared/domain/settings';
import { FieldError, FormMessage, useFormErrors, type FieldMap } from '../../forms';
import * as copy from './unavoidable-contact-copy';
import { useInstantSetting } from './use-setting';
// Its few styles (the checkbox list) live with the communication feature it serves.
import '../communication/communication.css';

/** The one field this card shows; any other error (such as a disk problem) is general. */
const FIELDS = { unavoidableSituations: 'situations' } as const satisfies FieldMap<string>;

/**
 * Settings card: which ties (children, a home, work or school) a person shares with their ex. Each
 * tick is saved at once, with Undo; Communication preselects what brought contact about from it.
 * The welcome shows this very card with its own lead saying what the hint says, so it can leave
 * the hint out (`showsHint={false}`) rather than say the same thing twice.
 */
export function UnavoidableContactSettings({ showsHint = true }: { readonly showsHint?: boolean }) {
  const { offerUndo } = useUndo();
  const id = useId();
  const setting = useInstantSetting('unavoidableSituations');
  const errors = useFormErrors<'situations'>(FIELDS);
  const situations = setting.value ?? null;
  const situationsError = errors.errorOf('situations');

  /** Saves `next`, showing it at once; a refusal puts back what was saved before. */
  const save = (next: readonly UnavoidableSituation[]) => setting.save(next, errors.setError);

  async function toggle(situation: UnavoidableSituation, isChecked: boolean) {
    if (situations === null) return;
    const previous = situations;
    const next = isChecked ? [...previous, situation] : previous.filter((s) => s !== situation);
    if ((await save(next)) !== null) return;
    offerUndo({
      message: copy.TIES_SAVED,
      undo: () => save(previous),
    });
  }

  return (
    <div className="card unavoidable-contact">
      <h2>{copy.TIES_TITLE}</h2>
      <p>{copy.TIES_TEXT}</p>
      <fieldset
        className="situations"
        disabled={situations === null}
        aria-invalid={Boolean(situationsError)}
        aria-describedby={situationsError ? `${id}-error` : undefined}
      >
        <legend>{copy.TIES_QUESTION}</legend>
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
      <FieldError id={`${id}-error`} message={situationsError} />
      {/* A save's error on no field, else a failure to read the settings at all. */}
      <FormMessage message={errors.general ?? setting.readError} />
      {showsHint && <p className="hint settings-hint">{copy.TIES_HINT}</p>}
    </div>
  );
}
