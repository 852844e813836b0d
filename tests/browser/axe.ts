import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);

/** axe-core's browser build, read once per spec file. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What the audit runs: every rule axe has for WCAG 2.0 and 2.1, levels A and AA, plus axe's
 * best-practice rules (landmarks, one main, headings that start at h1 and do not skip, unique
 * landmark names, a region around all content), which the app passes too and which catch what a
 * screen-reader user trips over first. WCAG 2.2's few automatable rules (target size) are left out
 * on purpose: the issue asks for 2.0/2.1 AA, and the scale buttons were sized for that.
 */
export const AUDIT_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

const RUN_OPTIONS = {
  runOnly: { type: 'tag', values: [...AUDIT_TAGS] },
  // Only what failed comes back: passes and inapplicable rules are thousands of nodes on a long
  // screen, and serialising them is most of an audit's time.
  resultTypes: ['violations'],
  // Results come back as JSON over the DevTools protocol: selectors, not element handles.
  elementRef: false,
  // The report's preview is a sandboxed frame that may run no script, so axe cannot be put in it
  // and would wait for it in vain; the frame element itself (its title) is still checked here,
  // and the document inside it is audited on its own page (auditDocument).
  iframes: false,
} satisfies RunOptions;

/** One broken rule, with each element that broke it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly { readonly target: string; readonly summary: string }[];
}

function selectorOf(node: NodeResult): string {
  // A target is a list of selectors only when the element sits in a frame or a shadow root.
  return node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' | ');
}

function plain(violation: Result): AxeViolation {
  return {
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    helpUrl: violation.helpUrl,
    nodes: violation.nodes.map((node) => ({
      target: selectorOf(node),
      summary: (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim(),
    })),
  };
}

/**
 * Runs axe on the page as it is now, then the contrast checks axe leaves to a person
 * (nonTextContrast), and returns what they found broken.
 *
 * The page's CSP allows no inline script and no `eval`, and it must stay that way for the app, so
 * axe is not added as a script tag: its source is evaluated through the DevTools protocol
 * (`page.evaluate` of a string), which a page's CSP does not govern, and axe itself uses no eval.
 * The harness turns any CSP violation into a page error, so a spec's closing
 * `expectOnlyAppRequests` would catch an injection that broke the policy. A same-document
 * navigation (a hash change) keeps the injected copy; a reload gets a fresh one.
 */
export async function auditPage(page: Page): Promise<readonly AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    // axe is global in the page once injected; this runs there, not in Node.
    (options) =>
      (window as unknown as { axe: { run: (o: RunOptions) => Promise<AxeResults> } }).axe.run(
        options,
      ),
    RUN_OPTIONS,
  );
  return [...results.violations.map(plain), ...(await page.evaluate(nonTextContrast))];
}

/**
 * What axe cannot judge by itself, measured in the page from computed styles, in the same shape as
 * axe's findings so one message reports both:
 * - `field-boundary-contrast` (WCAG 1.4.11): a text field, text area or select is told from the
 *   card around it by its border or its fill, at 3:1 at least; at 1.3:1 a field is invisible.
 * - `focus-indicator-contrast` (WCAG 1.4.11 and 2.4.7): every focus outline in the app is drawn in
 *   `--focus` (styles.css, forms.css, report.css; none in another colour), outside the element,
 *   so it must reach 3:1 against whatever the element sits on. The value read is the element's
 *   own, as a part in inverted colours (the toast) sets its own.
 * - `text-over-pattern-contrast` (WCAG 1.4.3): text over a striped or gradient background, which
 *   axe reports only as "needs review", reaches 4.5:1 (3:1 when large) against every colour in it.
 * Colours with transparency are composed over what is behind them, as the eye sees them.
 */
function nonTextContrast(): AxeViolation[] {
  type Rgba = readonly [number, number, number, number];
  const parse = (css: string): Rgba[] =>
    [...css.matchAll(/rgba?\(([^)]+)\)/g)].map((m) => {
      const [r = 0, g = 0, b = 0, a = 1] = (m[1] ?? '')
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r, g, b, a];
    });
  const over = (top: Rgba, under: Rgba): Rgba => {
    const a = top[3];
    return [
      top[0] * a + under[0] * (1 - a),
      top[1] * a + under[1] * (1 - a),
      top[2] * a + under[2] * (1 - a),
      1,
    ];
  };
  const luminance = ([r, g, b]: Rgba) => {
    const f = (c: number) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
  };
  /** The opaque colour behind `element`'s own background: its ancestors', composed. */
  const behind = (element: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let e = element; e; e = e.parentElement) {
      const [bg] = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg[3] > 0) layers.push(bg);
      if (bg && bg[3] === 1) break;
    }
    return layers.reduceRight<Rgba>((under, top) => over(top, under), [255, 255, 255, 1]);
  };
  const isShown = (e: Element) => {
    const box = e.getBoundingClientRect();
    const style = getComputedStyle(e);
    return (
      box.width > 0 &&
      box.height > 0 &&
      style.visibility !== 'hidden' &&
      e.checkVisibility({ opacityProperty: true })
    );
  };
  const selectorOf = (e: Element): string => {
    const parts: string[] = [];
    for (let n: Element | null = e; n && n !== document.body; n = n.parentElement) {
      if (n.id) {
        parts.unshift(`#${CSS.escape(n.id)}`);
        break;
      }
      const siblings = n.parentElement ? [...n.parentElement.children] : [n];
      const same = siblings.filter((s) => s.tagName === n?.tagName);
      const index = same.length > 1 ? `:nth-of-type(${same.indexOf(n) + 1})` : '';
      parts.unshift(`${n.tagName.toLowerCase()}${index}`);
    }
    return parts.join(' > ');
  };
  const fmt = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
  const found = new Map<string, { help: string; nodes: { target: string; summary: string }[] }>();
  const fail = (id: string, help: string, element: Element, summary: string) => {
    const entry = found.get(id) ?? { help, nodes: [] };
    entry.nodes.push({ target: selectorOf(element), summary });
    found.set(id, entry);
  };

  const fields = document.querySelectorAll(
    'textarea, select, input:not([type="checkbox"], [type="radio"], [type="hidden"], [type="range"], [type="button"], [type="submit"])',
  );
  for (const field of fields) {
    if (!isShown(field)) continue;
    const style = getComputedStyle(field);
    const outside = behind(field.parentElement);
    const [fill = [0, 0, 0, 0] as Rgba] = parse(style.backgroundColor);
    const [border = [0, 0, 0, 0] as Rgba] = parse(style.borderTopColor);
    const byFill = ratio(over(fill, outside), outside);
    const byBorder =
      parseFloat(style.borderTopWidth) >= 1 ? ratio(over(border, outside), outside) : 1;
    if (Math.max(byFill, byBorder) < 3) {
      fail(
        'field-boundary-contrast',
        'A form field must stand out from what is around it by 3:1 (its border or its fill)',
        field,
        `border ${fmt(border)} ${byBorder.toFixed(2)}:1 and fill ${fmt(fill)} ${byFill.toFixed(2)}:1 against ${fmt(outside)}`,
      );
    }
  }

  // Each element's outline colour: `--focus`, which a part drawn in the other scheme's colours
  // (the toast) sets for itself. A probe turns the custom property's hex into rgb().
  const focusColours = new Map<string, Rgba | undefined>();
  const focusOf = (element: Element): Rgba | undefined => {
    const value = getComputedStyle(element).getPropertyValue('--focus').trim();
    if (!focusColours.has(value)) {
      const probe = document.createElement('span');
      probe.style.color = value;
      document.body.append(probe);
      focusColours.set(value, parse(getComputedStyle(probe).color)[0]);
      probe.remove();
    }
    return focusColours.get(value);
  };
  const focusable = document.querySelectorAll(
    'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])',
  );
  for (const element of focusable) {
    // A hidden radio inside a chip shows its focus on the chip (`.choice:has(input:focus-visible)`).
    const ring = getComputedStyle(element).opacity === '0' ? element.parentElement : element;
    const focus = ring ? focusOf(ring) : undefined;
    if (!focus || !ring || !isShown(ring)) continue;
    const outside = behind(ring.parentElement);
    const r = ratio(over(focus, outside), outside);
    if (r < 3) {
      fail(
        'focus-indicator-contrast',
        'The focus outline must stand out from what the element sits on by 3:1',
        element,
        `outline ${fmt(focus)} against ${fmt(outside)}: ${r.toFixed(2)}:1`,
      );
    }
  }

  for (const element of document.querySelectorAll('body *')) {
    const image = getComputedStyle(element).backgroundImage;
    if (!image.includes('gradient') || !isShown(element)) continue;
    const under = behind(element);
    const stops = parse(image).map((c) => over(c, under));
    const texts = [element, ...element.querySelectorAll('*')].filter(
      (e) =>
        isShown(e) &&
        [...e.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        ) &&
        e.closest('[aria-hidden="true"]') === null,
    );
    for (const text of texts) {
      const style = getComputedStyle(text);
      const size = parseFloat(style.fontSize);
      const isLarge = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const [color = [0, 0, 0, 1] as Rgba] = parse(style.color);
      const worst = Math.min(...stops.map((stop) => ratio(over(color, stop), stop)));
      if (worst < (isLarge ? 3 : 4.5)) {
        fail(
          'text-over-pattern-contrast',
          'Text over a pattern must reach 4.5:1 (3:1 when large) against every colour in it',
          text,
          `text ${fmt(color)} reaches only ${worst.toFixed(2)}:1 against ${image}`,
        );
      }
    }
  }

  const understanding = 'https://www.w3.org/WAI/WCAG21/Understanding/';
  return [...found].map(([id, { help, nodes }]) => ({
    id,
    impact: 'serious',
    help,
    helpUrl:
      id === 'text-over-pattern-contrast'
        ? `${understanding}contrast-minimum.html`
        : `${understanding}non-text-contrast.html`,
    nodes,
  }));
}

/** The violations as a failure message a person can act on: rule, impact, element, and why. */
export function describeViolations(view: string, violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return `${view}: no accessibility violations`;
  const lines = [`${view}: ${violations.length} accessibility rule(s) broken`];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]`);
    for (const node of v.nodes) {
      lines.push(`    at ${node.target}`);
      if (node.summary !== '') lines.push(`      ${node.summary}`);
    }
  }
  return lines.join('\n');
}

/**
 * The one audit every spec runs: auditPage's rules on the page as it is now, failing with each
 * broken rule, element and reason under `view`'s name, so every spec holds the same bar.
 */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  const violations = await auditPage(page);
  expect(violations, describeViolations(view, violations)).toEqual([]);
}
