import { useId, useState } from 'react';
import { dayCount, describeTarget, strengthPercent } from '../../../src-main/shared/domain/habits';
import type { HabitSummary } from '../../../src-main/shared/ipc-contract';
import type { AppError } from '../../../src-main/shared/result';
import type { CheckinActions } from './checkin-actions';
import { CheckinControl } from './CheckinControl';
import { HabitForm, type HabitDraft } from './HabitForm';
import { HabitHistory } from './HabitHistory';

export interface HabitCardProps {
  readonly habit: HabitSummary;
  readonly today: string;
  readonly actions: CheckinActions;
  readonly onUpdate: (habit: HabitSummary, draft: HabitDraft) => Promise<AppError | null>;
  readonly onArchive: (habit: HabitSummary) => Promise<void>;
}

/** Strength as a number and a bar; the bar is the same number drawn, so it is hidden from readers. */
export function StrengthMeter({ strength, name }: { strength: number; name: string }) {
  const percent = strengthPercent(strength);
  return (
    <div
      className="strength"
      role="meter"
      aria-label={`Strength of “${name}”`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%`}
    >
      <div className="strength-text">
        <span className="strength-value">{percent}%</span>
        <span className="muted"> strength</span>
      </div>
      <div className="strength-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
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
          <p className="muted habit-target">
            {habit.kind === 'build' ? 'Building' : 'Breaking'}:{' '}
            {describeTarget(habit.kind, habit.targetCount, habit.period)}
          </p>
        </div>
        <StrengthMeter strength={habit.strength} name={habit.name} />
        <dl className="habit-streaks">
          <div>
            <dt>Current streak</dt>
            <dd>{dayCount(habit.currentStreak)}</dd>
          </div>
          <div>
            <dt>Best streak</dt>
            <dd>{dayCount(habit.bestStreak)}</dd>
          </div>
        </dl>
      </div>

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
          {isHistoryOpen ? 'Hide calendar' : 'Calendar'}
        </button>
        {!isEditing && (
          <button type="button" className="button" onClick={() => setIsEditing(true)}>
            Rename or change target
          </button>
        )}
        <button type="button" className="button" onClick={() => void onArchive(habit)}>
          Archive
        </button>
      </div>

      <div id={`${id}-history`} hidden={!isHistoryOpen}>
        {isHistoryOpen && <HabitHistory habit={habit} today={today} actions={actions} />}
      </div>
    </li>
  );
}
