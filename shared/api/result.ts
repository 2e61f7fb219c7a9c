// Result values: every Api reply is one of these, so no error is ever thrown across IPC or HTTP. Refusals are values
// all the way down: a check deep in a loop (a file past a limit, a cancelled import) returns one and its callers pass
// it up, and each client of something outside words what it throws at one boundary (the newsroom library's driver,
// the story server's fetch, the story replica's PouchDB). Nothing throws a refusal; what is still thrown is a bug,
// answered 'internal' by the handler table (failureOf, electron/api/validated-call.ts).
import type { ErrorCode } from './errors';

export interface ApiError<C extends ErrorCode = ErrorCode> {
  code: C;
  /** A sentence a reporter understands, naming the file and the problem where there is one. */
  message: string;
  /** Extra facts for the UI (who holds a lock, which backup was kept, ...). */
  details?: Record<string, unknown>;
}

/**
 * A value or an error. `C` narrows the codes a function can fail with (a string-literal union), so callers see which
 * refusals they must handle; a narrowed Result is still a plain `Result<T>`.
 */
export type Result<T, C extends ErrorCode = ErrorCode> = Ok<T> | Failure<C>;

/** A successful reply; it fits a Result of any error codes. */
export type Ok<T> = { ok: true; value: T };

/**
 * A refusal; it fits a Result of any value. A check that may refuse (a limit, a cancelled import) returns
 * `Failure | undefined`, and its caller passes a refusal up as it is.
 */
export type Failure<C extends ErrorCode = ErrorCode> = { ok: false; error: ApiError<C> };

/** Wraps a value as a successful reply. */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/** Builds a refusal with a code and a sentence. */
export function fail<C extends ErrorCode = ErrorCode>(
  code: C,
  message: string,
  details?: Record<string, unknown>,
): Failure<C> {
  return details ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } };
}
