/**
 * What every page of the PDF carries, for both printers (Electron's printToPDF in the app,
 * Chromium's page.pdf in tests): margins that match the report's `@page` rule, a running header
 * with the period, and "Page N of M" at the foot. Chromium fills in `pageNumber` and `totalPages`.
 * The templates are printed outside the document, so they carry their own small inline styles.
 */
import { escapeHtml } from './escape';

/** Millimetres, the same as `@page { margin: 20mm 16mm 18mm 16mm }` in `report-css.ts`. */
export const PDF_MARGINS_MM = { top: 20, right: 16, bottom: 18, left: 16 } as const;

const MM_PER_INCH = 25.4;

/** The margins in inches, as Electron's printToPDF takes them. */
export const PDF_MARGINS_INCHES = {
  top: PDF_MARGINS_MM.top / MM_PER_INCH,
  right: PDF_MARGINS_MM.right / MM_PER_INCH,
  bottom: PDF_MARGINS_MM.bottom / MM_PER_INCH,
  left: PDF_MARGINS_MM.left / MM_PER_INCH,
} as const;

const FONT = `font-family: system-ui, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 8px; color: #5c6360;`;

/** The running header: the report's name on the left, its period (`headerText`) on the right. */
export function pdfHeaderTemplate(headerText: string): string {
  return `<div style="${FONT} width: 100%; margin: 0 ${PDF_MARGINS_MM.left}mm; padding-top: 4mm; display: flex; justify-content: space-between; border-bottom: 0.5px solid #d9d2c8; padding-bottom: 1.5mm;"><span>Mending · private progress report</span><span>${escapeHtml(headerText)}</span></div>`;
}

/** "Page 2 of 7", centred at the foot of every page. */
export const PDF_FOOTER_TEMPLATE = `<div style="${FONT} width: 100%; text-align: center; padding-bottom: 4mm;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
