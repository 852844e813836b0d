import { useId, useState } from 'react';
import { strengthPercent } from '../../../src-main/shared/domain/habits';
import type { PeriodProgress } from '../../../src-main/shared/habit-kept';
import type { HabitSummary } from '../../../src-main/shared/ipc-contract';
import type { AppError } from '../../../src-main/shared/result';
import type { CheckinActions } from './checkin-actions';
import { CheckinControl } from './CheckinControl';
import { HabitForm, type HabitDraft } from './HabitForm';
import { HabitHistory } from './HabitHistory';
import {
  CARD_WORDS,
  goalLine,
  JUST_STARTED,
  strengthName,
  strengthNoun,
  keptLatelyWords,
  limitSoFarWords,
  progressLabel,
  progressWords,
} from './habits-copy';

export interface HabitCardProps {
  readonly habit: HabitSummary;
  readonly today: string;
  readonly actions: CheckinActions;
  readonly onUpdate: (habit: HabitSummary, draft: HabitDraft) => Promise<AppError | null>;
  readonly onArchive: (habit: HabitSummary) => Promise<void>;
}

/**
 * Strength as a number and a bar; the bar is the same number drawn, so it is hidden from readers.
 * While nothing is recorded it says "just started" instead: no 0% before anything has happened.
 */
export function StrengthMeter({ habit }: { habit: HabitSummary }) {
  const percent = strengthPercent(habit.strength);
  if (!habit.keptLately.hasStarted) {
    return (
      <div className="strength">
        <div className="strength-text muted">{JUST_STARTED}</div>
      </div>
    );
  }
  return (
    <div
      className="strength"
      role="meter"
      aria-label={strengthName(habit)}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%`}
    >
      <div className="strength-text">
        <span className="strength-value">{percent}%</span>
        <span className="muted"> {strengthNoun(habit)}</span>
      </div>
      <div className="strength-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

/**
 * This day's or week's count drawn against the goal, so a full bar means the goal was met: a
 * twice-a-week habit done twice fills it, where a bar of seven days would look half failed.
 */
export function GoalMeter({ name, progress }: { name: string; progress: PeriodProgress }) {
  const goal = Math.max(progress.target, 1);
  const shown = Math.min(progress.count, goal);
  const words = progressWords(progress);
  return (
    <div
      className="goal-meter"
      role="meter"
      aria-label={progressLabel(name, progress)}
      aria-valuemin={0}
      aria-valuemax={goal}
      aria-valuenow={shown}
      aria-valuetext={words}
    >
      <div className="goal-text muted">{words}</div>
      <div className="goal-bar" aria-hidden="true">
        <span style={{ width: `${(shown / goal) * 100}%` }} />
      </div>
    </div>
  );
}

/** Whether a habit's day or week adds up towards a goal worth drawing as a bar. */
function hasGoalBar(habit: HabitSummary): boolean {
  // A habit done once a day has its Done button; a habit to break has a limit, not a goal to fill.
  return habit.kind === 'build' && (habit.period === 'week' || habit.targetCount > 1);
}

/** One active habit: how strong it is, today's check-in, and its history on request. */
export function HabitCard({ habit, today, actions, onUpdate, onArchive }: HabitCardProps) {
  const id = useId();
  const [isEditing, setIsEditing] = useState(false);
  const [isHistoryOpen, setIsHistoryOpen] = useState(false);
  const state = habit.today;

  return (
    <li className="card habit-card" aria-labelledby={`${id}-name`}>
      <div className="habit-head">
        <div className="habit-title">
          <h2 id={`${id}-name`}>{habit.name}</h2>
          <p className="muted habit-target">{goalLine(habit)}</p>
        </div>
        <StrengthMeter habit={habit} />
      </div>
      <p className="habit-kept">{keptLatelyWords(habit.kind, habit.keptLately)}</p>
      {hasGoalBar(habit) && <GoalMeter name={habit.name} progress={habit.thisPeriod} />}
      {habit.kind === 'break' && habit.period === 'week' && habit.targetCount > 0 && (
        <p className="muted habit-limit-so-far">{limitSoFarWords(habit.thisPeriod)}</p>
      )}

      <CheckinControl
        habit={habit}
        day={today}
        today={today}
        state={state ? { count: state.count, isSkip: state.isSkip, note: state.note } : null}
        actions={actions}
      />

      {isEditing && (
        <HabitForm
          initial={{
            name: habit.name,
            kind: habit.kind,
            targetCount: String(habit.targetCount),
            period: habit.period,
          }}
          isEditing
          onSave={async (draft) => {
            const problem = await onUpdate(habit, draft);
            if (!problem) setIsEditing(false);
            return problem;
          }}
          onCancel={() => setIsEditing(false)}
        />
      )}

      <div className="habit-actions">
        <button
          type="button"
          className="button"
          aria-expanded={isHistoryOpen}
          aria-controls={`${id}-history`}
          onClick={() => setIsHistoryOpen((open) => !open)}
        >
          {isHistoryOpen ? CARD_WORDS.hideCalendar : CARD_WORDS.calendar}
        </button>
        {!isEditing && (
          <button type="button" className="button" onClick={() => setIsEditing(true)}>
            {CARD_WORDS.change}
          </button>
        )}
        <button type="button" className="button" onClick={() => void onArchive(habit)}>
          {CARD_WORDS.archive}
        </button>
      </div>

      <div id={`${id}-history`} hidden={!isHistoryOpen}>
        {isHistoryOpen && <HabitHistory habit={habit} today={today} actions={actions} />}
      </div>
    </li>
  );
}
