import { z } from 'zod';
import type { AppChannel } from '../ipc-channels';
import { LICENCE_NOTICE_PARTS } from '../open-source';
import { emptyInput, type ChannelSpec } from './common';

export const appContract = {
  /** The app's version and where its data lives on this computer. */
  'app:info': {
    input: emptyInput,
    output: z.strictObject({ version: z.string(), databasePath: z.string() }),
  },
  /**
   * Opens the folder that holds the data file in the system's file manager ("Show data folder"),
   * and answers which folder it opened. When the system cannot open it, the error says so and
   * names the folder, so the person can open it by hand.
   */
  'app:reveal': {
    input: emptyInput,
    output: z.strictObject({ folder: z.string() }),
  },
  /**
   * The licence notices of the open-source packages built into the app ("Licences of the
   * open-source code inside Mending" in About), read from the files the build writes beside the
   * bundles: one for the app's main process, one for its window. A file that cannot be read (a
   * broken install) comes back with `text: null` and its path, so About can say what is missing.
   */
  'licence:list': {
    input: emptyInput,
    output: z.strictObject({
      notices: z.array(
        z.strictObject({
          part: z.enum(LICENCE_NOTICE_PARTS),
          path: z.string(),
          text: z.string().nullable(),
        }),
      ),
    }),
  },
} as const satisfies Record<AppChannel, ChannelSpec>;
