import { readAll, useQuery } from '../../api/use-query';
import { ChartNothing } from '../../charts/ChartNothing';
import { HabitStrengthLines } from '../../charts/HabitStrengthLines';
import { HABIT_LINES_TITLE } from '../../charts/habit-practice-contact-copy';
import { ChartSection, type InsightsSectionProps } from './ChartSection';
import { HABITS_HREF, HABITS_UNREAD, NO_HABITS_YET, START_A_HABIT } from './insights-copy';

/**
 * Every habit's strength over the range, read from `chart:habits`. The habit list (archived ones
 * included) tells "no habits yet", which offers a way to start one, from "none active in this
 * range", which the chart says itself.
 */
export function HabitStrengthSection({ range, today, headingLevel = 2 }: InsightsSectionProps) {
  // Two reads in one answer (not useChartSeries): "no habits yet" needs the habit list as well.
  const query = useQuery(`chart:habits:${range}:${today}`, (api) =>
    readAll({
      series: api.call('chart:habits', { range, today }),
      habits: api.call('habit:list', { day: today, includeArchived: true }),
    }),
  );
  return (
    <ChartSection
      query={query}
      title={HABIT_LINES_TITLE}
      unread={HABITS_UNREAD}
      headingLevel={headingLevel}
      className="habit-strength-section"
    >
      {({ series, habits }) =>
        habits.length === 0 ? (
          <ChartNothing
            headingLevel={headingLevel}
            title={HABIT_LINES_TITLE}
            summary={NO_HABITS_YET}
          >
            <a className="button" href={HABITS_HREF}>
              {START_A_HABIT}
            </a>
          </ChartNothing>
        ) : (
          <HabitStrengthLines series={series} headingLevel={headingLevel} />
        )
      }
    </ChartSection>
  );
}
