import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useToday } from '../../app/clock';
import { UndoMessage, useUndo } from '../../app/undo';
import { strengthPercent } from '../../../src-main/shared/domain/habits';
import type { Habit, HabitSummary } from '../../../src-main/shared/ipc-contract';
import type { AppError } from '../../../src-main/shared/result';
import { useCheckinActions } from './checkin-actions';
import { HabitCard } from './HabitCard';
import { checkRequest } from '../../forms';
import { EMPTY_HABIT, HabitForm, targetFromDraft, type HabitDraft } from './HabitForm';
import {
  archivedLine,
  CARD_WORDS,
  EMPTY_TEXT,
  EMPTY_TITLE,
  HABITS_INTRO,
  HABITS_TITLE,
  habitMessages,
} from './habits-copy';
import './habits.css';

const NO_HABITS: readonly HabitSummary[] = [];

/** Habits to build and to break, each with its strength, days kept, today's check-in and history. */
export function HabitsScreen() {
  const api = useApi();
  const { offerUndo, announce } = useUndo();
  const { day: today } = useToday();
  const [formKey, setFormKey] = useState(0);
  const actions = useCheckinActions();
  const list = useQuery(`habit:list:${today}`, (a) =>
    a.call('habit:list', { day: today, includeArchived: true }),
  );
  const habits = list.data ?? NO_HABITS;
  const { isLoaded, error: loadError } = list;

  const active = habits.filter((h) => h.archivedAt === null);
  const archived = habits.filter((h) => h.archivedAt !== null);

  /** Undo for a habit change: put its name and target back as they were. */
  function offerPutBack(message: string, previous: Habit) {
    offerUndo({
      message,
      undo: async () => {
        const { id, name, targetCount, period } = previous;
        const result = await api.call('habit:update', { id, name, targetCount, period });
        return result.ok ? null : result.error.message;
      },
    });
  }

  async function create(draft: HabitDraft): Promise<AppError | null> {
    const input = {
      name: draft.name,
      kind: draft.kind,
      targetCount: targetFromDraft(draft.targetCount),
      period: draft.period,
    };
    const problem = checkRequest('habit:create', input);
    if (problem) return problem;
    const result = await api.call('habit:create', input);
    if (!result.ok) return result.error;
    const habit = result.value;
    offerUndo({
      message: habitMessages.added(habit.name),
      // Habits are never deleted, only archived, so taking one back puts it with the archived ones.
      undo: async () => {
        const archivedNow = await api.call('habit:archive', { id: habit.id });
        return archivedNow.ok ? habitMessages.putAway(habit.name) : archivedNow.error.message;
      },
    });
    setFormKey((k) => k + 1);
    return null;
  }

  async function update(habit: HabitSummary, draft: HabitDraft): Promise<AppError | null> {
    const input = {
      id: habit.id,
      name: draft.name,
      targetCount: targetFromDraft(draft.targetCount),
      period: draft.period,
    };
    const problem = checkRequest('habit:update', input);
    if (problem) return problem;
    const result = await api.call('habit:update', input);
    if (!result.ok) return result.error;
    offerPutBack(habitMessages.saved(result.value.name), habit);
    return null;
  }

  async function archive(habit: HabitSummary): Promise<void> {
    const result = await api.call('habit:archive', { id: habit.id });
    if (!result.ok) {
      announce(result.error.message);
      return;
    }
    offerUndo({
      message: habitMessages.archived(habit.name),
      undo: async () => {
        const restored = await api.call('habit:restore', { id: habit.id });
        return restored.ok ? null : restored.error.message;
      },
    });
  }

  async function restore(habit: HabitSummary): Promise<void> {
    const result = await api.call('habit:restore', { id: habit.id });
    if (!result.ok) {
      announce(result.error.message);
      return;
    }
    offerUndo({
      message: habitMessages.restored(habit.name),
      undo: async () => {
        const archivedAgain = await api.call('habit:archive', { id: habit.id });
        return archivedAgain.ok ? null : archivedAgain.error.message;
      },
    });
  }

  return (
    <section aria-labelledby="habits-title" className="screen habits-screen">
      <h1 id="habits-title">{HABITS_TITLE}</h1>
      <p className="muted habits-intro">{HABITS_INTRO}</p>
      <UndoMessage />
      {loadError && (
        <p className="field-error" role="alert">
          {loadError}
        </p>
      )}
      <div className="habits-layout">
        <div className="habits-main">
          {/* "No habits yet" only when the list was read; after a failure the alert says why. */}
          {isLoaded && loadError === null && active.length === 0 ? (
            <div className="card habits-empty">
              <h2>{EMPTY_TITLE}</h2>
              <p className="muted">{EMPTY_TEXT}</p>
            </div>
          ) : (
            <ul className="habit-list" aria-label={CARD_WORDS.list}>
              {active.map((habit) => (
                <HabitCard
                  key={habit.id}
                  habit={habit}
                  today={today}
                  actions={actions}
                  onUpdate={update}
                  onArchive={archive}
                />
              ))}
            </ul>
          )}
        </div>
        <HabitForm key={formKey} initial={EMPTY_HABIT} isEditing={false} onSave={create} />
      </div>

      {archived.length > 0 && (
        <details className="card habits-archived">
          <summary>
            <h2>{CARD_WORDS.archivedTitle(archived.length)}</h2>
          </summary>
          <ul className="archived-list" aria-label={CARD_WORDS.archivedList}>
            {archived.map((habit) => (
              <li key={habit.id} className="archived-habit" aria-label={habit.name}>
                <div>
                  <strong>{habit.name}</strong>
                  <p className="muted">{archivedLine(habit, strengthPercent(habit.strength))}</p>
                </div>
                <button type="button" className="button" onClick={() => void restore(habit)}>
                  {CARD_WORDS.restore}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
