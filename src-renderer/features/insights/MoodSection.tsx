import { ReadFailure } from '../../app/read-failure';
import { MoodSeriesChart } from '../../charts/MoodSeriesChart';
import { MOOD_CHART_TITLE } from '../../charts/progress-charts-copy';
import { ChartSection, useChartSeries, type InsightsSectionProps } from './ChartSection';
import { BANDS_UNREAD, MOOD_UNREAD } from './insights-copy';

/**
 * Mood over the range with the stages as bands behind it: the two reads are separate, so mood is
 * still drawn (and says the bands are missing) when the stages cannot be read. The chart waits
 * for both answers (or the stages' failure), so its points are drawn once rather than again
 * when the bands arrive: a year of daily dots is the costliest picture on the screen.
 */
export function MoodSection({ range, today, headingLevel = 2 }: InsightsSectionProps) {
  const stages = useChartSeries('chart:stages', range, today);
  const mood = useChartSeries('chart:mood', range, today);
  return (
    <ChartSection
      query={stages.isLoaded ? mood : { ...mood, data: undefined, isLoaded: false }}
      title={MOOD_CHART_TITLE}
      unread={MOOD_UNREAD}
      headingLevel={headingLevel}
      className="mood-section"
    >
      {(series) => (
        <>
          <ReadFailure
            what={BANDS_UNREAD.what}
            instead={BANDS_UNREAD.instead}
            message={stages.error}
          />
          <MoodSeriesChart
            series={series}
            stages={stages.data?.spans ?? null}
            headingLevel={headingLevel}
          />
        </>
      )}
    </ChartSection>
  );
}
