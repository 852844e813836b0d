import { useQuery } from '../../api/use-query';
import { ReadFailure } from '../../app/read-failure';
import { ChartNothing } from '../../charts/ChartNothing';
import { ContactToneChart } from '../../charts/ContactToneChart';
import { CONTACT_TONE_TITLE } from '../../charts/habit-practice-contact-copy';
import type { ChartRange } from '../../../src-main/shared/series/ranges';
import { CONTACT_UNREAD, READING } from './charts-b-copy';

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
  const query = useQuery(`chart:contact:${range}:${today}`, (api) =>
    api.call('chart:contact', { range, today }),
  );
  const failure = (
    <ReadFailure
      what={CONTACT_UNREAD.what}
      instead={CONTACT_UNREAD.instead}
      message={query.error}
    />
  );
  if (query.data === undefined) {
    return (
      <ChartNothing
        headingLevel={headingLevel}
        title={CONTACT_TONE_TITLE}
        summary={query.isLoaded ? '' : READING}
        isBusy={!query.isLoaded}
      >
        {failure}
      </ChartNothing>
    );
  }
  return (
    <div className="insights-chart">
      {failure}
      <ContactToneChart series={query.data} headingLevel={headingLevel} />
    </div>
  );
}
