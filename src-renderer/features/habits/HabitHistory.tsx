import { useMemo, useState } from 'react';
import { readAll, useQuery } from '../../api/use-query';
import { addDays } from '../../../src-main/shared/calendar';
import { strengthPercent } from '../../../src-main/shared/domain/habits';
import type { Habit, HabitHistoryDay } from '../../../src-main/shared/ipc-contract';
import { HabitStrengthChart, type StrengthPoint } from '../../charts/HabitStrengthChart';
import type { CheckinActions } from './checkin-actions';
import { CheckinControl } from './CheckinControl';
import { HabitCalendar } from './HabitCalendar';
import { firstDayOfMonth, lastDayOfMonth, longDay, monthOf } from './habit-dates';

const NO_DAYS: readonly HabitHistoryDay[] = [];

/** How far back the strength line looks. */
const TREND_DAYS = 90;

export interface HabitHistoryProps {
  readonly habit: Habit;
  readonly today: string;
  readonly actions: CheckinActions;
}

/** The line starts at the first recorded day; today is left out until something is recorded. */
function trendPoints(days: readonly HabitHistoryDay[], today: string): StrengthPoint[] {
  const isRecorded = (d: HabitHistoryDay) => d.count !== null || d.isSkip;
  const start = days.findIndex(isRecorded);
  if (start === -1) return [];
  return days
    .slice(start)
    .filter((d) => d.day !== today || isRecorded(d))
    .map((d) => ({ day: d.day, percent: strengthPercent(d.strength) }));
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
  const points = useMemo(() => trendPoints(trendDays, today), [trendDays, today]);
  const selected = selectedDay !== null && monthOf(selectedDay) === month ? selectedDay : null;
  const selectedData = selected ? byDay.get(selected) : undefined;
  const latest = points.at(-1);

  return (
    <div className="habit-history">
      {loadError && (
        <p className="field-error" role="alert">
          {loadError}
        </p>
      )}
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
          <h3>Strength, last {TREND_DAYS} days</h3>
          {points.length === 0 ? (
            <p className="muted">Your strength line starts with your first check-in.</p>
          ) : (
            <HabitStrengthChart
              points={points}
              label={`Strength of “${habit.name}” over the last ${TREND_DAYS} days, now ${latest?.percent ?? 0}%.`}
            />
          )}
        </div>
      </div>
      {selected ? (
        <section className="backfill" aria-label={`Record ${longDay(selected)}`}>
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
        <p className="hint calendar-hint">
          Choose a day in the calendar to record it or change it.
        </p>
      )}
    </div>
  );
}
