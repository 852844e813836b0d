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

  it('keeps the database layer from importing anything above it', async () => {
    for (const layer of ['services', 'ipc', 'app', 'report']) {
      for (const file of ['src-main/db/probe.ts', 'src-main/db/repositories/probe.ts']) {
        const up = file.includes('repositories') ? '../..' : '..';
        for (const code of [
          `export { x } from '${up}/${layer}/anything';\n`,
          `export type { X } from '${up}/${layer}/anything';\n`,
        ]) {
          expect(await rulesBroken(file, code), `${file}: ${code}`).toContain(
            'no-restricted-imports',
          );
        }
      }
    }
    // What it may import: itself and the shared layer.
    expect(
      await rulesBroken(
        'src-main/db/probe.ts',
        "export { addDays } from '../shared/calendar';\nexport { errorCode } from './private-file';\n",
      ),
    ).toEqual([]);
  });

  it('keeps services from importing the IPC layer or the shell, types included', async () => {
    for (const code of [
      "export { createRouter } from '../ipc/router';\n",
      "export type { HandlerContext } from '../ipc/handler-context';\n",
      "export { mainWindowOptions } from '../app/window-options';\n",
    ]) {
      expect(await rulesBroken('src-main/services/probe.ts', code), code).toContain(
        'no-restricted-imports',
      );
    }
    expect(
      await rulesBroken(
        'src-main/services/probe.ts',
        "export { openDatabase } from '../db/open-database';\n" +
          "export { buildReportHtml } from '../report/build-report';\n" +
          "export type { FileDialogs } from './ports';\n",
      ),
    ).toEqual([]);
  });
});

describe("Electron's security checklist in lint", () => {
  it('forbids shell.openExternal anywhere, however it is reached', async () => {
    for (const [file, code] of [
      [
        'src-main/app/probe.ts',
        "import { shell } from 'electron';\nvoid shell.openExternal('https://example.com');\n",
      ],
      [
        'src-main/app/probe.ts',
        "import * as electron from 'electron';\nvoid electron.shell.openExternal('https://example.com');\n",
      ],
      [
        'src-main/app/probe.ts',
        "import electron from 'electron';\nconst { openExternal } = electron.shell;\nvoid openExternal;\n",
      ],
      [
        'src-main/app/probe.ts',
        "import { shell as s } from 'electron';\nvoid s['openExternal']('https://example.com');\n",
      ],
      [
        'src-main/preload/probe.ts',
        'declare const s: { openExternal(u: string): void };\ns.openExternal("x");\n',
      ],
    ] as const) {
      const broken = await rulesBroken(file, code);
      expect(
        broken.some(
          (rule) => rule === 'no-restricted-properties' || rule === 'no-restricted-syntax',
        ),
        code,
      ).toBe(true);
    }
  });

  it('lets only main.ts take the shell, for openPath, and openExternal stays banned there too', async () => {
    const openPath =
      "import { shell } from 'electron';\nexport const open = (p: string) => shell.openPath(p);\n";
    expect(await rulesBroken('src-main/app/main.ts', openPath)).toEqual([]);
    expect(await rulesBroken('src-main/app/probe.ts', openPath)).toContain('no-restricted-syntax');
    expect(
      await rulesBroken(
        'src-main/app/main.ts',
        "import { shell } from 'electron';\nvoid shell.openExternal('https://example.com');\n",
      ),
    ).toEqual(expect.arrayContaining(['no-restricted-properties', 'no-restricted-syntax']));
  });

  it('lets the shell use the rest of electron', async () => {
    expect(
      await rulesBroken(
        'src-main/app/probe.ts',
        "import { app } from 'electron';\nexport const name = app.getName();\n",
      ),
    ).toEqual([]);
  });
});
