import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useUndo } from '../../app/undo';
import { CHECKIN_COUNT_MAX } from '../../../src-main/shared/domain/habits';
import type { Checkin, Habit } from '../../../src-main/shared/ipc-contract';
import type { AppError } from '../../../src-main/shared/result';

/** What a person records about one day of a habit. */
export interface DayState {
  readonly count: number | null;
  readonly isSkip: boolean;
  readonly note: string | null;
}

/**
 * Saves that make one change together (quick clicks on a stepper): Undo after any of them puts
 * back what was there before the first, not the count one click earlier. The first save fills
 * `previous`; the others leave it.
 */
export interface UndoBurst {
  previous: Checkin | null | undefined;
}

export interface CheckinActions {
  /** Records the day; resolves to an error to show, or null when saved (Undo is offered). */
  save(
    habit: Habit,
    day: string,
    next: DayState,
    message: string,
    burst?: UndoBurst,
  ): Promise<AppError | null>;
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
    async save(habit, day, next, message, burst) {
      const result = await api.call('checkin:set', { habitId: habit.id, day, ...next });
      if (!result.ok) return result.error;
      offerRestore(habit, day, message, undoTarget(burst, result.value.previous));
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

/** What Undo puts back: the day before the burst began, or before this one save. */
export function undoTarget(burst: UndoBurst | undefined, previous: Checkin | null): Checkin | null {
  if (!burst) return previous;
  if (burst.previous === undefined) burst.previous = previous;
  return burst.previous;
}

export interface QueuedCount {
  /** The count to show: the latest one asked for, saved or on its way. */
  readonly count: number | null;
  /** One click on "+" (1) or "−" (-1). */
  step(delta: number): void;
}

/**
 * A stepper's count under quick clicks: a double-click on "+" adds 2 and three clicks within one
 * frame add 3. Each click steps from the latest count asked for, never from the count the last
 * render saw (that one is stale until the save and the reload after it come back, so every quick
 * click used to save the same "count + 1"). Saves go one at a time, and clicks made while one is
 * on its way are saved together after it, as one absolute count: the main process only ever sees
 * counts the person asked for, in order, and the last one wins.
 *
 * `saved` is the count the screen last loaded; `write` saves one count (with the burst, for Undo)
 * and resolves to whether it was saved. A failed save drops the clicks queued behind it, so the
 * count shown goes back to what is stored, next to the error `write` showed.
 */
export function useQueuedCount(
  saved: number | null,
  write: (next: number, burst: UndoBurst) => Promise<boolean>,
): QueuedCount {
  const wanted = useRef<number | null>(null);
  // The last count this stepper saved, until the screen's own reload shows what is stored.
  const written = useRef<number | null>(null);
  const isWriting = useRef(false);
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    // A fresh load (after our saves, an Undo, or a change elsewhere) is the truth again; while
    // saves are on their way, a reload may show an earlier one of them and must not win.
    if (isWriting.current) return;
    written.current = null;
    setShown(null);
  }, [saved]);

  async function drain() {
    isWriting.current = true;
    const burst: UndoBurst = { previous: undefined };
    try {
      while (wanted.current !== null) {
        const next = wanted.current;
        if (!(await write(next, burst))) {
          wanted.current = null;
          written.current = null;
          setShown(null);
          return;
        }
        written.current = next;
        if (wanted.current === next) wanted.current = null;
      }
    } finally {
      isWriting.current = false;
    }
  }

  return {
    count: shown ?? saved,
    step(delta) {
      const base = wanted.current ?? written.current ?? saved ?? 0;
      const next = Math.min(CHECKIN_COUNT_MAX, Math.max(0, base + delta));
      if (next === base && (wanted.current ?? written.current ?? saved) !== null) return;
      wanted.current = next;
      setShown(next);
      if (!isWriting.current) void drain();
    },
  };
}
