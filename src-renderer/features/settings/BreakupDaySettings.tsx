import { useId, useRef, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useToday } from '../../app/clock';
import { useUndo } from '../../app/undo';
import { checkRequest, Field, FormMessage, useFormErrors, type FieldMap } from '../../forms';
import { breakupDayProblem } from '../welcome/breakup-day';
import { WHEN } from '../welcome/welcome-copy';

/** The one field this card shows; any other error (a full disk) is general. */
const FIELDS = { breakupDay: 'breakupDay' } as const satisfies FieldMap<string>;

/**
 * Settings card: the day the breakup happened, the same setting and the same words as the
 * welcome's date step, so it can be added, changed or cleared without going through the welcome
 * again. Checked by the same rule (never after today), saved through settings:update, with Undo.
 */
export function BreakupDaySettings() {
  const api = useApi();
  const { offerUndo } = useUndo();
  const { day: today } = useToday();
  const id = useId();
  const settings = useQuery('settings:get', (a) => a.call('settings:get', {}));
  const savedDay = settings.data?.breakupDay ?? null;
  // Unread settings (still loading, or failed) show no day as saved: nothing is guessed.
  const isRead = settings.data !== undefined;
  // What the person has typed; null until they type, so the field shows the saved day once read.
  const [typed, setTyped] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const dayInput = useRef<HTMLInputElement>(null);
  const errors = useFormErrors<'breakupDay'>(FIELDS);
  const shownDay = typed ?? savedDay ?? '';

  /** Stores `next`, then offers to put back `previous`; false (with the message shown) if refused. */
  async function store(next: string | null, previous: string | null): Promise<boolean> {
    const input = { breakupDay: next };
    const problem = checkRequest('settings:update', input);
    if (problem) {
      errors.setError(problem);
      return false;
    }
    setIsBusy(true);
    const result = await api.call('settings:update', input);
    setIsBusy(false);
    if (!result.ok) {
      errors.setError(result.error);
      return false;
    }
    errors.setError(null);
    setTyped(null);
    offerUndo({
      message: next === null ? WHEN.cleared : WHEN.saved,
      undo: async () => {
        const undone = await api.call('settings:update', { breakupDay: previous });
        if (!undone.ok) return undone.error.message;
        setTyped(null);
        return null;
      },
    });
    return true;
  }

  async function save() {
    const chosen = shownDay === '' ? null : shownDay;
    const problem = breakupDayProblem(chosen, dayInput.current?.validity.badInput === true, today);
    if (problem) {
      errors.setError(problem);
      return;
    }
    if (chosen === savedDay) {
      errors.setError(null);
      return;
    }
    await store(chosen, savedDay);
  }

  return (
    <form
      className="card breakup-day"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id={`${id}-title`}>{WHEN.title}</h2>
      <p>{WHEN.lead}</p>
      <Field label={WHEN.label} hint={WHEN.hint} error={errors.errorOf('breakupDay')}>
        {(control) => (
          <input
            {...control}
            type="date"
            max={today}
            value={shownDay}
            ref={dayInput}
            disabled={!isRead}
            onChange={(e) => setTyped(e.target.value)}
          />
        )}
      </Field>
      {isRead && savedDay === null && <p className="muted">{WHEN.noneSaved}</p>}
      {/* A save's error on no field, else a failure to read the settings at all. */}
      <FormMessage message={errors.general ?? settings.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={isBusy || !isRead}>
          {WHEN.save}
        </button>
        {savedDay !== null && (
          <button
            type="button"
            className="button"
            disabled={isBusy}
            onClick={() => void store(null, savedDay)}
          >
            {WHEN.clear}
          </button>
        )}
      </div>
    </form>
  );
}
