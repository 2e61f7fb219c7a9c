// What every CLI command gets: the handler table (the same one the app uses, behind the contract's validators, as
// IPC and HTTP put it), output streams and helpers.
import { randomUUID } from 'node:crypto';
import { fail } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { createHandlers } from '../api/handlers';
import type { Handlers } from '../api/handlers';
import type { HandlerDeps } from '../api/deps';
import { validatedApi } from '../api/validated-call';
import { defaultDataDir } from '../storage/data-dir';
import { processIdentity } from '../storage/identity';
import { newsroomFromEnv } from '../storage/newsroom-library';
import { EnvSecretStore } from '../storage/secret-store';
import { MemoryCookieStore } from '../sync/cookie-store';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface CliContext {
  handlers: Handlers;
  io: CliIo;
  /** --take-over: the user says another computer's quiet lock on the project may be taken over. */
  takeOver?: boolean;
}

/** The flag every command accepts: take over another computer's abandoned lock (a live lock is never taken). */
export const TAKE_OVER_FLAG = 'take-over';

/**
 * Adds what the command line can do about a lock that looks abandoned to the app's sentence: run again with
 * --take-over. Other refusals pass through unchanged.
 */
export function withTakeOverHint(error: Result<unknown> & { ok: false }, file: string): Result<never> {
  const { code, message, details } = error.error;
  if (code !== 'lock-stale') return fail(code, message, details);
  return fail(
    code,
    `${file}: ${message} If that computer is no longer using it, run the command again with --${TAKE_OVER_FLAG}. Nothing was changed.`,
    details,
  );
}

/** The collaborators of a CLI run: no window, no events, no recent-projects bookkeeping. */
export function cliDeps(env: NodeJS.ProcessEnv, version: string): HandlerDeps {
  return {
    now: () => new Date().toISOString(),
    newId: () => randomUUID(),
    dataDir: defaultDataDir(env),
    appVersion: version,
    capabilities: { transport: 'cli', nativeDialogs: false, showInFolder: false },
    identity: processIdentity(env),
    rememberRecent: false,
    newsroom: newsroomFromEnv(env),
    // Settings saved in the app's Preferences apply too, with the password from PGPASSWORD.
    secrets: new EnvSecretStore(env),
    sync: { cookies: new MemoryCookieStore(env), caFile: env['FACTDESK_SYNC_CA'] || null },
    emit: () => undefined,
  };
}

/** The CLI's door onto a handler table: every call goes through the contract's validator, as IPC and HTTP calls do. */
export function cliDoor(handlers: Handlers): Handlers {
  return {
    ...validatedApi(handlers),
    closeAll: () => handlers.closeAll(),
    recordingOf: (address) => handlers.recordingOf(address),
    sessionOf: (projectId) => handlers.sessionOf(projectId),
    bridgeOf: (projectId) => handlers.bridgeOf(projectId),
  };
}

/** Handlers for a CLI run, behind the contract's validators. */
export function cliHandlers(env: NodeJS.ProcessEnv, version: string): Handlers {
  return cliDoor(createHandlers(cliDeps(env, version)));
}

/** Prints JSON the documented way: two-space indented, one trailing newline. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
