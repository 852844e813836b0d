import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The report is made of components that React renders and escapes: no HTML or SVG built by hand,
 * no markup inserted unescaped, no inline style (the report's CSP allows its one stylesheet only),
 * and small files a reviewer can read whole.
 */

const reportDir = resolve(__dirname, '../../src-main/report');

function sources(dir: string): { path: string; code: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return [{ path: relative(reportDir, path), code: readFileSync(path, 'utf8') }];
  });
}

/** The code without its comments, which may name a tag (such as "its one `<style>` element"). */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

const files = sources(reportDir);

describe('the report’s sources', () => {
  it('are found', () => {
    expect(files.map((f) => f.path)).toContain('build-report.tsx');
    expect(files.map((f) => f.path)).toContain('sections/MoodSection.tsx');
  });

  it('have no file over 300 lines', () => {
    const long = files
      .map((f) => ({ path: f.path, lines: f.code.split('\n').length }))
      .filter((f) => f.lines > 300);
    expect(long).toEqual([]);
  });

  it('insert no markup unescaped', () => {
    const unescaped = files.filter((f) => f.code.includes('dangerouslySetInnerHTML'));
    expect(unescaped.map((f) => f.path)).toEqual([]);
  });

  it('build no HTML or SVG by hand: no markup templates and no hand-written escaping', () => {
    for (const f of files) {
      const code = withoutComments(f.code);
      expect(code, f.path).not.toMatch(/\bhtml`|from '\.{1,2}\/escape'|escapeHtml|\btrusted\(/);
      // A tag written into a string or template, such as '<div' or `<svg`.
      expect(code, f.path).not.toMatch(/['"`]<\/?[a-z][a-z0-9-]*[\s>/]/i);
    }
  });

  it('give no element a style, but the PDF’s header and footer (printed outside the document)', () => {
    const styled = files.filter((f) => /\bstyle=\{/.test(f.code) && f.path !== 'pdf-templates.tsx');
    expect(styled.map((f) => f.path)).toEqual([]);
  });
});
