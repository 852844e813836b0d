import { useApi } from '../../api/api-context';
import { useUndo } from '../../app/undo';
import { strengthPercent } from '../../../src-main/shared/domain/habits';
import {
  checkinMessages,
  DID_IT,
  strengthWords,
  TODAY_WORDS,
  todayGoalWords,
} from '../habits/habits-copy';
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
    change(
      { count: next, isSkip: false },
      checkinMessages.count(habit.name, next, day, day),
      burst,
    ),
  );

  const strength = strengthPercent(habit.strength);
  return (
    <li className="today-habit" aria-label={habit.name}>
      <div className="today-habit-name">
        <strong>{habit.name}</strong>
        <span className="muted">
          {todayGoalWords(habit)} · {strengthWords(habit, strength, habit.keptLately.hasStarted)}
        </span>
      </div>
      <div className="today-habit-controls">
        {checkin?.isSkip ? (
          <span className="chip">{TODAY_WORDS.leftOut}</span>
        ) : isSimpleDone ? (
          <label className="done-toggle">
            <input
              type="checkbox"
              checked={count !== null && count >= 1}
              onChange={(e) =>
                void change(
                  { count: e.target.checked ? 1 : 0, isSkip: false },
                  e.target.checked
                    ? checkinMessages.done(habit.name, day, day)
                    : checkinMessages.notDone(habit.name, day, day),
                )
              }
            />
            {TODAY_WORDS.doneToday}
          </label>
        ) : (
          <div
            className="stepper"
            role="group"
            aria-label={`${habit.name}: ${habit.kind === 'break' ? `${DID_IT}, times` : 'times'} today`}
          >
            {habit.kind === 'break' && <span className="stepper-label">{DID_IT}</span>}
            <button
              type="button"
              className="button"
              aria-label={`One fewer: ${habit.name}`}
              disabled={stepper.count === null || stepper.count === 0}
              onClick={() => stepper.step(-1)}
            >
              −
            </button>
            <span className="stepper-count">{stepper.count === null ? '–' : stepper.count}</span>
            <button
              type="button"
              className="button"
              aria-label={`One more: ${habit.name}`}
              onClick={() => stepper.step(1)}
            >
              +
            </button>
            {habit.kind === 'break' ? (
              // Stays in view once pressed, so a day kept reads as kept, not as "0".
              <button
                type="button"
                className="button"
                aria-pressed={stepper.count === 0}
                onClick={() =>
                  void change(
                    { count: 0, isSkip: false },
                    checkinMessages.kept(habit.name, day, day),
                  )
                }
              >
                {stepper.count === 0 && <span aria-hidden="true">✓ </span>}
                {TODAY_WORDS.noneBreak}
              </button>
            ) : (
              stepper.count === null && (
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    void change(
                      { count: 0, isSkip: false },
                      checkinMessages.count(habit.name, 0, day, day),
                    )
                  }
                >
                  {TODAY_WORDS.noneBuild}
                </button>
              )
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
                ? checkinMessages.countsAgain(habit.name, day, day)
                : checkinMessages.leftOut(habit.name, day, day),
            )
          }
        >
          {checkin?.isSkip ? TODAY_WORDS.countAgain : TODAY_WORDS.leaveOut}
        </button>
      </div>
    </li>
  );
}

/** Each active habit's check-in for today, saved the moment it changes. */
export function TodayHabits({ habits, day }: { habits: readonly HabitSummary[]; day: string }) {
  return (
    <section className="card" aria-labelledby="today-habits-title">
      <h2 id="today-habits-title">{TODAY_WORDS.title}</h2>
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
