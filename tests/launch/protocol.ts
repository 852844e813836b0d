import { z } from 'zod';
import type { LogEntry } from './electron-stand-in';

/*
 * What the launch spec and one start of the app (tests/launch/launch-main.ts, a child process)
 * say to each other over fork()'s IPC channel. Checked with zod on the child's side: the channel
 * carries plain JSON, and a mistyped operation should say so, not act on a guess.
 */

const rectangle = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

export const launchOptionsSchema = z.object({
  userData: z.string(),
  documents: z.string(),
  chromium: z.string(),
  isSystemDark: z.boolean(),
  displays: z
    .array(
      z.object({ id: z.number(), bounds: rectangle, workArea: rectangle, scaleFactor: z.number() }),
    )
    .min(1),
  messageBoxAnswers: z.array(z.number().int()),
  /** Worker jobs whose answers are held back until the spec sends `release` ('checkDataFile'). */
  holdJobs: z.array(z.string()),
  /** A worker job under which the worker thread is stopped, as if it had crashed. */
  stopWorkerAt: z.string().optional(),
});
export type LaunchOptions = z.infer<typeof launchOptionsSchema>;

export const opSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('waitFor'),
    selector: z.string(),
    state: z.enum(['attached', 'visible', 'hidden', 'detached']),
  }),
  /** Selectors are Playwright's, e.g. `role=button[name="Save check-in"]`. */
  z.object({ op: z.literal('click'), selector: z.string() }),
  z.object({ op: z.literal('check'), selector: z.string() }),
  z.object({ op: z.literal('fill'), selector: z.string(), value: z.string() }),
  /** A script evaluated in the page (Playwright's page.evaluate of an expression string). */
  z.object({ op: z.literal('evaluate'), expression: z.string() }),
  z.object({ op: z.literal('screenshot'), path: z.string() }),
  z.object({ op: z.literal('minimize') }),
  z.object({ op: z.literal('closeWindow') }),
  z.object({ op: z.literal('windowState') }),
  z.object({ op: z.literal('newSession'), partition: z.string() }),
  z.object({ op: z.literal('sessionVerdicts'), url: z.string() }),
  z.object({ op: z.literal('setSystemDark'), isDark: z.boolean() }),
  z.object({ op: z.literal('menu'), labels: z.array(z.string()) }),
  /** Lets the held worker answers through (see `holdJobs`). */
  z.object({ op: z.literal('release') }),
]);
export type Op = z.infer<typeof opSchema>;

export type ChildMessage =
  | { readonly kind: 'log'; readonly entry: LogEntry }
  | { readonly kind: 'exiting'; readonly code: number }
  | { readonly kind: 'answer'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly kind: 'answer'; readonly id: number; readonly ok: false; readonly error: string };
