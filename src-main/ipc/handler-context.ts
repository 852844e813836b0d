import type Database from 'better-sqlite3';

/** What every domain's handlers are built from. */
export interface HandlerContext {
  readonly db: Database.Database;
  readonly version: string;
  readonly databasePath: string;
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
}
