import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { msUntilNextDay, systemTimeZone, todayAt } from '../../src-main/shared/calendar';

/** The person's day, as their computer's clock and zone say now. */
export interface Today {
  /** `YYYY-MM-DD` in `timeZone`. */
  readonly day: string;
  /** The IANA zone this computer's clock is set to. */
  readonly timeZone: string;
}

/** The zone this computer's clock is set to: the person's "today" is a day in this zone. */
export function currentTimeZone(): string {
  return systemTimeZone();
}

/** Today's calendar day in `timeZone`, by the clock right now. */
export function todayIn(timeZone: string): string {
  return todayAt(new Date(), timeZone);
}

/** Reads the clock: today's day in the computer's zone, right now. */
export function readToday(now: Date = new Date()): Today {
  const timeZone = currentTimeZone();
  return { day: todayAt(now, timeZone), timeZone };
}

/**
 * The longest the clock goes unread while the window stays open. Timers do not run while a computer
 * sleeps and the zone can change under us (travel), so even a far-off midnight is checked hourly.
 */
const LONGEST_WAIT_MS = 60 * 60 * 1000;

/** Events after which the day may have changed, or just before the person acts on what they see. */
const WAKE_EVENTS = ['focus', 'pageshow'] as const;
const ACTION_EVENTS = ['pointerdown', 'keydown'] as const;

const ClockContext = createContext<Today | null>(null);

/**
 * Keeps one "today" for every screen and moves it on when the clock does: at the next local
 * midnight (DST-safe: the timer aims at the instant the zone's next day begins), when the window
 * wakes up (focus, becoming visible, coming back from the page cache), and just before every
 * pointer press or key press, so that an action always uses the day on screen and the day on
 * screen is today.
 */
export function ClockProvider({ children }: { children: ReactNode }) {
  const [today, setToday] = useState<Today>(() => readToday());

  const check = useCallback(() => {
    const next = readToday();
    // Same day and zone: keep the same object so nothing re-renders.
    setToday((shown) =>
      shown.day === next.day && shown.timeZone === next.timeZone ? shown : next,
    );
  }, []);

  // Re-armed whenever the day changes, and after each hourly check that finds the same day.
  const [armed, setArmed] = useState(0);
  useEffect(() => {
    const wait = Math.min(msUntilNextDay(new Date(), today.timeZone), LONGEST_WAIT_MS);
    const timer = window.setTimeout(() => {
      check();
      setArmed((n) => n + 1);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [today, armed, check]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'visible') check();
    };
    for (const type of WAKE_EVENTS) window.addEventListener(type, check);
    // Capture, so the day is settled before any screen's own handler runs.
    for (const type of ACTION_EVENTS) window.addEventListener(type, check, { capture: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      for (const type of WAKE_EVENTS) window.removeEventListener(type, check);
      for (const type of ACTION_EVENTS) window.removeEventListener(type, check, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [check]);

  return <ClockContext.Provider value={today}>{children}</ClockContext.Provider>;
}

/** Today's day and zone, the same for every screen, following the clock (see ClockProvider). */
export function useToday(): Today {
  const today = useContext(ClockContext);
  if (!today) throw new Error('useToday must be used inside <ClockProvider>.');
  return today;
}

/**
 * The day a new-entry form starts on: today while the form is untouched (so a form left open
 * overnight offers the new day), and the day it was first touched after that (so nothing the
 * person is typing is ever thrown away when the day turns). `formKey` changes with that day; use it
 * in the form's key. Call `markTouched` when focus enters the form, `reset` after a save.
 */
export function useNewEntryDay(): {
  readonly formKey: string;
  readonly markTouched: () => void;
  readonly reset: () => void;
} {
  const { day: today } = useToday();
  const [touchedOn, setTouchedOn] = useState<string | null>(null);
  const markTouched = useCallback(() => setTouchedOn((day) => day ?? today), [today]);
  const reset = useCallback(() => setTouchedOn(null), []);
  return { formKey: touchedOn ?? today, markTouched, reset };
}
