import type { ReactElement } from 'react';
import { strengthPercent } from '../../shared/domain/habits';
import { shortDate } from '../format';
import { HabitPanelChart } from '../charts/index';
import { strengthAtEnd } from '../readiness';
import {
  COLUMNS,
  HABIT_NAMES_LEFT_OUT,
  HABITS_INTRO,
  HEADINGS,
  NO_HABITS,
  archivedOn,
  goalText,
  habitCountText,
  habitKindWords,
} from '../report-copy';
import type { HabitData, ReportData } from '../report-data';
import { daysKept } from '../summary';
import { habitName, type Voice } from '../voice';

/** Habits in use at some point of the period: created by its end, not archived before it. */
function habitsInPeriod(data: ReportData): HabitData[] {
  return data.habits.filter(
    (h) =>
      h.createdDay <= data.to &&
      (h.archivedDay === null ||
        h.archivedDay >= data.from ||
        h.records.some((r) => r.day >= data.from)),
  );
}

/** Habits: an overview table, then each habit's strength and goal met, one panel each. */
export function HabitsSection({
  data,
  voice,
}: {
  readonly data: ReportData;
  readonly voice: Voice;
}): ReactElement {
  const habits = habitsInPeriod(data);
  if (habits.length === 0) {
    return (
      <section aria-labelledby="habits">
        <h2 id="habits">{HEADINGS.habits}</h2>
        <p>{NO_HABITS}</p>
      </section>
    );
  }
  // Named by their place among all habits, so "Habit 2" is the same habit in every report.
  const named = habits.map((habit) => ({
    habit,
    name: habitName(habit, data.habits.indexOf(habit), voice),
  }));
  // A habit to build counts its check-ins; a habit to break counts the days it was kept.
  const inPeriodCount = (habit: HabitData) =>
    habit.kind === 'break'
      ? daysKept(habit, data.from, data.to)
      : habit.records.filter((r) => r.day >= data.from && r.day <= data.to && !r.isSkip).length;
  return (
    <section aria-labelledby="habits">
      <div className="keep">
        <h2 id="habits">{HEADINGS.habits}</h2>
        <p>{HABITS_INTRO}</p>
        <table className="keep">
          <thead>
            <tr>
              <th>{COLUMNS.habit}</th>
              <th>{COLUMNS.goal}</th>
              <th className="number">{COLUMNS.inThisPeriod}</th>
              <th className="number">{COLUMNS.strengthAtEnd}</th>
            </tr>
          </thead>
          <tbody>
            {named.map(({ habit, name }) => (
              <tr key={habit.id}>
                <td className="own">{name}</td>
                <td>{goalText(habit.kind, habit.targetCount, habit.period)}</td>
                <td className="number">{habitCountText(habit.kind, inPeriodCount(habit))}</td>
                <td className="number">{strengthPercent(strengthAtEnd(habit, data.to))}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!voice.includesText && <p className="muted">{HABIT_NAMES_LEFT_OUT}</p>}
      {named.map(({ habit, name }) => (
        <div className="habit" key={habit.id}>
          <div className="habit-title">
            <h3>{name}</h3>
            <span className="muted">
              {habitKindWords(habit.kind)}: {goalText(habit.kind, habit.targetCount, habit.period)}
              {habit.archivedDay !== null &&
                habit.archivedDay <= data.to &&
                archivedOn(shortDate(habit.archivedDay))}
            </span>
          </div>
          <figure className="chart">
            <HabitPanelChart habit={habit} from={data.from} to={data.to} />
          </figure>
        </div>
      ))}
    </section>
  );
}
