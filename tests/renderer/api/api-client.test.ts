import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../src-main/shared/ipc-channels';
import { changesData } from '../../../src-renderer/api/api-client';
import { createTestApp } from '../render-app';

describe('the api client’s data version', () => {
  it('decides for every channel whether it changes data, reads never do', () => {
    const reads = CHANNELS.filter((c) => !changesData(c));
    expect(reads).toEqual([
      'app:info',
      'app:reveal',
      'licence:list',
      'mood:list',
      'mood:daily',
      'mood:grid',
      'tag:list',
      'communication:list',
      'settings:get',
      'habit:list',
      'habit:history',
      'data:export',
      'data:csv',
      'data:summary',
      'report:preview',
      'report:save',
      'report:names',
      'backup:list',
      'stage:list',
      'journey:overview',
      'honest:list',
      'worksheet:list',
      'apology:list',
      'trust:list',
      'trust:summary',
      'chart:mood',
      'chart:hurt',
      'chart:habits',
      'chart:practice',
      'chart:contact',
      'chart:stages',
      'insight:list',
      'sample:status',
    ]);
    expect(changesData('data:import')).toBe(true);
    // Starting or leaving sample data swaps every record: every screen must read again.
    expect(changesData('sample:start')).toBe(true);
    expect(changesData('sample:leave')).toBe(true);
    // Delete everything empties every screen: all of them must read again.
    expect(changesData('data:erase')).toBe(true);
    expect(changesData('backup:restore')).toBe(true);
    expect(changesData('backup:create')).toBe(true);
    expect(changesData('checkin:set')).toBe(true);
  });

  it('grows after a successful change only, and tells every listener', async () => {
    const { api } = createTestApp();
    const heard: number[] = [];
    const stop = api.onDataChange(() => heard.push(api.dataVersion()));

    expect((await api.call('mood:list', { from: '2026-11-01', to: '2026-11-30' })).ok).toBe(true);
    expect(api.dataVersion()).toBe(0);
    // Refused: nothing changed, so nothing needs reading again.
    const refused = await api.call('tag:create', { name: '' });
    expect(refused.ok).toBe(false);
    expect(api.dataVersion()).toBe(0);

    expect((await api.call('tag:create', { name: 'homesick' })).ok).toBe(true);
    expect((await api.call('tag:delete', { name: 'homesick' })).ok).toBe(true);
    expect(heard).toEqual([1, 2]);

    stop();
    expect((await api.call('tag:create', { name: 'tender' })).ok).toBe(true);
    expect(api.dataVersion()).toBe(3);
    expect(heard).toEqual([1, 2]);
  });

  it('reads again when a change finds its entry deleted elsewhere, so lists stop showing it', async () => {
    const { api } = createTestApp();
    const gone = await api.call('mood:update', {
      id: 404,
      occurredAt: '2026-11-20T21:00:00.000Z',
      timeZone: 'UTC',
      mood: 5,
    });
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
    expect(api.dataVersion()).toBe(1);
  });
});
