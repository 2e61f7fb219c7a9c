// A real PostgreSQL for the newsroom-library tests: initdb in a temp folder as an unprivileged system user (PostgreSQL
// refuses to run as root), listening on 127.0.0.1 only on a free port, its unix socket inside the temp folder.
// `stop()` shuts it down and removes the folder; `kill()` ends it at once (SIGKILL) for the fault tests, `start()`
// brings the same cluster back. Call `stop()` in afterAll: it is also safe after a failed start.
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const TEST_USER = 'factdesk-test';

/** The folder with initdb and postgres: Debian's /usr/lib/postgresql/<v>/bin (newest first), else the PATH. */
export function findPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb'))) return dir;
  throw new Error(
    'PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin or on the PATH): install it, for example with `sudo apt-get install postgresql` on Debian or Ubuntu or `brew install postgresql` on a Mac; the tests start their own server.',
  );
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The unprivileged user the server runs as when the tests run as root (created once if missing). */
function runAsUser(): string | null {
  if (process.getuid?.() !== 0) return null;
  try {
    execFileSync('id', ['-u', TEST_USER], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', TEST_USER]);
  }
  return TEST_USER;
}

export interface TestPostgres {
  port: number;
  /** Superuser URL (no password: trust on 127.0.0.1 inside the test cluster). */
  url: string;
  /** A URL for another role and password. */
  urlFor(user: string, password: string): string;
  /** Runs SQL as the superuser. */
  sql(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  /** Ends the server at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts the same cluster again after kill(). */
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

export interface PostgresOptions {
  /** Runs after initdb, before the first start: writes files into the cluster's folder; `own` hands a file to the
   *  server's user (TLS keys must belong to it). */
  prepare?: (dir: string, own: (file: string) => void) => void;
  /** More `-c name=value` settings (ssl=on, ssl_cert_file=...). */
  settings?: string[];
  /** Replaces pg_hba.conf (hostssl lines to refuse unencrypted connections). */
  hba?: string;
}

/** Starts a fresh cluster with a database `factdesk`. */
export async function startPostgres(options: PostgresOptions = {}): Promise<TestPostgres> {
  const bin = findPostgresBin();
  const user = runAsUser();
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const uid = user ? Number(execFileSync('id', ['-u', user]).toString().trim()) : null;
  const gid = user ? Number(execFileSync('id', ['-g', user]).toString().trim()) : null;
  if (uid !== null && gid !== null) chownSync(dir, uid, gid);
  const as = (cmd: string, args: string[]): [string, string[]] =>
    user ? ['runuser', ['-u', user, '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];

  let child: ChildProcess | null = null;
  const superUrl = `postgres://postgres@127.0.0.1:${port}/factdesk`;

  const [initCmd, initArgs] = as('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  try {
    execFileSync(initCmd, initArgs, { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`, {
      cause: error,
    });
  }

  const own = (file: string): void => {
    if (uid !== null && gid !== null) chownSync(file, uid, gid);
  };
  try {
    options.prepare?.(dir, own);
    if (options.hba !== undefined) {
      writeFileSync(join(data, 'pg_hba.conf'), options.hba);
      own(join(data, 'pg_hba.conf'));
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  const launch = async (): Promise<void> => {
    const [cmd, args] = as('postgres', [
      '-D',
      data,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${dir}`,
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=60',
      ...(options.settings ?? []).flatMap((setting) => ['-c', setting]),
    ]);
    const proc = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    proc.stderr?.on('data', (d: Buffer) => {
      log = (log + d.toString()).slice(-4000);
    });
    child = proc;
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`PostgreSQL did not start: ${log}`);
      const client = new pg.Client({ host: dir, port, user: 'postgres', database: 'postgres' });
      try {
        await client.connect();
        const has = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', ['factdesk']);
        if (has.rowCount === 0) await client.query('CREATE DATABASE factdesk');
        await client.end();
        return;
      } catch {
        await client.end().catch(() => undefined);
        if (Date.now() > deadline) throw new Error(`PostgreSQL did not answer within a minute: ${log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };

  const waitExit = (proc: ChildProcess): Promise<void> =>
    proc.exitCode !== null || proc.signalCode !== null
      ? Promise.resolve()
      : new Promise((r) => proc.once('exit', () => r()));

  /** The postmaster pid (runuser forks it as its child, so the pid file says which process to signal). */
  const postmasterPid = (): number | null => {
    try {
      const text = execFileSync('cat', [join(data, 'postmaster.pid')]).toString();
      return Number(text.split('\n')[0]) || null;
    } catch {
      return null;
    }
  };

  try {
    await launch();
  } catch (error) {
    const proc = child as ChildProcess | null;
    if (proc && proc.exitCode === null) proc.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  const superPool = new pg.Pool({ host: dir, port, user: 'postgres', database: 'factdesk', max: 2 });
  superPool.on('error', () => undefined);

  return {
    port,
    url: superUrl,
    urlFor: (role, password) =>
      `postgres://${encodeURIComponent(role)}:${encodeURIComponent(password)}@127.0.0.1:${port}/factdesk`,
    sql: (text, values) => superPool.query(text, values as unknown[]),
    async kill() {
      const pid = postmasterPid();
      const proc = child;
      if (pid) process.kill(pid, 'SIGKILL');
      if (proc) await waitExit(proc);
      // Its back-ends notice the postmaster is gone and exit; the next start cleans up after them.
      await new Promise((r) => setTimeout(r, 300));
    },
    async start() {
      await launch();
    },
    async stop() {
      await superPool.end().catch(() => undefined);
      const proc = child;
      if (proc && proc.exitCode === null && proc.signalCode === null) {
        const pid = postmasterPid();
        if (pid) process.kill(pid, 'SIGINT');
        await waitExit(proc);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
