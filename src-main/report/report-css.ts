import { createHash } from 'node:crypto';

/**
 * The report's only stylesheet, inlined in its one `<style>` element. It is a constant on
 * purpose: the app's CSP allows exactly this stylesheet by its hash (`REPORT_STYLE_HASH`), so the
 * Report screen can preview the document in a sandboxed frame, which inherits the app's policy.
 * Nothing about a person's data may ever be written into it, and the report uses no `style`
 * attributes. System fonts only: nothing is ever fetched.
 *
 * Printing: page margins match the PDF printer's, headings stay with what follows them, and
 * charts, notes and table rows are never split across pages.
 */
export const REPORT_CSS = `
@page { margin: 20mm 16mm 18mm 16mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { background: #efebe5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 24px auto;
  max-width: 780px;
  padding: 44px 50px 56px;
  background: #ffffff;
  color: #24302d;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 10.5pt;
  line-height: 1.5;
  /* Long words wrap rather than run off the page. Not "anywhere" on the whole body: that changes
     how every table and grid is sized and made printing twice as slow. */
  overflow-wrap: break-word;
}
@media screen and (max-width: 820px) {
  html { background: #ffffff; }
  body { margin: 0; padding: 28px 26px 40px; }
}
@media print {
  html { background: none; }
  body { margin: 0; max-width: none; padding: 0; }
}
header.cover { border-bottom: 2px solid #24564b; padding-bottom: 12pt; margin-bottom: 8pt; }
.eyebrow { margin: 0 0 4pt; font-size: 8pt; font-weight: 600; letter-spacing: 0.09em; text-transform: uppercase; color: #5c6360; }
h1 { margin: 0 0 4pt; font-size: 21pt; font-weight: 600; line-height: 1.2; letter-spacing: -0.01em; }
.period { margin: 0 0 8pt; font-size: 12.5pt; color: #24564b; font-weight: 600; }
.privacy, .how-to-read { margin: 0 0 3pt; font-size: 9pt; color: #4a524f; }
.privacy-warning { margin: 6pt 0; padding: 5pt 9pt; border-left: 3px solid #8a5a1f; background: #fbf5ec; font-size: 10pt; color: #24302d; }
h2 {
  margin: 22pt 0 8pt;
  padding-bottom: 3pt;
  border-bottom: 1px solid #d9d2c8;
  font-size: 14.5pt;
  font-weight: 600;
  line-height: 1.25;
  break-after: avoid;
  page-break-after: avoid;
}
h3 { margin: 14pt 0 4pt; font-size: 11pt; font-weight: 600; line-height: 1.3; break-after: avoid; page-break-after: avoid; }
h4 { margin: 8pt 0 2pt; font-size: 10pt; font-weight: 600; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 6pt; }
/* Set apart by space and a rule, not a forced page break: a forced break left the page before it
   nearly blank whenever the section above ended early on a page. */
section.major { margin-top: 30pt; padding-top: 2pt; border-top: 2px solid #24564b; }
/* Short blocks (a heading with its table) move to the next page whole rather than split. */
.keep { break-inside: avoid; page-break-inside: avoid; }
/* An intro line goes with what it introduces, never alone at the foot of a page. */
.lead-in { break-after: avoid; page-break-after: avoid; }
.calendar-year { font-weight: 600; color: #3c4441; }
.summary p { font-size: 11.5pt; line-height: 1.55; margin-bottom: 8pt; }
.muted, .chart-note, figcaption { color: #5c6360; }
.chart-note, figcaption { font-size: 8.5pt; margin: 2pt 0 0; }
figure { margin: 0; }
.chart { margin: 6pt 0 14pt; break-inside: avoid; page-break-inside: avoid; }
.calendar-block { margin: 2pt 0 6pt; }
.chart-svg { display: block; width: 100%; height: auto; overflow: visible; }
.chart-svg text { font-family: inherit; }
.tick { font-size: 10px; fill: #5c6360; }
.tick.label { fill: #24302d; font-size: 10.5px; }
.tick.value { fill: #24302d; font-weight: 600; }
.tick.year { fill: #24302d; font-weight: 600; }
.legend { font-size: 10px; fill: #3c4441; }
.axis-title { font-size: 10px; fill: #3c4441; font-weight: 600; }
.band-label { font-size: 9.5px; fill: #5c6360; font-style: italic; }
.stage-label { font-size: 11px; fill: #24302d; font-weight: 600; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 9.5pt; }
th, td { text-align: left; vertical-align: top; padding: 4pt 6pt; border-bottom: 1px solid #e4ded6; }
th { font-weight: 600; color: #3c4441; border-bottom: 1px solid #bdb5aa; }
td.own { overflow-wrap: anywhere; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
.state { display: inline-block; min-width: 5.6em; padding: 0 6pt; border-radius: 8pt; font-size: 8.5pt; font-weight: 600; text-align: center; border: 1px solid #24564b; white-space: nowrap; }
.state.yes { background: #24564b; color: #ffffff; }
/* Only "Yes" is a filled pill. Other states are plain words, with nothing that reads as a box
   left unticked or a task overdue. */
.state.not_yet, .state.unknown { background: none; border-color: transparent; color: #4a524f; font-weight: 400; text-align: left; padding: 0; min-width: 0; }
.state.noted { background: #ffffff; color: #24302d; border-color: #d5cdc2; }
.contact-tables { display: flex; gap: 18pt; flex-wrap: wrap; }
.contact-tables table { width: auto; min-width: 40%; flex: 1 1 12em; }
.aside { margin: 6pt 0 10pt; padding: 6pt 10pt; border-left: 3px solid #b9d6ce; background: #f6f9f8; font-size: 9.5pt; }
ul.plain { margin: 0 0 8pt; padding-left: 1.2em; }
ul.plain li { margin: 0 0 2pt; }
.entries { margin: 0 0 8pt; padding: 0; list-style: none; }
.entry { display: grid; grid-template-columns: 8.5em minmax(0, 1fr); column-gap: 12pt; margin: 0; padding: 4pt 0 5pt; border-top: 1px solid #ebe6df; break-inside: avoid; page-break-inside: avoid; }
.entry-when { margin: 0; font-size: 8.5pt; font-weight: 600; color: #4a524f; padding-top: 1.5pt; font-variant-numeric: tabular-nums; }
.entry-detail { display: block; font-weight: 400; color: #5c6360; }
.entry-tags { margin: 0; font-size: 8.5pt; color: #5c6360; }
.entry-text { margin: 0; }
.entry-label { font-weight: 600; }
dl.answers { margin: 1pt 0 0; display: grid; grid-template-columns: minmax(7em, 28%) minmax(0, 1fr); gap: 1pt 10pt; font-size: 10pt; }
dl.answers dt { font-weight: 600; color: #3c4441; }
dl.answers dd { margin: 0; }
/* A question asked in a whole sentence sits above its answer: in a narrow column it wrapped to five lines. */
dl.answers.asked { display: block; }
dl.answers.asked dt { margin: 4pt 0 0; }
dl.answers.asked dt:first-child { margin-top: 1pt; }
dl.answers dd ul.plain { margin: 0; }
.habit-title { display: flex; justify-content: space-between; gap: 12pt; align-items: baseline; margin: 12pt 0 2pt; break-after: avoid; page-break-after: avoid; }
.habit-title h3 { margin: 0; }
.habit-title .muted { font-size: 9pt; text-align: right; }
.habit { break-inside: avoid; page-break-inside: avoid; }
footer { break-inside: avoid; page-break-inside: avoid; margin-top: 26pt; padding-top: 8pt; border-top: 1px solid #d9d2c8; font-size: 8.5pt; color: #5c6360; }
`;

/** The CSP hash source for `REPORT_CSS`, for the app's policy (`app-scheme.ts`). */
export const REPORT_STYLE_HASH = `'sha256-${createHash('sha256').update(REPORT_CSS, 'utf8').digest('base64')}'`;
