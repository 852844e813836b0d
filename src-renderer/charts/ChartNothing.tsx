import { useId, type CSSProperties } from 'react';

/** A tooltip's box in the page's own surface and text colours, which follow the theme. */
export const TOOLTIP_STYLE: CSSProperties = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  color: 'var(--text)',
};

/**
 * A chart's place when its range holds nothing to draw: the heading and the sentence that says
 * so, plainly, without an empty frame of axes or a table with no rows.
 */
export function ChartNothing({
  title,
  summary,
  headingLevel = 3,
}: {
  readonly title: string;
  readonly summary: string;
  readonly headingLevel?: 2 | 3;
}) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-frame chart-nothing" aria-labelledby={id}>
      <div className="chart-frame-head">
        <Heading id={id}>{title}</Heading>
      </div>
      <p className="chart-summary">{summary}</p>
    </section>
  );
}
