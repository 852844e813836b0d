import type { ReactElement } from 'react';
import { longDate, periodText } from './format';
import { footerText } from './report-copy';
import { REPORT_CSS } from './report-css';
import type { ReportData } from './report-data';
import { CommunicationSection } from './sections/CommunicationSection';
import { Cover } from './sections/Cover';
import { HabitsSection } from './sections/HabitsSection';
import { JourneySection } from './sections/JourneySection';
import { MoodSection } from './sections/MoodSection';
import { OwnWordsSection } from './sections/OwnWordsSection';
import { ReflectionsSection } from './sections/ReflectionsSection';
import { SummarySection } from './sections/SummarySection';
import { voiceFor } from './voice';

/** The report's own policy: nothing but its inline stylesheet and inline images may load. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The title and the running header of the PDF: the period, and nothing private. */
export function reportTitle(from: string, to: string): string {
  return `Mending progress report, ${periodText(from, to)}`;
}

/**
 * The whole report as one self-contained document: its one stylesheet inline, charts as inline
 * SVG, system fonts, no script and no URL of any kind, under a strict CSP of its own.
 */
export function ReportDocument({ data }: { readonly data: ReportData }): ReactElement {
  const voice = voiceFor(data);
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={REPORT_CSP} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{reportTitle(data.from, data.to)}</title>
        {/* Exactly `REPORT_CSS`, byte for byte (React leaves a style element's text as it is):
            the app's CSP allows this one stylesheet by its hash. */}
        <style>{REPORT_CSS}</style>
      </head>
      {/* Landmarks as in any page: the cover is the banner, the sections the main content (so a
          screen reader can jump past the cover), and the closing line the footer. */}
      <body>
        <Cover data={data} />
        <main>
          <SummarySection data={data} />
          <JourneySection data={data} voice={voice} />
          <MoodSection data={data} voice={voice} />
          <HabitsSection data={data} voice={voice} />
          <CommunicationSection data={data} />
          <ReflectionsSection data={data} voice={voice} />
          <OwnWordsSection data={data} voice={voice} />
        </main>
        <footer>{footerText(longDate(data.from), longDate(data.to))}</footer>
      </body>
    </html>
  );
}
