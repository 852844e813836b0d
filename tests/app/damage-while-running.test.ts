import { describe, expect, it } from 'vitest';
import {
  createDamageResponder,
  DAMAGE_WHILE_RUNNING_QUESTION,
  isDataDamage,
} from '../../src-main/app/damage-while-running';
import { messageBoxFor, type RecoveryChoice } from '../../src-main/app/open-or-recover';
import { DataFileDamagedError } from '../../src-main/db/backup';

function sqliteError(code: string): Error {
  return Object.assign(new Error('database disk image is malformed'), { code });
}

/** Lets the responder's promise chain run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function responder(answer: RecoveryChoice) {
  const asked: string[] = [];
  let restarts = 0;
  const respond = createDamageResponder({
    ask: (question) => {
      asked.push(question.title);
      return Promise.resolve(answer);
    },
    restart: () => {
      restarts += 1;
    },
  });
  return { respond, asked, restarts: () => restarts };
}

describe('damage found while the app runs', () => {
  it('knows damage from other failures', () => {
    expect(isDataDamage(sqliteError('SQLITE_CORRUPT'))).toBe(true);
    expect(isDataDamage(sqliteError('SQLITE_CORRUPT_INDEX'))).toBe(true);
    expect(isDataDamage(sqliteError('SQLITE_NOTADB'))).toBe(true);
    expect(isDataDamage(new DataFileDamagedError(sqliteError('SQLITE_CORRUPT')))).toBe(true);
    expect(isDataDamage(sqliteError('SQLITE_FULL'))).toBe(false);
    expect(isDataDamage(new TypeError('a bug'))).toBe(false);
  });

  it('offers a restart once, and restarts when the person agrees', async () => {
    const { respond, asked, restarts } = responder('restart');
    respond(new TypeError('a bug'));
    respond(sqliteError('SQLITE_CORRUPT'));
    respond(new DataFileDamagedError(sqliteError('SQLITE_CORRUPT')));
    await settle();
    expect(asked).toEqual(['Your data file is damaged']);
    expect(restarts()).toBe(1);
  });

  it('does nothing more when the person says Not now', async () => {
    const { respond, asked, restarts } = responder('later');
    respond(sqliteError('SQLITE_CORRUPT'));
    respond(sqliteError('SQLITE_CORRUPT'));
    await settle();
    expect(asked).toHaveLength(1);
    expect(restarts()).toBe(0);
  });

  it('makes Escape mean Not now in the message box', () => {
    const box = messageBoxFor(DAMAGE_WHILE_RUNNING_QUESTION);
    expect(box.options.buttons).toEqual(['Restart Mending', 'Not now']);
    expect(box.options.cancelId).toBe(1);
    expect(box.options.type).toBe('warning');
    expect(box.choiceAt(1)).toBe('later');
    expect(box.choiceAt(7)).toBe('later');
  });
});
