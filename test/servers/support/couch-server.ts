// A CouchDB-protocol server for the story-sync tests. With COUCHDB_URL set (for example
// http://admin:secret@127.0.0.1:5984) the tests use that real CouchDB; otherwise this starts `pouchdb-server`
// (leveldb backend) on 127.0.0.1 in a fresh temp folder, with that folder as its working directory because it writes
// its config and log there, waits until it answers, makes an admin, and stops it (and removes the folder) afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface CouchServer {
  /** Which server answers: the real CouchDB behind COUCHDB_URL, or the pouchdb-server this started. */
  readonly kind: 'couchdb' | 'pouchdb-server';
  /** Base URL without credentials, ending without a slash. */
  readonly url: string;
  readonly admin: { readonly name: string; readonly password: string };
  /** Port the server listens on (for the TCP proxy). */
  readonly port: number;
  /** Fetch as the admin; `path` starts with a slash. */
  adminFetch(path: string, init?: RequestInit): Promise<Response>;
  /** Creates (or replaces the password of) a CouchDB user. */
  createUser(name: string, password: string, roles?: readonly string[]): Promise<void>;
  /** Kills the server process at once (SIGKILL), as a crash would; only for pouchdb-server. */
  kill(): void;
  /** Starts it again on the same port and folder after kill(); only for pouchdb-server. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const BIN = resolve(import.meta.dirname, '../../../node_modules/pouchdb-server/bin/pouchdb-server');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function basic(name: string, password: string): string {
  return 'Basic ' + Buffer.from(`${name}:${password}`).toString('base64');
}

async function waitForAnswer(url: string, child: ChildProcess | null, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    if (child !== null && child.exitCode !== null) {
      throw new Error(`pouchdb-server exited with code ${child.exitCode} before answering on ${url}`);
    }
    try {
      const response = await fetch(url + '/');
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No CouchDB-protocol server answered on ${url} within ${timeoutMs} ms (${last})`);
}

export async function startCouch(): Promise<CouchServer> {
  const fromEnv = process.env['COUCHDB_URL'];
  if (fromEnv !== undefined && fromEnv !== '') return connectToCouchDb(fromEnv);
  return startPouchDbServer();
}

function makeFetchers(url: string, admin: { name: string; password: string }) {
  const adminFetch = (path: string, init: RequestInit = {}) =>
    fetch(url + path, {
      ...init,
      headers: {
        authorization: basic(admin.name, admin.password),
        'content-type': 'application/json',
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const createUser = async (name: string, password: string, roles: readonly string[] = []) => {
    const id = `org.couchdb.user:${name}`;
    const existing = await adminFetch(`/_users/${encodeURIComponent(id)}`);
    const rev = existing.ok ? ((await existing.json()) as { _rev: string })._rev : undefined;
    const response = await adminFetch(`/_users/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: JSON.stringify({ _id: id, ...(rev ? { _rev: rev } : {}), name, password, roles, type: 'user' }),
    });
    if (!response.ok) throw new Error(`Could not create user ${name}: ${response.status} ${await response.text()}`);
  };
  return { adminFetch, createUser };
}

async function connectToCouchDb(raw: string): Promise<CouchServer> {
  const parsed = new URL(raw);
  const admin = { name: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
  parsed.username = '';
  parsed.password = '';
  const url = parsed.toString().replace(/\/$/, '');
  await waitForAnswer(url, null, 10_000);
  const { adminFetch, createUser } = makeFetchers(url, admin);
  await adminFetch('/_users', { method: 'PUT' }); // 412 when it exists already
  const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  const notHere = () => {
    throw new Error('kill/restart need the pouchdb-server this helper starts, not the CouchDB at COUCHDB_URL');
  };
  return {
    kind: 'couchdb',
    url,
    admin,
    port,
    adminFetch,
    createUser,
    kill: notHere,
    restart: notHere,
    stop: async () => {},
  };
}

async function startPouchDbServer(): Promise<CouchServer> {
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const admin = { name: 'factdesk-admin', password: 'admin-' + Math.random().toString(36).slice(2) };
  let child: ChildProcess | null = null;
  let output = '';

  const launch = async () => {
    output = '';
    const started = spawn(process.execPath, [BIN, '--host', '127.0.0.1', '--port', String(port), '--dir', dir], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child = started;
    try {
      await waitForAnswer(url, started, 30_000);
    } catch (error) {
      started.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
    }
  };
  const killChild = async () => {
    const running = child;
    child = null;
    if (running === null || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGKILL');
    await exited;
  };

  try {
    await launch();
    // A fresh server is in "admin party"; the first admin ends it.
    const made = await fetch(`${url}/_config/admins/${admin.name}`, {
      method: 'PUT',
      body: JSON.stringify(admin.password),
    });
    if (!made.ok) throw new Error(`Could not create the admin: ${made.status} ${await made.text()}`);
    // pouchdb-server makes up a new cookie secret at every start unless its config holds one; CouchDB keeps its
    // secret, so sessions survive a restart there. Writing one into the config makes a restart here behave the same.
    const secret = await fetch(`${url}/_config/couch_httpd_auth/secret`, {
      method: 'PUT',
      headers: { authorization: basic(admin.name, admin.password) },
      body: JSON.stringify('secret-' + Math.random().toString(36).slice(2)),
    });
    if (!secret.ok) throw new Error(`Could not set the cookie secret: ${secret.status} ${await secret.text()}`);
  } catch (error) {
    await killChild();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const { adminFetch, createUser } = makeFetchers(url, admin);
  return {
    kind: 'pouchdb-server',
    url,
    admin,
    port,
    adminFetch,
    createUser,
    kill: () => {
      void killChild();
    },
    restart: async () => {
      await killChild();
      await launch();
    },
    stop: async () => {
      await killChild();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
