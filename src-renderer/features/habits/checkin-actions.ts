import { useApi } from '../../api/api-context';
import { useUndo } from '../../app/undo';
import type { Checkin, Habit } from '../../../src-main/shared/ipc-contract';
import type { AppError } from '../../../src-main/shared/result';

/** What a person records about one day of a habit. */
export interface DayState {
  readonly count: number | null;
  readonly isSkip: boolean;
  readonly note: string | null;
}

export interface CheckinActions {
  /** Records the day; resolves to an error to show, or null when saved (Undo is offered). */
  save(habit: Habit, day: string, next: DayState, message: string): Promise<AppError | null>;
  /** Empties the day; Undo puts back what was there. */
  clear(habit: Habit, day: string, message: string): Promise<AppError | null>;
}

/**
 * Saving and clearing a day, each with an Undo that puts back exactly what was there before
 * (`checkin:restore` with the check-in the change answered with, times included). Every screen
 * reads again after each of them by itself (see useQuery).
 */
export function useCheckinActions(): CheckinActions {
  const api = useApi();
  const { offerUndo } = useUndo();

  function offerRestore(habit: Habit, day: string, message: string, previous: Checkin | null) {
    offerUndo({
      message,
      undo: async () => {
        const restored = await api.call('checkin:restore', { habitId: habit.id, day, previous });
        return restored.ok ? null : restored.error.message;
      },
    });
  }

  return {
    async save(habit, day, next, message) {
      const result = await api.call('checkin:set', { habitId: habit.id, day, ...next });
      if (!result.ok) return result.error;
      offerRestore(habit, day, message, result.value.previous);
      return null;
    },
    async clear(habit, day, message) {
      const result = await api.call('checkin:clear', { habitId: habit.id, day });
      if (!result.ok) return result.error;
      offerRestore(habit, day, message, result.value.previous);
      return null;
    },
  };
}
