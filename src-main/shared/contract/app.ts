import { z } from 'zod';
import type { AppChannel } from '../ipc-channels';
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
} as const satisfies Record<AppChannel, ChannelSpec>;
