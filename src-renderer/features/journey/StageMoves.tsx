import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { useToday } from '../../app/clock';
import { useUndo } from '../../app/undo';
import {
  STAGES,
  STAGE_LABELS,
  SUGGESTED_MOVES,
  type Stage,
} from '../../../src-main/shared/domain/stages';
import {
  STAGE_REASON_MAX,
  type StageChange,
  type StageList,
} from '../../../src-main/shared/ipc-contract';
import {
  ChoiceGroup,
  FormMessage,
  NOTE_HINT,
  TextField,
  checkRequest,
  choicesOf,
  useFormErrors,
  type FieldMap,
} from '../../forms';
import * as copy from './journey-copy';

const MOVE_FIELDS: FieldMap<'stage' | 'reason'> = { stage: 'stage', reason: 'reason' };

/** Undo for a move: takes it back, so the person is where they were before. */
function useOfferMoveUndo() {
  const api = useApi();
  const { offerUndo } = useUndo();
  return (change: StageChange) =>
    offerUndo({
      message: copy.movedMessage(change.stage),
      undo: async () => {
        const removed = await api.call('stage:remove', { id: change.id });
        return removed.ok ? null : removed.error.message;
      },
    });
}

/**
 * The soft suggestion from the current stage (SUGGESTED_MOVES), shown under the facts: what each
 * suggested stage is, with a quiet button. A suggestion, never a nudge or a gate: any stage is
 * also offered by hand below.
 */
export function SuggestedMoves({ stage }: { readonly stage: StageList }) {
  const api = useApi();
  const { timeZone } = useToday();
  const { announce } = useUndo();
  const offerMoveUndo = useOfferMoveUndo();
  const [isMoving, setIsMoving] = useState(false);
  const moves = SUGGESTED_MOVES[stage.current.stage];

  async function move(to: Stage) {
    setIsMoving(true);
    const result = await api.call('stage:move', { stage: to, wasSuggested: true, timeZone });
    setIsMoving(false);
    if (result.ok) offerMoveUndo(result.value);
    else announce(result.error.message);
  }

  return (
    <section className="card journey-suggested" aria-labelledby="journey-suggested-title">
      <h2 id="journey-suggested-title">{copy.SUGGESTED_TITLE}</h2>
      {moves.length > 0 && (
        <ul className="journey-suggestions">
          {moves.map((to) => (
            <li key={to}>
              <p>{copy.suggestionLine(to)}</p>
              <button
                type="button"
                className="button"
                disabled={isMoving}
                onClick={() => void move(to)}
              >
                {copy.moveToLabel(to)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{copy.suggestedWords(moves)}</p>
    </section>
  );
}

/** "Change stage" by hand: any stage but the current one, with an optional reason. */
export function MoveByHand({ stage }: { readonly stage: StageList }) {
  const api = useApi();
  const { timeZone } = useToday();
  const offerMoveUndo = useOfferMoveUndo();
  const errors = useFormErrors(MOVE_FIELDS);
  const [to, setTo] = useState<Stage | ''>('');
  const [reason, setReason] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const others = STAGES.filter((s) => s !== stage.current.stage);

  async function submit() {
    if (to === '') {
      errors.setError({ code: 'invalid_input', message: copy.CHOOSE_A_STAGE, field: 'stage' });
      return;
    }
    const input = { stage: to, reason, wasSuggested: false, timeZone };
    const problem = checkRequest('stage:move', input);
    if (problem) {
      errors.setError(problem);
      return;
    }
    setIsSaving(true);
    const result = await api.call('stage:move', input);
    setIsSaving(false);
    if (!result.ok) {
      errors.setError(result.error);
      return;
    }
    errors.setError(null);
    setTo('');
    setReason('');
    offerMoveUndo(result.value);
  }

  return (
    <form
      className="card journey-move"
      aria-labelledby="journey-move-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="journey-move-title">{copy.MOVE_TITLE}</h2>
      <p className="muted">{copy.MOVE_INTRO}</p>
      <p className="muted">{copy.HEAL_STAGES_DIFFER}</p>
      <ChoiceGroup
        legend={copy.MOVE_STAGE_LEGEND}
        choices={choicesOf(others, STAGE_LABELS)}
        value={to !== '' && others.includes(to) ? to : ''}
        onChange={setTo}
        error={errors.errorOf('stage')}
      />
      <TextField
        label={copy.MOVE_REASON_LABEL}
        hint={NOTE_HINT}
        max={STAGE_REASON_MAX}
        value={reason}
        onChange={setReason}
        rows={2}
        error={errors.errorOf('reason')}
      />
      <FormMessage message={errors.general} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSaving}>
          {copy.MOVE_BUTTON}
        </button>
      </div>
    </form>
  );
}

/** Every change of stage so far, oldest first, with its date, how it was chosen and the reason given. */
export function StageHistory({ stage }: { readonly stage: StageList }) {
  return (
    <section className="card journey-history" aria-labelledby="journey-history-title">
      <h2 id="journey-history-title">{copy.HISTORY_TITLE}</h2>
      {stage.changes.length === 0 ? (
        <p className="muted">{copy.NO_MOVES}</p>
      ) : (
        <ol className="journey-moves">
          {stage.changes.map((c) => (
            <li key={c.id}>
              <p className="journey-move-line">
                <strong>{STAGE_LABELS[c.stage]}</strong>
                <span className="muted">
                  {' · '}
                  {copy.dayInWords(c.day)}
                  {' · '}
                  {c.wasSuggested ? copy.HOW_CHOSEN.suggested : copy.HOW_CHOSEN.chosen}
                </span>
              </p>
              {c.reason !== null && <p className="journey-move-reason">{c.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
