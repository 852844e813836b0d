/**
 * The private progress report as ONE self-contained HTML document, drawn from React components
 * (`ReportDocument` and its sections) and rendered to a string on the main process. The same
 * string is previewed, saved as HTML, and printed to PDF.
 *
 * `renderToStaticMarkup` escapes every piece of text and every attribute value, so whatever a
 * person typed reaches the document as text, never as markup; nothing in the report builds HTML
 * by hand.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportData } from './report-data';
import { ReportDocument } from './ReportDocument';

export { REPORT_CSP } from './ReportDocument';

/** Builds the whole document. Pure: the same data always gives the same string. */
export function buildReportHtml(data: ReportData): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<ReportDocument data={data} />)}`;
}
