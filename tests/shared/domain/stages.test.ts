import { afterEach, describe, expect, it } from 'vitest';
import {
  FIRST_STAGE,
  PATH_STAGES,
  PATHS,
  STAGES,
  SUGGESTED_MOVES,
  isStage,
  pathOf,
} from '../../../src-main/shared/domain/stages';
import { createTestDatabase } from '../../helpers/test-db';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The values a column's `CHECK (column IN (...))` allows, read from the live schema. */
function checkList(sql: string, column: string): string[] {
  const match = new RegExp(`CHECK\\s*\\(\\s*${column}\\s+IN\\s*\\(([^)]*)\\)`, 'i').exec(sql);
  if (!match?.[1]) throw new Error(`no CHECK list for ${column} in: ${sql}`);
  return [...match[1].matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
}

describe('the stages, declared once', () => {
  it('are exactly the values the database lets stage_changes and reflections store', () => {
    const test = createTestDatabase();
    cleanup = test.cleanup;
    for (const table of ['stage_changes', 'reflections']) {
      const row = test.db
        .prepare<[string], { sql: string }>('SELECT sql FROM sqlite_schema WHERE name = ?')
        .get(table);
      expect(row, table).toBeDefined();
      expect(checkList(row?.sql ?? '', 'stage'), table).toEqual([...STAGES]);
    }
  });

  it('reads a CHECK list the way SQLite writes one', () => {
    expect(checkList("stage TEXT CHECK (stage IN ('a', 'b',\n 'c'))", 'stage')).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(() => checkList('stage TEXT NOT NULL', 'stage')).toThrow(/no CHECK list/);
  });

  it('starts everyone at healing, and puts every later stage on exactly one path', () => {
    expect(FIRST_STAGE).toBe('heal_yourself');
    expect(pathOf('heal_yourself')).toBeNull();
    expect(pathOf('decide')).toBeNull();
    expect(pathOf('apologize')).toBe('reconcile');
    expect(pathOf('take_it_slow')).toBe('reconcile');
    expect(pathOf('heal_and_grow')).toBe('move_on');
    const onPaths = PATHS.flatMap((p) => PATH_STAGES[p]);
    expect(new Set(onPaths).size).toBe(onPaths.length);
  });

  it('suggests Decide after healing, both paths from Decide, and Move on after a "no"', () => {
    expect(SUGGESTED_MOVES.heal_yourself).toEqual(['decide']);
    expect(SUGGESTED_MOVES.decide).toEqual(['apologize', 'heal_and_grow']);
    expect(SUGGESTED_MOVES.apologize).toContain('heal_and_grow');
    // No end state to reach: nothing is suggested once a person takes it slow or heals and grows.
    expect(SUGGESTED_MOVES.take_it_slow).toEqual([]);
    expect(SUGGESTED_MOVES.heal_and_grow).toEqual([]);
    for (const moves of Object.values(SUGGESTED_MOVES)) {
      for (const stage of moves) expect(isStage(stage)).toBe(true);
    }
  });

  it('knows a stage from anything else read from a file', () => {
    expect(isStage('decide')).toBe(true);
    expect(isStage('Decide')).toBe(false);
    expect(isStage(null)).toBe(false);
    expect(isStage(3)).toBe(false);
  });
});
