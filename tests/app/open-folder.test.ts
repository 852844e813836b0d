import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createOpenFolder } from '../../src-main/app/open-folder';

function recordingShell(answer = '') {
  const calls: string[] = [];
  return {
    calls,
    shell: {
      openPath: async (target: string) => {
        calls.push(target);
        return answer;
      },
    },
  };
}

describe('createOpenFolder', () => {
  it('hands an absolute local folder to shell.openPath and passes its answer on', async () => {
    const { calls, shell } = recordingShell('Failed to open path');
    expect(await createOpenFolder(shell)('/home/someone/.config/Mending')).toBe(
      'Failed to open path',
    );
    expect(calls).toEqual(['/home/someone/.config/Mending']);
  });

  it.each([
    'https://example.com/',
    'file:///home/someone/.config/Mending',
    'smb://server/share',
    'Mending',
    '../Mending',
    '',
  ])('refuses %j without asking the shell', async (target) => {
    const { calls, shell } = recordingShell();
    expect(await createOpenFolder(shell)(target)).toBe('that is not a folder on this computer');
    expect(calls).toEqual([]);
  });
});

/** Every source file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [full] : [];
  });
}

/**
 * Whether the code (not its comments, which may well explain why it is never used) names
 * `openExternal`: as a name (`shell.openExternal`, a destructured `{ openExternal }`) or as a
 * string (`shell['openExternal']`).
 */
function namesOpenExternal(code: string): boolean {
  const source = ts.createSourceFile('code.ts', code, ts.ScriptTarget.Latest);
  let found = false;
  const visit = (node: ts.Node): void => {
    if ((ts.isIdentifier(node) || ts.isStringLiteralLike(node)) && /openExternal/.test(node.text)) {
      found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the main process', () => {
  it('never calls shell.openExternal: a folder is opened with openPath, nothing with a URL', () => {
    const root = join(import.meta.dirname, '../../src-main');
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) => namesOpenExternal(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it('would see a call if there were one, but not a comment', () => {
    expect(namesOpenExternal('shell.openExternal(url);')).toBe(true);
    expect(namesOpenExternal("shell['openExternal'](url);")).toBe(true);
    expect(namesOpenExternal('const { openExternal: open } = shell;')).toBe(true);
    expect(namesOpenExternal('// never shell.openExternal\n/* nor openExternal */ f();')).toBe(
      false,
    );
  });
});
