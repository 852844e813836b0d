/** Why a request failed, in a form the renderer can act on. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unknown_channel'
  | 'untrusted_sender'
  /** The data file is damaged (SQLite found it corrupt): the app offers the newest good backup. */
  | 'damaged'
  | 'internal';

/** A failure a person can read: `field` names the input field to fix, when there is one. */
export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly field?: string;
}

/** The envelope every IPC answer travels in: handlers never throw across the process boundary. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, field?: string): Result<never> {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
