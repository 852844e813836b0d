import type { ReactNode } from 'react';
import type { ApiClient } from '../../api/api-client';
import { useQuery, type Query } from '../../api/use-query';
import { ReadFailure } from '../../app/read-failure';
import { ChartNothing } from '../../charts/ChartNothing';
import type { ChartChannel } from '../../../src-main/shared/ipc-channels';
import type { ChartRequest } from '../../../src-main/shared/contract/charts';
import type { ChannelOutput } from '../../../src-main/shared/ipc-contract';
import type { Result } from '../../../src-main/shared/result';
import type { ChartRange } from '../../../src-main/shared/series/ranges';
import { READING } from './insights-copy';

/** What every Insights section is given: the range, today, and its heading's level. */
export interface InsightsSectionProps {
  readonly range: ChartRange;
  readonly today: string;
  /** 2 on Insights, where each chart is a part of the screen; 3 inside another section. */
  readonly headingLevel?: 2 | 3;
}

/**
 * Each chart channel's read, written out once per channel so the compiler checks each takes a
 * ChartRequest and gives its own series (a generic call could not be checked without a cast).
 */
const READS: {
  readonly [C in ChartChannel]: (
    api: ApiClient,
    request: ChartRequest,
  ) => Promise<Result<ChannelOutput<C>>>;
} = {
  'chart:mood': (api, request) => api.call('chart:mood', request),
  'chart:hurt': (api, request) => api.call('chart:hurt', request),
  'chart:habits': (api, request) => api.call('chart:habits', request),
  'chart:practice': (api, request) => api.call('chart:practice', request),
  'chart:contact': (api, request) => api.call('chart:contact', request),
  'chart:stages': (api, request) => api.call('chart:stages', request),
};

/**
 * One chart channel's series for a range ending today, read again when either changes (and after
 * any change of data, as every query is). The key names the channel, so two charts never share
 * an answer.
 */
export function useChartSeries<C extends ChartChannel>(
  channel: C,
  range: ChartRange,
  today: string,
): Query<ChannelOutput<C>> {
  const read = READS[channel];
  return useQuery(`${channel}:${range}:${today}`, (api) => read(api, { range, today }));
}

/**
 * How every Insights section reads: while its numbers are read, the chart's heading with a busy
 * "Reading your entries…" (so the page does not jump when they come); when they cannot be read,
 * the reason alone, never an empty chart that would look like "nothing recorded"; otherwise the
 * chart (with the reason above it when a re-read failed and the last answer is still shown).
 */
export function ChartSection<T>({
  query,
  title,
  unread,
  headingLevel,
  className,
  children,
}: {
  readonly query: Query<T>;
  /** The chart's heading, said while its numbers are read. */
  readonly title: string;
  readonly unread: { readonly what: string; readonly instead: string };
  readonly headingLevel: 2 | 3;
  readonly className: string;
  /** The chart (or the plain sentence that there is nothing yet) for the numbers read. */
  readonly children: (data: T) => ReactNode;
}) {
  const failure = <ReadFailure what={unread.what} instead={unread.instead} message={query.error} />;
  if (query.data === undefined && !query.isLoaded) {
    return (
      <div className={`insights-section ${className}`}>
        <ChartNothing headingLevel={headingLevel} title={title} summary={READING} isBusy />
      </div>
    );
  }
  return (
    <div className={`insights-section ${className}`}>
      {failure}
      {query.data === undefined ? null : children(query.data)}
    </div>
  );
}
