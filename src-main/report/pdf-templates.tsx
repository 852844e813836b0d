/**
 * What every page of the PDF carries, for both printers (Electron's printToPDF in the app,
 * Chromium's page.pdf in tests): margins that match the report's `@page` rule, a running header
 * with the period, and "Page N of M" at the foot. Chromium fills in `pageNumber` and `totalPages`.
 * The templates are printed outside the document, where the report's stylesheet does not reach,
 * so they carry their own small inline styles; React escapes the period's text.
 */
import type { CSSProperties } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { EYEBROW } from './report-copy';

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

const FONT = {
  fontFamily: "system-ui, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif",
  fontSize: '8px',
  color: '#5c6360',
  width: '100%',
} as const satisfies CSSProperties;

/** The running header: the report's name on the left, its period (`headerText`) on the right. */
export function pdfHeaderTemplate(headerText: string): string {
  return renderToStaticMarkup(
    <div
      style={{
        ...FONT,
        margin: `0 ${PDF_MARGINS_MM.left}mm`,
        paddingTop: '4mm',
        display: 'flex',
        justifyContent: 'space-between',
        borderBottom: '0.5px solid #d9d2c8',
        paddingBottom: '1.5mm',
      }}
    >
      <span>{EYEBROW}</span>
      <span>{headerText}</span>
    </div>,
  );
}

/** "Page 2 of 7", centred at the foot of every page. */
export const PDF_FOOTER_TEMPLATE = renderToStaticMarkup(
  <div style={{ ...FONT, textAlign: 'center', paddingBottom: '4mm' }}>
    Page <span className="pageNumber" /> of <span className="totalPages" />
  </div>,
);
