import { test } from 'vitest';
import { openHistoryCopy } from './histories';
import { createHandlers } from '../../src-main/ipc/handlers';
import { contract } from '../../src-main/shared/ipc-contract';
import { medianMs } from './figures';
test('p', async () => {
  const { db, path, cleanup } = openHistoryCopy('tenYears');
  const h = createHandlers({ db, version: 'b', databasePath: path });
  for (const ch of ['chart:mood', 'chart:hurt', 'chart:practice', 'chart:contact', 'chart:habits'] as const) {
    const input = contract[ch].input.parse({ range: 'all', today: '2026-11-27' });
    const handler = h[ch] as (i: unknown) => unknown;
    const out = await handler(input);
    const tOut = await medianMs(() => contract[ch].output.safeParse(out), { runs: 41 });
    console.log(ch, 'output', tOut.toFixed(3), JSON.stringify(contract[ch].output.safeParse(out).success));
  }
  cleanup();
});
