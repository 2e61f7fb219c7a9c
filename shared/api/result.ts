// Result values: every Api reply is one of these, so no error is ever thrown across IPC or HTTP.
import type { ErrorCode } from './errors';

export interface ApiError {
  code: ErrorCode;
  /** A sentence a reporter understands, naming the file and the problem where there is one. */
  message: string;
  /** Extra facts for the UI (who holds a lock, which backup was kept, ...). */
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Wraps a value as a successful reply. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed reply with a code and a sentence. */
export function fail<T = never>(code: ErrorCode, message: string, details?: Record<string, unknown>): Result<T> {
  return details ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } };
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
