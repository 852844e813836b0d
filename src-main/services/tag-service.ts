import type Database from 'better-sqlite3';
import { createTagRepo } from '../db/repositories/tag-repo';
import { EMOTION_TAGS } from '../shared/domain/mood';
import { emotionWordKey } from '../shared/domain/tags';
import {
  customTagRestoreSchema,
  emotionWordSchema,
  emotionWordToRemoveSchema,
  type CustomTag,
  type CustomTagRestore,
  type TagList,
} from '../shared/ipc-contract';
import { ServiceError } from './service-error';

export interface TagServiceOptions {
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
}

const BUILT_IN_KEYS = new Map<string, string>(EMOTION_TAGS.map((t) => [emotionWordKey(t), t]));

/**
 * The person's own emotion words: list, add, remove and put back. A word is new only if no
 * built-in emotion and no added word has the same key (case and Unicode spelling ignored).
 * Removing a word takes it off the list offered with new entries; entries that used it keep it.
 */
export function createTagService(db: Database.Database, options: TagServiceOptions = {}) {
  const repo = createTagRepo(db);
  const now = () => (options.now ?? (() => new Date()))().toISOString();

  /** The added word with the same key as `name`, if there is one. */
  function customMatching(name: string): string | undefined {
    const key = emotionWordKey(name);
    return repo.names().find((existing) => emotionWordKey(existing) === key);
  }

  function assertIsNew(name: string, alreadyThere: (existing: string) => string): void {
    const builtIn = BUILT_IN_KEYS.get(emotionWordKey(name));
    if (builtIn !== undefined) {
      throw new ServiceError(
        'conflict',
        `“${builtIn}” is already one of the emotions you can choose.`,
        'name',
      );
    }
    const existing = customMatching(name);
    if (existing !== undefined) throw new ServiceError('conflict', alreadyThere(existing), 'name');
  }

  function found(name: string): CustomTag {
    const tag = repo.findByName(name);
    if (!tag) throw new ServiceError('not_found', `“${name}” is not in your list.`, 'name');
    return tag;
  }

  const create = db.transaction((name: string): CustomTag => {
    assertIsNew(name, (existing) => `You have already added “${existing}”.`);
    repo.insertInOrder(name, now());
    return found(name);
  });

  const remove = db.transaction((name: string): CustomTag => {
    const builtIn = BUILT_IN_KEYS.get(emotionWordKey(name));
    if (builtIn !== undefined) {
      throw new ServiceError(
        'invalid_input',
        `“${builtIn}” is built in and stays; only words you added can be removed.`,
        'name',
      );
    }
    // The exact word first, so one saved under older rules (" Calm") can still be removed.
    const tag = repo.findByName(name) ?? found(customMatching(name.trim()) ?? name.trim());
    repo.remove(tag.name);
    return tag;
  });

  const restore = db.transaction((name: string, createdAt: string): CustomTag => {
    assertIsNew(name, (existing) => `“${existing}” is already back in your list.`);
    repo.insertInOrder(name, createdAt);
    return found(name);
  });

  return {
    list(): TagList {
      return { builtIn: [...EMOTION_TAGS], custom: repo.list() };
    },
    /** Adds a word (trimmed) and answers with it. */
    create(name: string): CustomTag {
      return create(emotionWordSchema.parse(name));
    },
    /** Removes a word from the list and answers with it as it was, so that Undo can put it back. */
    remove(name: string): CustomTag {
      return remove(emotionWordToRemoveSchema.parse(name));
    },
    /** Puts a removed word back exactly as it was: same spelling, same creation time. */
    restore(tag: CustomTagRestore): CustomTag {
      const { name, createdAt } = customTagRestoreSchema.parse(tag);
      // One format in the column, so that ordering by it as text is ordering by time.
      return restore(name, new Date(createdAt).toISOString());
    },
  };
}

export type TagService = ReturnType<typeof createTagService>;
