import { useApi } from '../../api/api-context';
import { useUndo } from '../../app/undo';
import { describeTarget, strengthPercent } from '../../../src-main/shared/domain/habits';
import type { ChannelOutput } from '../../../src-main/shared/ipc-contract';
import { undoTarget, useQueuedCount, type UndoBurst } from '../habits/checkin-actions';

export type HabitSummary = ChannelOutput<'habit:list'>[number];

type CheckinChange = { count: number | null; isSkip: boolean };

function HabitRow({ habit, day }: { habit: HabitSummary; day: string }) {
  const api = useApi();
  const { offerUndo, announce } = useUndo();
  const checkin = habit.today;
  const count = checkin && !checkin.isSkip ? (checkin.count ?? 0) : null;
  const isSimpleDone = habit.kind === 'build' && habit.period === 'day' && habit.targetCount === 1;

  async function change(next: CheckinChange, message: string, burst?: UndoBurst) {
    const result = await api.call('checkin:set', {
      habitId: habit.id,
      day,
      count: next.count,
      isSkip: next.isSkip,
      note: checkin?.note ?? null,
    });
    if (!result.ok) {
      announce(result.error.message);
      return false;
    }
    const previous = undoTarget(burst, result.value.previous);
    offerUndo({
      message,
      undo: async () => {
        const restored = await api.call('checkin:restore', { habitId: habit.id, day, previous });
        return restored.ok ? null : restored.error.message;
      },
    });
    return true;
  }
  // Quick clicks on − and + each count (see useQueuedCount).
  const stepper = useQueuedCount(count, (next, burst) =>
    change({ count: next, isSkip: false }, `${habit.name}: ${next} today.`, burst),
  );

  const strength = strengthPercent(habit.strength);
  return (
    <li className="today-habit" aria-label={habit.name}>
      <div className="today-habit-name">
        <strong>{habit.name}</strong>
        <span className="muted">
          {describeTarget(habit.kind, habit.targetCount, habit.period)} · strength {strength}%
        </span>
      </div>
      <div className="today-habit-controls">
        {checkin?.isSkip ? (
          <span className="chip">Skipped today</span>
        ) : isSimpleDone ? (
          <label className="done-toggle">
            <input
              type="checkbox"
              checked={count !== null && count >= 1}
              onChange={(e) =>
                void change(
                  { count: e.target.checked ? 1 : 0, isSkip: false },
                  e.target.checked
                    ? `${habit.name}: done today.`
                    : `${habit.name}: not done today.`,
                )
              }
            />
            Done today
          </label>
        ) : (
          <div className="stepper" role="group" aria-label={`${habit.name}: times today`}>
            <button
              type="button"
              className="button"
              aria-label={`One fewer: ${habit.name}`}
              disabled={stepper.count === null || stepper.count === 0}
              onClick={() => stepper.step(-1)}
            >
              −
            </button>
            <span
              className="stepper-count"
              title={stepper.count === null ? 'Not recorded yet' : undefined}
            >
              {stepper.count === null ? '–' : stepper.count}
            </span>
            <button
              type="button"
              className="button"
              aria-label={`One more: ${habit.name}`}
              onClick={() => stepper.step(1)}
            >
              +
            </button>
            {stepper.count === null && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  void change(
                    { count: 0, isSkip: false },
                    habit.kind === 'break'
                      ? `${habit.name}: none today, within your limit.`
                      : `${habit.name}: none today.`,
                  )
                }
              >
                None today
              </button>
            )}
          </div>
        )}
        <button
          type="button"
          className="button"
          aria-pressed={checkin?.isSkip ?? false}
          onClick={() =>
            void change(
              checkin?.isSkip ? { count: 0, isSkip: false } : { count: null, isSkip: true },
              checkin?.isSkip
                ? `${habit.name}: no longer skipped.`
                : `${habit.name}: skipped today. Strength stays as it is.`,
            )
          }
        >
          {checkin?.isSkip ? 'Unskip' : 'Skip today'}
        </button>
      </div>
    </li>
  );
}

/** Each active habit's check-in for today, saved the moment it changes. */
export function TodayHabits({ habits, day }: { habits: readonly HabitSummary[]; day: string }) {
  return (
    <section className="card" aria-labelledby="today-habits-title">
      <h2 id="today-habits-title">Your habits today</h2>
      {habits.length === 0 ? (
        <p className="muted">
          No habits yet. When you are ready, <a href="#/habits">add one to build or one to break</a>
          .
        </p>
      ) : (
        <ul className="today-habits">
          {habits.map((habit) => (
            <HabitRow key={habit.id} habit={habit} day={day} />
          ))}
        </ul>
      )}
    </section>
  );
}
