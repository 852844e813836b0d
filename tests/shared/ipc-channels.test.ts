import { describe, expect, it } from 'vitest';
import { channelWrites } from '../../src-main/ipc/router';
import { CHANNEL_EFFECTS, CHANNELS, channelEffect } from '../../src-main/shared/ipc-channels';
import { changesData } from '../../src-renderer/api/api-client';

describe('the one classification of channels', () => {
  it('decides for every channel, and for nothing else', () => {
    expect(Object.keys(CHANNEL_EFFECTS).sort()).toEqual([...CHANNELS].sort());
  });

  it('names the channels that only save a file the person chose', () => {
    const files = CHANNELS.filter((c) => channelEffect(c) === 'writes-files');
    expect(files).toEqual(['data:export', 'data:csv', 'report:save']);
  });

  it('is what both the router and the api client go by', () => {
    for (const channel of CHANNELS) {
      const effect = channelEffect(channel);
      expect({ channel, writes: channelWrites(channel), reread: changesData(channel) }).toEqual({
        channel,
        // The router: a failure after anything that writes may have changed something.
        writes: effect !== 'reads',
        // The renderer: only a change to the person's data makes screens read again.
        reread: effect === 'changes-data',
      });
    }
  });

  it('makes screens read again after a backup is made or restored (Settings lists backups)', () => {
    expect(channelEffect('backup:create')).toBe('changes-data');
    expect(changesData('backup:create')).toBe(true);
    expect(changesData('backup:restore')).toBe(true);
    expect(changesData('backup:list')).toBe(false);
  });
});
