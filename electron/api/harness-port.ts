// The browser harness's port: FACTDESK_PORT read and checked, and the sentence for a port the harness cannot take.
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';

/** The port asked for in FACTDESK_PORT, or 0 for any free port; anything else is refused with a sentence. */
export function requestedPort(raw: string | undefined): Result<number> {
  if (raw === undefined || raw.trim() === '') return ok(0);
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return fail('invalid-input', `FACTDESK_PORT is "${raw}", which is not a port number between 0 and 65535.`);
  }
  return ok(port);
}

/** Why the harness could not listen on `port`, with what to do about it. */
export function listenFailure(port: number, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const where = `127.0.0.1:${port}`;
  if (code === 'EADDRINUSE') {
    return `another program (perhaps another "npm run web") already uses ${where}. Stop it, or start with FACTDESK_PORT set to another port, or leave FACTDESK_PORT unset to take any free port.`;
  }
  if (code === 'EACCES') {
    return `this system does not let Factdesk use ${where}. Set FACTDESK_PORT to a port above 1023, or leave it unset to take any free port.`;
  }
  return `could not start the local server on ${where}: ${(error as Error)?.message ?? String(error)}`;
}
