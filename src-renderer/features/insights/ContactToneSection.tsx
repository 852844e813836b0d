import { ContactToneChart } from '../../charts/ContactToneChart';
import { CONTACT_TONE_TITLE } from '../../charts/habit-practice-contact-copy';
import type { ChartRange } from '../../../src-main/shared/series/ranges';
import { ChartSection, useChartSeries } from './ChartSection';
import { CONTACT_UNREAD } from './insights-copy';

/**
 * Contact with the ex over the range by tone, read from `chart:contact`. No contact in the range
 * is said by the chart, neutrally, with no link: contact is never something the app invites.
 */
export function ContactToneSection({
  range,
  today,
  headingLevel = 2,
}: {
  readonly range: ChartRange;
  readonly today: string;
  /** 2 on Insights, where each chart is a part of the screen; 3 inside another section. */
  readonly headingLevel?: 2 | 3;
}) {
  return (
    <ChartSection
      query={useChartSeries('chart:contact', range, today)}
      title={CONTACT_TONE_TITLE}
      unread={CONTACT_UNREAD}
      headingLevel={headingLevel}
      className="contact-tone-section"
    >
      {(series) => <ContactToneChart series={series} headingLevel={headingLevel} />}
    </ChartSection>
  );
}
