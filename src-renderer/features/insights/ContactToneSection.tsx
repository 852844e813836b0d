import { ContactToneChart } from '../../charts/ContactToneChart';
import { CONTACT_TONE_TITLE } from '../../charts/habit-practice-contact-copy';
import { ChartSection, useChartSeries, type InsightsSectionProps } from './ChartSection';
import { CONTACT_UNREAD } from './insights-copy';

/**
 * Contact with the ex over the range by tone, read from `chart:contact`. No contact in the range
 * is said by the chart, neutrally, with no link: contact is never something the app invites.
 */
export function ContactToneSection({ range, today, headingLevel = 2 }: InsightsSectionProps) {
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
