import { ReadFailure } from '../../app/read-failure';
import { useMemo, useState } from 'react';
import { readAll, useQuery } from '../../api/use-query';
import { addDays } from '../../../src-main/shared/calendar';
import { strengthPercent } from '../../../src-main/shared/domain/habits';
import type { HabitHistoryDay, HabitSummary } from '../../../src-main/shared/ipc-contract';
import { HabitStrengthChart, type StrengthPoint } from '../../charts/HabitStrengthChart';
import type { CheckinActions } from './checkin-actions';
import { CheckinControl } from './CheckinControl';
import { HabitCalendar } from './HabitCalendar';
import { HISTORY_WORDS, strengthName } from './habits-copy';
import { firstDayOfMonth, lastDayOfMonth, longDay, monthOf } from './habit-dates';

const NO_DAYS: readonly HabitHistoryDay[] = [];

/** How far back the strength line looks. */
const TREND_DAYS = 90;

export interface HabitHistoryProps {
  /** The habit as listed for `today`: its `strength` is the one number shown for today. */
  readonly habit: HabitSummary;
  readonly today: string;
  readonly actions: CheckinActions;
}

/**
 * The strength line: from the first recorded day up to today. Today's point is the habit's
 * strength as the card shows it (`HabitSummary.strength`, from `summarizeHabit`), not the history's
 * end-of-day score: today is still going on, so a target not met yet must not pull the line (or
 * the "now" figure under it) below the number in the card's header. Exported for its tests.
 */
export function trendPoints(
  days: readonly HabitHistoryDay[],
  today: string,
  strengthToday: number,
): StrengthPoint[] {
  // The habit's days begin at its first record; one recorded before the window shows as a day
  // already judged (met or not) or a strength above 0, so the line then starts with the window.
  const start = days.findIndex(
    (d) => d.count !== null || d.isSkip || d.metTarget !== null || d.strength > 0,
  );
  if (start === -1) return [];
  const past = days
    .slice(start)
    .filter((d) => d.day < today)
    .map((d) => ({ day: d.day, percent: strengthPercent(d.strength) }));
  return [...past, { day: today, percent: strengthPercent(strengthToday) }];
}

/** A habit's month calendar, to look back and to back-fill days, and its strength line. */
export function HabitHistory({ habit, today, actions }: HabitHistoryProps) {
  const [month, setMonth] = useState(monthOf(today));
  const [focusDay, setFocusDay] = useState(today);
  const [selectedDay, setSelectedDay] = useState<string | null>(null);
  const history = useQuery(`habit:history:${habit.id}:${month}:${today}`, (api) =>
    readAll({
      month: api.call('habit:history', {
        habitId: habit.id,
        from: firstDayOfMonth(month),
        to: lastDayOfMonth(month),
      }),
      trend: api.call('habit:history', {
        habitId: habit.id,
        from: addDays(today, -(TREND_DAYS - 1)),
        to: today,
      }),
    }),
  );
  const monthDays = history.data?.month.days ?? NO_DAYS;
  const trendDays = history.data?.trend.days ?? NO_DAYS;
  const loadError = history.error;

  const byDay = useMemo(() => new Map(monthDays.map((d) => [d.day, d])), [monthDays]);
  const points = useMemo(
    () => trendPoints(trendDays, today, habit.strength),
    [trendDays, today, habit.strength],
  );
  // The line starts at the first record: a habit a week old has no "last 90 days" to show.
  const isYoungerThanWindow = points.length > 0 && points.length < TREND_DAYS;
  const selected = selectedDay !== null && monthOf(selectedDay) === month ? selectedDay : null;
  const selectedData = selected ? byDay.get(selected) : undefined;
  const latest = points.at(-1);

  return (
    <div className="habit-history">
      <ReadFailure
        what={HISTORY_WORDS.readFailureWhat}
        instead={HISTORY_WORDS.readFailureInstead}
        message={loadError}
      />
      <div className="habit-history-layout">
        <HabitCalendar
          habit={habit}
          month={month}
          today={today}
          days={byDay}
          focusDay={focusDay}
          selectedDay={selected}
          onFocusDay={(day) => {
            setFocusDay(day);
            setMonth(monthOf(day));
          }}
          onSelectDay={setSelectedDay}
          onMonth={(next) => {
            setMonth(next);
            setFocusDay(next === monthOf(today) ? today : firstDayOfMonth(next));
          }}
        />
        <div className="habit-trend">
          <h3>{HISTORY_WORDS.trendTitle(TREND_DAYS, isYoungerThanWindow)}</h3>
          {points.length === 0 ? (
            // Only a successful read can say there are no check-ins yet.
            loadError === null && <p className="muted">{HISTORY_WORDS.trendEmpty}</p>
          ) : (
            <HabitStrengthChart
              points={points}
              label={HISTORY_WORDS.trendLabel(
                strengthName(habit),
                TREND_DAYS,
                latest?.percent ?? 0,
                isYoungerThanWindow,
              )}
            />
          )}
        </div>
      </div>
      {selected ? (
        <section className="backfill" aria-label={HISTORY_WORDS.recordDay(longDay(selected))}>
          <h3>{longDay(selected)}</h3>
          <CheckinControl
            key={selected}
            habit={habit}
            day={selected}
            today={today}
            state={
              selectedData && (selectedData.count !== null || selectedData.isSkip)
                ? selectedData
                : null
            }
            actions={actions}
          />
        </section>
      ) : (
        <p className="hint calendar-hint">{HISTORY_WORDS.chooseDay}</p>
      )}
    </div>
  );
}
