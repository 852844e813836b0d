import { DataFileDamagedError } from '../db/backup';
import { isDamageError } from '../db/private-file';
import type { RecoveryChoice, RecoveryQuestion } from './open-or-recover';

/*
 * Damage that shows while the app runs (a request meets SQLITE_CORRUPT, or the daily backup finds
 * its copy damaged). SQLite cannot empty a damaged table in place, so a backup cannot be restored
 * into the open file; the way back is a restart, where openOrRecover finds the damage, names the
 * newest good backup and asks before changing anything. The renderer shows the same advice beside
 * the failed answer (code 'damaged').
 */

/** Whether an error means the open data file is damaged. */
export function isDataDamage(error: unknown): boolean {
  return error instanceof DataFileDamagedError || isDamageError(error);
}

export const DAMAGE_WHILE_RUNNING_QUESTION: RecoveryQuestion = {
  title: 'Your data file is damaged',
  message:
    "Mending found damage in your data file while it was running, so some entries can't be read " +
    'or saved. Restart Mending now to restore your newest good backup?',
  detail:
    'After the restart, Mending names the backup it would restore and asks before changing ' +
    'anything; the damaged file is kept beside the restored one. Entries made after that backup ' +
    'are not in it.',
  choices: ['restart', 'later'],
};

export interface DamageResponderOptions {
  /** Shows the question (a message box in the app, a fake in tests). */
  readonly ask: (question: RecoveryQuestion) => Promise<RecoveryChoice>;
  /** Relaunches the app (app.relaunch, then quit). */
  readonly restart: () => void;
}

/**
 * Returns a function to call with every unexpected failure: on the first one that means damage it
 * offers a restart; it asks once per run, so a screen full of failing requests never stacks up
 * message boxes (the renderer keeps the advice in view).
 */
export function createDamageResponder(options: DamageResponderOptions): (error: unknown) => void {
  let hasAsked = false;
  return (error) => {
    if (hasAsked || !isDataDamage(error)) return;
    hasAsked = true;
    options
      .ask(DAMAGE_WHILE_RUNNING_QUESTION)
      .then((choice) => {
        if (choice === 'restart') options.restart();
      })
      .catch((askError: unknown) =>
        console.error('Mending could not ask about the damage:', askError),
      );
  };
}
