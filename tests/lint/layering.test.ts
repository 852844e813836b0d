import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rules that fire when `code` is linted as if it lived at `file`. */
async function rulesBroken(file: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result?.messages.map((m) => m.ruleId) ?? [];
}

describe('import layering (architecture.md)', () => {
  it('lets the renderer import the shared layer and nothing else from src-main', async () => {
    expect(
      await rulesBroken(
        'src-renderer/features/probe.ts',
        "export { CHANNELS } from '../../src-main/shared/ipc-channels';\n",
      ),
    ).toEqual([]);
    for (const code of [
      "export { openDatabase } from '../../src-main/db/open-database';\n",
      "export { createRouter } from '../../src-main/ipc/router';\n",
      "export { readFileSync } from 'node:fs';\n",
      "export { ipcRenderer } from 'electron';\n",
      "export { default } from 'better-sqlite3';\n",
    ]) {
      expect(await rulesBroken('src-renderer/features/probe.ts', code)).toContain(
        'no-restricted-imports',
      );
    }
  });

  it('keeps the shared layer pure and the preload on the shared layer only', async () => {
    expect(
      await rulesBroken('src-main/shared/probe.ts', "export { readFileSync } from 'node:fs';\n"),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken(
        'src-main/shared/probe.ts',
        "export { createRouter } from '../ipc/router';\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken(
        'src-main/preload/probe.ts',
        "export { openDatabase } from '../db/open-database';\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('keeps electron out of the database, services and router at run time', async () => {
    expect(
      await rulesBroken('src-main/services/probe.ts', "export { app } from 'electron';\n"),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken('src-main/services/probe.ts', "export type { App } from 'electron';\n"),
    ).toEqual([]);
  });
});
