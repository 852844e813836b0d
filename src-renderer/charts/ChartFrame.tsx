import { useId, useState, type ReactNode } from 'react';
import { SHOW_CHART, SHOW_TABLE } from './chart-copy';
import './chart-frame.css';

/** The numbers a chart draws, as rows of text in the order its table shows them. */
export interface ChartTable {
  /** What the table holds, read as its caption: "Mood by day, 1 to 30 November 2026". */
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * Every chart's frame: a heading, one sentence saying what the chart shows (read by a screen
 * reader as the chart's name, and visible to everyone), what one point stands for, and a
 * "Show as table" button that swaps the picture for a table of the same numbers. The picture
 * itself is hidden from screen readers, since the sentence and the table say what it says.
 */
export function ChartFrame({
  title,
  summary,
  note,
  table,
  children,
  controls = null,
  headingLevel = 3,
}: {
  readonly title: string;
  /** One sentence: what the chart shows and what stands out. */
  readonly summary: string;
  /** What one point or bar stands for (BUCKET_NOTES, BAR_NOTES), or another short note; none when null. */
  readonly note: string | null;
  /**
   * The table's rows, made only when "Show as table" is pressed: a long range has thousands of
   * cells to format, which would otherwise be worked out on every draw and never shown.
   */
  readonly table: () => ChartTable;
  /** The chart, drawn by recharts. */
  readonly children: ReactNode;
  /**
   * Buttons that change the picture (a legend that hides lines), shown with it. They sit outside
   * the picture, which is hidden from screen readers, so they can be reached and pressed.
   */
  readonly controls?: ReactNode;
  readonly headingLevel?: 2 | 3;
}) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-frame" aria-labelledby={`${id}-title`}>
      <div className="chart-frame-head">
        <Heading id={`${id}-title`}>{title}</Heading>
        <button
          type="button"
          className="button chart-frame-toggle"
          aria-controls={`${id}-body`}
          aria-pressed={asTable}
          onClick={() => setAsTable((shown) => !shown)}
        >
          {asTable ? SHOW_CHART : SHOW_TABLE}
        </button>
      </div>
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      <div id={`${id}-body`}>
        {asTable ? (
          <ChartTableView table={table()} />
        ) : (
          <>
            <div className="chart-picture" role="img" aria-labelledby={`${id}-summary`}>
              <div aria-hidden="true">{children}</div>
            </div>
            {controls}
          </>
        )}
      </div>
      {note === null ? null : <p className="chart-note">{note}</p>}
    </section>
  );
}

/** The chart's numbers as a table, its first column the rows' headers. */
function ChartTableView({ table }: { readonly table: ChartTable }) {
  return (
    <div className="chart-table-wrap">
      <table className="chart-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={`${index}-${row[0] ?? ''}`}>
              {row.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th key={cellIndex} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={cellIndex}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
