import type Database from 'better-sqlite3';
import { generateSampleHere } from '../sample/sample-file';
import {
  openFreshSample,
  removeSampleFolder,
  removeSampleFolderAsync,
  sampleFileDialogs,
  sampleFolderOf,
} from '../services/sample-data-service';
import { ServiceError } from '../services/service-error';
import { createSettingsService } from '../services/settings-service';
import type { Settings, SettingsPatch } from '../shared/contract/settings';
import { CHANNELS, type Channel, type SampleChannel } from '../shared/ipc-channels';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';
import { REFUSED_WHILE_EXPLORING } from './sample-copy';

/** Every channel but the sample's own: what one set of data (own or sample) answers. */
export type DataHandlers = Omit<Handlers, SampleChannel>;
type DataChannel = Exclude<Channel, SampleChannel>;

/**
 * Channels that act on files beyond the open database (the person's backups folder, a file they
 * import, everything Delete everything removes): refused while exploring, with the way back.
 * Exports, CSVs and reports work on the sample; their save dialogs say it is sample data.
 */
const REFUSED: Readonly<Partial<Record<DataChannel, string>>> = {
  'backup:list': REFUSED_WHILE_EXPLORING.backups,
  'backup:create': REFUSED_WHILE_EXPLORING.backups,
  'backup:restore': REFUSED_WHILE_EXPLORING.backups,
  'data:import': REFUSED_WHILE_EXPLORING.import,
  'data:summary': REFUSED_WHILE_EXPLORING.deleteEverything,
  'data:erase': REFUSED_WHILE_EXPLORING.deleteEverything,
};

/**
 * Answered by the person's own data even while exploring: where their own file is (Settings
 * shows it under "Your data"), which the sample does not change, the folder that holds it, and
 * the licence notices of the app itself.
 */
const ALWAYS_OWN: ReadonlySet<DataChannel> = new Set(['app:info', 'app:reveal', 'licence:list']);

/**
 * Builds one set of handlers over a database, pausing (yielding) between domains; see
 * handlers.ts.
 */
export type HandlerSteps = (
  context: HandlerContext,
) => Generator<undefined, DataHandlers, undefined>;

/** The whole set at once (at start, before the window can ask anything). */
function builtAtOnce(steps: Generator<undefined, DataHandlers, undefined>): DataHandlers {
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/** The set built with a turn of the event loop between domains, so the window keeps answering. */
async function builtInTurns(
  steps: Generator<undefined, DataHandlers, undefined>,
): Promise<DataHandlers> {
  let step = steps.next();
  while (step.done !== true) {
    await new Promise((resolve) => setImmediate(resolve));
    step = steps.next();
  }
  return step.value;
}

function isSampleChannel(channel: Channel): channel is SampleChannel {
  return channel.startsWith('sample:');
}

/**
 * Owns which data is open: the person's own, or a sample. Every channel is answered by the
 * current set of handlers; the person's own connection stays open and untouched while exploring
 * (its handlers are simply not called), and leaving closes and removes the sample's file.
 *
 * A sample left behind by a crash or a quit while exploring is removed here, when the app builds
 * its handlers at start, so the app always starts on the person's own data.
 */
export function withSampleData(context: HandlerContext, build: HandlerSteps): Handlers {
  const folder = sampleFolderOf(context.databasePath);
  removeSampleFolder(folder);
  const own = builtAtOnce(build(context));
  let sample: { readonly db: Database.Database; readonly handlers: DataHandlers } | null = null;
  // A start under way (the sample is being written off the main thread): a second start, or a
  // leave, waits for it rather than making a second sample or removing a file being written.
  let starting: Promise<unknown> | null = null;
  // A leave's removal under way (off the event loop): a start waits for it, so it never makes its
  // new file in a folder being removed.
  let removing: Promise<void> | null = null;

  async function start(input: { today: string; timeZone: string }) {
    while (removing !== null) await removing.catch(() => undefined);
    if (starting === null && sample === null) {
      starting = open(input);
      try {
        await starting;
      } finally {
        starting = null;
      }
    } else if (starting !== null) {
      await starting.catch(() => undefined);
    }
    return { isExploring: sample !== null };
  }

  async function open({ today, timeZone }: { today: string; timeZone: string }) {
    const opened = await openFreshSample(folder, {
      today,
      timeZone,
      generate: context.generateSample ?? generateSampleHere,
      makeFile: context.makeSampleFile,
      nativeBinding: context.nativeBinding,
    });
    try {
      // Opening the file and preparing every service's statements are each a few milliseconds: a
      // turn of the event loop after the opening and between domains keeps them from adding up
      // to a block the window would feel.
      await new Promise((resolve) => setImmediate(resolve));
      const handlers = await builtInTurns(
        build({
          db: opened.db,
          version: context.version,
          databasePath: opened.databasePath,
          // Left out: the sample's backups folder would then sit inside its own folder, but every
          // backup channel is refused while exploring anyway (REFUSED).
          ...(context.now ? { now: context.now } : {}),
          ...(context.printPdf ? { printPdf: context.printPdf } : {}),
          ...(context.files ? { files: sampleFileDialogs(context.files) } : {}),
          ...(context.nativeBinding ? { nativeBinding: context.nativeBinding } : {}),
        }),
      );
      sample = { db: opened.db, handlers };
    } catch (error) {
      opened.db.close();
      removeSampleFolder(folder);
      throw error;
    }
  }

  async function leave() {
    if (starting !== null) await starting.catch(() => undefined);
    const leaving = sample;
    // Back to the person's own data first: whatever happens to the sample's file, no screen
    // reads or writes it again.
    sample = null;
    if (leaving !== null) {
      // The file is removed next, so closing need not wait for the disk: without this, SQLite's
      // checkpoint on close flushes the whole -wal to a file about to be deleted.
      leaving.db.pragma('synchronous = OFF');
      leaving.db.close();
      removing = removeSampleFolderAsync(folder);
      try {
        await removing;
      } finally {
        removing = null;
      }
    }
    return { isExploring: false };
  }

  // The appearance is how this computer shows Mending, not part of the data being explored: while
  // exploring, it is still read from and kept in the person's own settings (so the colours do
  // not change on the way in or out); every other setting is the sample's.
  const ownSettings = createSettingsService(context.db, context.now ? { now: context.now } : {});
  const withOwnTheme = (answer: unknown) =>
    // The sample's settings handler answers Settings (the router checks the output after this).
    Promise.resolve(answer).then((settings) => ({
      ...(settings as Settings),
      theme: ownSettings.get().theme,
    }));

  function routed(channel: DataChannel) {
    return (input: unknown): unknown => {
      const exploring = sample;
      if (exploring !== null && (channel === 'settings:get' || channel === 'settings:update')) {
        // As below: the router validated the input against this channel's schema.
        const sampleCall = exploring.handlers[channel] as (input: unknown) => unknown;
        if (channel === 'settings:get') return withOwnTheme(sampleCall(input));
        const { theme, ...rest } = input as SettingsPatch;
        if (theme !== undefined) ownSettings.update({ theme });
        return withOwnTheme(sampleCall(rest));
      }
      const handlers = exploring === null || ALWAYS_OWN.has(channel) ? own : exploring.handlers;
      const refusal = exploring === null ? undefined : REFUSED[channel];
      if (refusal !== undefined) throw new ServiceError('conflict', refusal);
      // Each handler accepts its own channel's valid input; the router validated it against
      // `channel`'s schema before calling, and a map over channels cannot say so to TypeScript.
      return (handlers[channel] as (input: unknown) => unknown)(input);
    };
  }

  const dataChannels = CHANNELS.filter((c): c is DataChannel => !isSampleChannel(c));
  const routes = Object.fromEntries(dataChannels.map((c) => [c, routed(c)]));
  return {
    // Object.fromEntries forgets which keys it made; they are every channel but the sample's,
    // each answered by the same channel's handler of the current set.
    ...(routes as DataHandlers),
    'sample:status': () => ({ isExploring: sample !== null }),
    'sample:start': start,
    'sample:leave': leave,
  };
}
