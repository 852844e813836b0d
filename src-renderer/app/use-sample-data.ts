import { useState } from 'react';
import { useApi } from '../api/api-context';
import { useQuery } from '../api/use-query';
import type { Result } from '../../src-main/shared/result';

/**
 * Whether the app is showing sample data, and the ways in and out. Starting and leaving change
 * every record a screen shows, so every screen reads again after either (they are 'changes-data'
 * channels: see ApiClient.dataVersion).
 */
export function useSampleData() {
  const api = useApi();
  const status = useQuery('sample:status', (client) => client.call('sample:status', {}));
  const [busy, setBusy] = useState<'starting' | 'leaving' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function run(what: 'starting' | 'leaving', action: () => Promise<Result<unknown>>) {
    setBusy(what);
    setProblem(null);
    const result = await action();
    setBusy(null);
    if (!result.ok) setProblem(result.error.message);
  }

  return {
    isExploring: status.data?.isExploring ?? false,
    isLoaded: status.isLoaded,
    /** Why the status could not be read, or why the last start or leave failed. */
    problem: problem ?? status.error,
    busy,
    start: (today: string, timeZone: string) =>
      run('starting', () => api.call('sample:start', { today, timeZone })),
    leave: () => run('leaving', () => api.call('sample:leave', {})),
  };
}
