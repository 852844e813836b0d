// @vitest-environment jsdom
// (for DOMParser: the templates are checked as Chromium's printer would parse them.)
import { describe, expect, it } from 'vitest';
import {
  PDF_FOOTER_TEMPLATE,
  PDF_MARGINS_MM,
  pdfHeaderTemplate,
} from '../../src-main/report/pdf-templates';
import { HOSTILE } from './report-fixture';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('the PDF’s running header and footer', () => {
  it('says the report’s name and the period, as text whatever it holds', () => {
    const header = parse(pdfHeaderTemplate('1 January 2026 to 1 March 2026'));
    expect([...header.querySelectorAll('span')].map((s) => s.textContent)).toEqual([
      'Mending · private progress report',
      '1 January 2026 to 1 March 2026',
    ]);
    const hostile = pdfHeaderTemplate(HOSTILE.img);
    expect(hostile).not.toContain(HOSTILE.img);
    expect(parse(hostile).querySelector('img')).toBeNull();
    expect(parse(hostile).textContent).toContain(HOSTILE.img);
  });

  it('sits inside the page’s side margins, in a small system font', () => {
    const style = parse(pdfHeaderTemplate('x')).querySelector('div')?.getAttribute('style') ?? '';
    expect(style).toContain(`margin:0 ${PDF_MARGINS_MM.left}mm`);
    expect(style).toContain('font-size:8px');
    expect(style).toMatch(/font-family:system-ui/);
  });

  it('numbers the pages where Chromium fills them in', () => {
    const footer = parse(PDF_FOOTER_TEMPLATE);
    expect(footer.querySelector('.pageNumber')).not.toBeNull();
    expect(footer.querySelector('.totalPages')).not.toBeNull();
    expect(footer.textContent).toBe('Page  of ');
  });
});
