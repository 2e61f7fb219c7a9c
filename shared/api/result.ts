// Result values: every Api reply is one of these, so no error is ever thrown across IPC or HTTP.
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
export type Result<T, C extends ErrorCode = ErrorCode> = Ok<T> | { ok: false; error: ApiError<C> };

/** A successful reply; it fits a Result of any error codes. */
export type Ok<T> = { ok: true; value: T };

/** Wraps a value as a successful reply. */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/** Builds a failed reply with a code and a sentence. */
export function fail<T = never, C extends ErrorCode = ErrorCode>(
  code: C,
  message: string,
  details?: Record<string, unknown>,
): Result<T, C> {
  return details ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } };
}

/**
 * The value of a refusable step, or its refusal thrown as a FactdeskError with its code, sentence and details kept.
 * Handlers run inside session.update, whose change function returns a document, so a refusal travels this way to the
 * one boundary that turns it back into the same Result (callValidated, electron/api/validated-call.ts); the CLI
 * prints it on stderr with its exit code.
 */
export function valueOf<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new FactdeskError(result.error.code, result.error.message, result.error.details);
}

/** An error that carries an ApiError through code that throws; handlers turn it back into a Result. */
export class FactdeskError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'FactdeskError';
    this.code = code;
    this.details = details;
  }
  toApiError(): ApiError {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}
