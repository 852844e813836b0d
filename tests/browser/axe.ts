import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

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
 * Runs axe on the page as it is now and returns what it found broken.
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
  return results.violations.map(plain);
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
