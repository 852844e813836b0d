import { useId, type CSSProperties, type ReactNode } from 'react';

/** A tooltip's box in the page's own surface and text colours, which follow the theme. */
export const TOOLTIP_STYLE: CSSProperties = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  color: 'var(--text)',
};

/**
 * A chart's place when there is nothing to draw (yet): the heading and the sentence that says so
 * plainly (nothing in this range, still reading, could not be read), without an empty frame of
 * axes or a table with no rows.
 */
export function ChartNothing({
  title,
  summary,
  headingLevel = 3,
  isBusy = false,
  children = null,
}: {
  readonly title: string;
  readonly summary: string;
  readonly headingLevel?: 2 | 3;
  /** True while the chart's numbers are still being read. */
  readonly isBusy?: boolean;
  /** What to do next (a link), or why it could not be read. */
  readonly children?: ReactNode;
}) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-frame chart-nothing" aria-labelledby={id} aria-busy={isBusy}>
      <div className="chart-frame-head">
        <Heading id={id}>{title}</Heading>
      </div>
      {summary === '' ? null : <p className="chart-summary">{summary}</p>}
      {children}
    </section>
  );
}
