// Who and where this process is: written into lock files and, unless the user set a name, into claim histories.
import os from 'node:os';

export interface ProcessIdentity {
  user: string;
  host: string;
  pid: number;
}

/** The account name (FACTDESK_USER overrides it), the host name and this process id. */
export function processIdentity(env: NodeJS.ProcessEnv = process.env): ProcessIdentity {
  let user = env.FACTDESK_USER || env.USER || env.USERNAME || 'Factdesk user';
  if (!env.FACTDESK_USER) {
    try {
      user = os.userInfo().username || user;
    } catch {
      // Some accounts have no entry in the user database; the environment's name is used.
    }
  }
  return { user, host: os.hostname(), pid: process.pid };
}
