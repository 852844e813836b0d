import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src-main/app/ipc-adapter';
import { createReadyGate, gatedDispatch } from '../../src-main/app/ready-gate';
import { ok } from '../../src-main/shared/result';

const PAGE = { url: 'app://mending/index.html' };

/** A dispatch that remembers what it was asked, in order, and echoes the input. */
function echoDispatch() {
  const asked: unknown[] = [];
  const dispatch: Dispatch = (channel, input) => {
    asked.push([channel, input]);
    return Promise.resolve(ok({ channel, input }));
  };
  return { dispatch, asked };
}

/** Lets every promise callback queued so far run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe('a request that comes before the data file is open', () => {
  it('waits at the gate, then goes through the router in the order it came', async () => {
    const gate = createReadyGate<Dispatch>();
    const dispatch = gatedDispatch(gate);
    const router = echoDispatch();
    const first = dispatch('mood:list', { day: '2026-11-30' }, PAGE);
    const second = dispatch('settings:get', {}, PAGE);
    let isAnswered = false;
    void first.then(() => (isAnswered = true));
    await settle();
    expect(isAnswered).toBe(false);
    expect(router.asked).toEqual([]);

    gate.open(router.dispatch);
    await expect(first).resolves.toEqual(
      ok({ channel: 'mood:list', input: { day: '2026-11-30' } }),
    );
    await expect(second).resolves.toEqual(ok({ channel: 'settings:get', input: {} }));
    expect(router.asked).toEqual([
      ['mood:list', { day: '2026-11-30' }],
      ['settings:get', {}],
    ]);
  });

  it('goes straight through once the gate is open, and a second open changes nothing', async () => {
    const gate = createReadyGate<Dispatch>();
    const router = echoDispatch();
    gate.open(router.dispatch);
    gate.open(echoDispatch().dispatch);
    gate.close('too late');
    await expect(gatedDispatch(gate)('tag:list', {}, PAGE)).resolves.toEqual(
      ok({ channel: 'tag:list', input: {} }),
    );
    expect(router.asked).toEqual([['tag:list', {}]]);
  });

  it('is answered with the reason, as an envelope, when start-up ends without the file', async () => {
    const gate = createReadyGate<Dispatch>();
    const dispatch = gatedDispatch(gate);
    const waiting = dispatch('mood:list', { day: '2026-11-30' }, PAGE);
    gate.close("Your data file can't be read.");
    gate.open(echoDispatch().dispatch);
    const expected = {
      ok: false,
      error: { code: 'internal', message: "Your data file can't be read." },
    };
    await expect(waiting).resolves.toEqual(expected);
    await expect(dispatch('settings:get', {}, PAGE)).resolves.toEqual(expected);
  });

  it('closing with nobody waiting leaves no unhandled rejection behind', async () => {
    const gate = createReadyGate<number>();
    gate.close('closed early');
    await settle();
    await expect(gate.wait()).rejects.toThrow('closed early');
  });
});
