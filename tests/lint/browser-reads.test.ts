import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const specsDir = join(root, 'tests/browser');

/**
 * Playwright's reads that answer once, at the moment they are called. Right after a click or a
 * navigation the screen may not have caught up yet (issue 7: the emotion chips read as `[]`), so
 * a spec must poll them (`expect.poll(() => x.count())`) or use a waiting locator instead.
 */
const ONE_SHOT_READS =
  'allTextContents|allInnerTexts|textContent|innerText|inputValue|getAttribute|' +
  'isChecked|isVisible|isHidden|isEnabled|isDisabled|isEditable|count';

/**
 * An awaited one-shot read that is not inside `expect.poll(...)`. A read whose answer is already
 * settled by a waiting read just before it may stay, with `// settled: why` in the comment right above.
 * Reads wrapped in a helper of the spec's own (`expect(await shownStreaks(c))`) are not seen:
 * keep such helpers returning the promise, and poll them.
 */
const SELECTOR =
  `AwaitExpression:not(CallExpression[callee.property.name="poll"] AwaitExpression) > ` +
  `CallExpression[callee.type="MemberExpression"][callee.property.name=/^(${ONE_SHOT_READS})$/]`;
const MESSAGE = 'one-shot read';

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: { 'no-restricted-syntax': ['error', { selector: SELECTOR, message: MESSAGE }] },
  },
});

/** True when the comment lines right above line `index` (0-based) say why the read is settled. */
function settledAbove(lines: readonly string[], index: number): boolean {
  for (let i = index - 1; i >= 0 && /^\s*\/\//.test(lines[i] ?? ''); i -= 1) {
    if (/\/\/ settled: \S/.test(lines[i] ?? '')) return true;
  }
  return false;
}

/** Each one-shot read in `code` not marked as settled, as `line: text`. */
async function oneShotReads(code: string, file = 'tests/browser/probe.spec.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  const lines = code.split('\n');
  return (result?.messages ?? [])
    .filter((m) => {
      if (m.message !== MESSAGE) throw new Error(`${file}:${m.line} ${m.message}`);
      return !settledAbove(lines, m.line - 1);
    })
    .map((m) => `${m.line}: ${(lines[m.line - 1] ?? '').trim()}`);
}

describe('browser specs wait for what they read (issue 7)', () => {
  it('finds a read made once right after a navigation, and passes it once it polls', async () => {
    const once = [
      "await page.getByRole('link', { name: 'Mood' }).click();",
      "expect(await entry.locator('.chip').allTextContents()).toEqual(['wistful']);",
      "const label = await cell.getAttribute('aria-label');",
      'if ((await dismiss.count()) > 0) await dismiss.click();',
      'expect(await radio.isChecked()).toBe(true);',
    ].join('\n');
    expect(await oneShotReads(once)).toEqual([
      "2: expect(await entry.locator('.chip').allTextContents()).toEqual(['wistful']);",
      "3: const label = await cell.getAttribute('aria-label');",
      '4: if ((await dismiss.count()) > 0) await dismiss.click();',
      '5: expect(await radio.isChecked()).toBe(true);',
    ]);

    const waiting = [
      "await page.getByRole('link', { name: 'Mood' }).click();",
      "await expect.poll(() => entry.locator('.chip').allTextContents()).toEqual(['wistful']);",
      'await expect',
      '  .poll(async () => (await names.getByRole("listitem").allTextContents()).sort())',
      "  .toEqual(['a', 'b']);",
      "await page.getByRole('heading', { level: 1 }).waitFor();",
      '// settled: the error above is shown, so the refused save has finished.',
      'expect(await entries(page).count()).toBe(2);',
      '// settled: the month changes only by the month buttons, and every click after them',
      '// waits for a day button of the month it moved to.',
      "const month = await grid.getAttribute('aria-label');",
    ].join('\n');
    expect(await oneShotReads(waiting)).toEqual([]);
  });

  it('finds none in the specs', async () => {
    const specs = readdirSync(specsDir).filter((name) => name.endsWith('.spec.ts'));
    expect(specs.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const name of specs) {
      const file = join('tests/browser', name);
      const reads = await oneShotReads(readFileSync(join(root, file), 'utf8'), file);
      found.push(...reads.map((read) => `${file}:${read}`));
    }
    expect(found).toEqual([]);
  });

  it("finds no spec that reads the real clock instead of the run's own moment", () => {
    // Specs run at the real date and at fixed hard moments (MENDING_CLOCK); "now" and "today"
    // come from the harness (clockNow, todayIn), which knows which moment this run is at.
    const realClock = /\bnew Date\(\s*\)|\bDate\.now\(\)/;
    const found = readdirSync(specsDir)
      .filter((name) => name.endsWith('.spec.ts'))
      .flatMap((name) =>
        readFileSync(join(specsDir, name), 'utf8')
          .split('\n')
          .flatMap((line, index) => (realClock.test(line) ? [`${name}:${index + 1}`] : [])),
      );
    expect(found).toEqual([]);
  });
});
