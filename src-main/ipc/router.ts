import type { z } from 'zod';
import { channelEffect, isChannel, type Channel } from '../shared/ipc-channels';
import { contract, type ChannelOutput, type ValidInput } from '../shared/ipc-contract';
import type { Checked } from '../shared/checked';
import { fail, ok, type Result } from '../shared/result';
import { diskProblemOf, type DiskContext } from '../db/private-file';
import { ServiceError } from '../services/service-error';

/** Who sent a request: the URL of the frame it came from, as Electron reports it. */
export interface IpcSender {
  readonly url: string | undefined;
}

/**
 * One function per channel; each gets input this router has validated (marked `Checked`, so a
 * service can trust it without parsing it a second time) and returns what the contract promises.
 */
export type Handlers = {
  readonly [C in Channel]: (
    input: Checked<ValidInput<C>>,
  ) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface RouterOptions {
  readonly handlers: Handlers;
  /** True only for the app's own page; everything else is refused before any input is read. */
  readonly isTrustedSender: (sender: IpcSender) => boolean;
  /** Where unexpected failures are reported (their details never reach the renderer). */
  readonly onUnexpectedError?: (error: unknown, channel: Channel) => void;
  /** Free bytes on the disk that holds the data file, to tell a full disk from a failing one. */
  readonly dataDiskFreeBytes?: () => number;
}

/** The value at `path` inside the raw input, if there is one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * True for a channel that can change something: the database or a file it saves. After a change
 * has been made an answer must never say "nothing was changed", so an unexpected failure is worded
 * by what the channel does (the one classification in shared/ipc-channels).
 */
export function channelWrites(channel: Channel): boolean {
  return channelEffect(channel) !== 'reads';
}

/**
 * The handler finished, so whatever it changed is changed; only its answer broke the contract.
 * Said so, because "nothing was changed" would be false.
 */
export const DONE_BUT_UNREADABLE =
  'Your change was made, but Mending could not show the result. Reopen this screen to see it.';
/** A handler failed unexpectedly on a channel that changes things: what happened is not known. */
export const FAILED_MAYBE_CHANGED =
  'Something went wrong on our side. Please check whether your change is there before trying again.';
/** A handler failed unexpectedly on a channel that only reads. */
export const FAILED_READING = 'Something went wrong on our side and nothing was changed.';

/** Text from a request, cut to a length a message can quote. */
function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The first problem zod found, as a message and the field it belongs to. */
function firstIssue(error: z.ZodError, rawInput: unknown): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Something in this request is not valid.' };
  if (issue.code === 'unrecognized_keys') {
    // A key can be any length; the message and field quote at most its start.
    const key = shortened(issue.keys[0] ?? '');
    const field = [...issue.path, key].join('.');
    return { message: `"${key}" is not something this form knows about.`, field };
  }
  const field = issue.path.join('.');
  const message =
    issue.code === 'invalid_type' && valueAt(rawInput, issue.path) === undefined
      ? `"${field || 'input'}" is missing.`
      : issue.message;
  return field === '' ? { message } : { message, field };
}

/**
 * A disk or database-file failure that reached the router, in words the person can act on: a
 * damaged file gets its own code, so the renderer can offer the newest good backup, and a full
 * disk says so instead of "Something went wrong". SQLite undoes a statement or transaction that
 * fails this way, so "nothing was saved" is true for a full disk, a read-only file or a busy one.
 */
function diskAnswer(error: unknown, context: DiskContext): Result<never> | undefined {
  const problem = diskProblemOf(error, 'write', context);
  if (problem === undefined) return undefined;
  if (problem.kind === 'damaged') {
    return fail(
      'damaged',
      `Mending could not read or save this because ${problem.problem}. ${problem.advice}`,
    );
  }
  const isUndone = ['full', 'not_writable', 'read_only_disk', 'busy'].includes(problem.kind);
  return fail(
    'conflict',
    `Mending could not do this because ${problem.problem}.${isUndone ? ' Nothing was saved.' : ''} ` +
      problem.advice,
  );
}

/** The channels that hold every write from the window until they finish (see the router). */
const REPLACES_EVERYTHING: ReadonlySet<Channel> = new Set(['data:import', 'data:erase']);

/**
 * The pure IPC router: checks the sender and the channel, validates input with the contract,
 * calls the handler and answers with a result envelope. It never throws, so the IPC adapter can
 * return whatever it gives. A rejected request never reaches a handler, so nothing is written.
 */
export function createRouter({
  handlers,
  isTrustedSender,
  onUnexpectedError,
  dataDiskFreeBytes,
}: RouterOptions) {
  /**
   * An import replaces everything, and Delete everything empties the file, in the worker thread
   * (see services/off-main.ts). A write from the window meanwhile would wait for that work's
   * transaction in SQLite's busy handler, which sleeps on the main thread and freezes the window;
   * worse, one landing between Delete everything's DELETE and its VACUUM, or a backup made then,
   * would keep words the person asked to erase. So every write waits here, awaited, until the
   * import or the erase has finished (and one of them waits for the other). Reads go on meanwhile
   * (WAL). With neither running, a write runs at once, as it always did.
   */
  let replacing: Promise<void> | undefined;
  async function heldWhileReplacing(channel: Channel, run: () => unknown): Promise<unknown> {
    while (replacing !== undefined && channelWrites(channel)) await replacing;
    if (!REPLACES_EVERYTHING.has(channel)) return run();
    const result = (async () => run())();
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    replacing = settled;
    void settled.then(() => {
      if (replacing === settled) replacing = undefined;
    });
    return result;
  }

  async function dispatch(
    channel: unknown,
    rawInput: unknown,
    sender: IpcSender,
  ): Promise<Result<unknown>> {
    if (!isTrustedSender(sender)) {
      return fail('untrusted_sender', 'This request did not come from the app’s own window.');
    }
    if (!isChannel(channel)) {
      return fail('unknown_channel', `The app does not know how to "${String(channel)}".`);
    }
    const parsed = contract[channel].input.safeParse(rawInput);
    if (!parsed.success) {
      const { message, field } = firstIssue(parsed.error, rawInput);
      return fail('invalid_input', message, field);
    }
    let value: unknown;
    try {
      // `parsed.data` is this channel's Checked input: the parse just above is what makes it so.
      const handler = handlers[channel] as (input: unknown) => unknown;
      value = await heldWhileReplacing(channel, () => handler(parsed.data));
    } catch (error) {
      if (error instanceof ServiceError) return fail(error.code, error.message, error.field);
      onUnexpectedError?.(error, channel);
      const disk = diskAnswer(error, { freeBytes: dataDiskFreeBytes });
      if (disk) return disk;
      return fail('internal', channelWrites(channel) ? FAILED_MAYBE_CHANGED : FAILED_READING);
    }
    // The output is checked too, so a bug cannot leak fields the contract does not promise. The
    // input rules make a refused answer impossible (what is accepted can be read back); if it
    // happens anyway, the answer says what is true: the handler has already done its work.
    const output = contract[channel].output.safeParse(value);
    if (!output.success) {
      onUnexpectedError?.(output.error, channel);
      return fail('internal', channelWrites(channel) ? DONE_BUT_UNREADABLE : FAILED_READING);
    }
    return ok(output.data);
  }
  return { dispatch };
}

export type Router = ReturnType<typeof createRouter>;
