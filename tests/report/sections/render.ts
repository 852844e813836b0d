import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect } from 'vitest';
import type { ReportData } from '../../../src-main/report/report-data';
import type { ReportPrivacy } from '../../../src-main/shared/domain/report';
import { HOSTILE, reportFixture } from '../report-fixture';
import { readableText } from '../report-text';

export interface Rendered {
  /** The markup, as it goes into the report. */
  readonly html: string;
  /** The markup parsed as a browser would, without running anything. */
  readonly body: HTMLElement;
  /** What a person reads, with runs of whitespace made one space. */
  readonly text: string;
}

/** One section rendered as the report renders it, then parsed (needs jsdom's DOMParser). */
export function render(element: ReactElement): Rendered {
  const html = renderToStaticMarkup(element);
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  return { html, body, text: readableText(body).replace(/\s+/g, ' ').trim() };
}

/**
 * What holds for every section at every level: nothing that runs or loads (no script, no event
 * handler, no `src` or `href`), no inline `style` (the report's CSP allows its one stylesheet
 * only), and markup a person typed only ever as text.
 */
export function expectInert({ html, body }: Rendered): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toContain(HOSTILE.img);
  expect(html).not.toContain(HOSTILE.script);
  expect(body.querySelectorAll('script, img, iframe, object, embed, link, form')).toHaveLength(0);
  for (const element of body.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute, `<${element.tagName}>`).not.toMatch(/^on|^src$|^href$|^style$/i);
    }
  }
}

/** The text of the first element matching `selector`, exactly as its nodes hold it. */
export function textOf(body: HTMLElement, selector: string): string {
  return body.querySelector(selector)?.textContent ?? '';
}

/** The fixture's period with nothing recorded in it, as a new person's first report would be. */
export function nothingRecorded(privacy: ReportPrivacy): ReportData {
  return {
    ...reportFixture(privacy),
    firstRecordDay: null,
    mood: { days: [], entryCount: 0, emotions: [], notes: [] },
    habits: [],
    communication: { groups: [], notes: [] },
    stages: [],
    reflections: [],
    honestReflection: null,
  };
}
