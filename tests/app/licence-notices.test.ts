import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { licenceNoticeFiles, LICENCE_NOTICES_FILE } from '../../src-main/app/licence-notices';
import { ensureRendererBuilt } from '../browser/harness';
import { ROOT } from '../helpers/electron-builder-files';

beforeAll(() => {
  ensureRendererBuilt();
}, 120_000);

describe('licenceNoticeFiles', () => {
  it('finds the files the build writes, from the folder of the main bundle (out/main)', () => {
    const files = licenceNoticeFiles(join(ROOT, 'out/main'));
    expect(files).toEqual([
      { part: 'main', path: join(ROOT, 'out/main', LICENCE_NOTICES_FILE) },
      { part: 'window', path: join(ROOT, 'out/renderer', LICENCE_NOTICES_FILE) },
    ]);
    for (const { path } of files) expect(existsSync(path), path).toBe(true);
  });
});
