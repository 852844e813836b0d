import { readAll, useQuery } from '../../api/use-query';
import { ReadFailure } from '../../app/read-failure';
import { ChartNothing } from '../../charts/ChartNothing';
import { HabitStrengthLines } from '../../charts/HabitStrengthLines';
import { HABIT_LINES_TITLE } from '../../charts/habit-practice-contact-copy';
import type { ChartRange } from '../../../src-main/shared/series/ranges';
import { HABITS_HREF, HABITS_UNREAD, NO_HABITS_YET, READING, START_A_HABIT } from './charts-b-copy';

/**
 * Every habit's strength over the range, read from `chart:habits`. The habit list (archived ones
 * included) tells "no habits yet", which offers a way to start one, from "none active in this
 * range", which the chart says itself.
 */
export function HabitStrengthSection({
  range,
  today,
  headingLevel = 2,
}: {
  readonly range: ChartRange;
  readonly today: string;
  /** 2 on Insights, where each chart is a part of the screen; 3 inside another section. */
  readonly headingLevel?: 2 | 3;
}) {
  const query = useQuery(`chart:habits:${range}:${today}`, (api) =>
    readAll({
      series: api.call('chart:habits', { range, today }),
      habits: api.call('habit:list', { day: today, includeArchived: true }),
    }),
  );
  const failure = (
    <ReadFailure what={HABITS_UNREAD.what} instead={HABITS_UNREAD.instead} message={query.error} />
  );
  if (query.data === undefined) {
    return (
      <ChartNothing
        headingLevel={headingLevel}
        title={HABIT_LINES_TITLE}
        summary={query.isLoaded ? '' : READING}
        isBusy={!query.isLoaded}
      >
        {failure}
      </ChartNothing>
    );
  }
  if (query.data.habits.length === 0) {
    return (
      <ChartNothing headingLevel={headingLevel} title={HABIT_LINES_TITLE} summary={NO_HABITS_YET}>
        <a className="button" href={HABITS_HREF}>
          {START_A_HABIT}
        </a>
      </ChartNothing>
    );
  }
  return (
    <div className="insights-chart">
      {failure}
      <HabitStrengthLines series={query.data.series} headingLevel={headingLevel} />
    </div>
  );
}
