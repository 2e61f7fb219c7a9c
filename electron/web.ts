// The browser harness (`npm run web`): the same handlers as the app, served with the built renderer on 127.0.0.1
// behind a per-run token. Prints one line with the address to open; on Ctrl+C it saves, releases locks and exits.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { version } from '../package.json';
import type { EventName, Events } from '../shared/api/contract';
import { bindHttp } from './api/bind-http';
import type { HttpServerHandle } from './api/bind-http';
import { createHandlers } from './api/handlers';
import { MemoryCookieStore } from './sync/cookie-store';
import { newsroomFromEnv } from './storage/newsroom-library';
import { EnvSecretStore } from './storage/secret-store';
import { listenFailure, requestedPort } from './api/harness-port';
import { processIdentity } from './storage/identity';

/** Where the built renderer sits next to this bundle: dist/electron/web.cjs serves dist/renderer. */
const STATIC_DIR = path.resolve(__dirname, '..', 'renderer');

function fatal(message: string): never {
  process.stderr.write(`Factdesk: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.FACTDESK_DATA_DIR || path.join(os.homedir(), '.config', 'factdesk-web'));
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    fatal(`could not create the settings folder ${dataDir}: ${(error as Error).message}`);
  }
  if (!existsSync(path.join(STATIC_DIR, 'index.html'))) {
    fatal(`the window files are missing from ${STATIC_DIR}. Build them with "npm run build" and start again.`);
  }
  const asked = requestedPort(process.env.FACTDESK_PORT);
  if (!asked.ok) fatal(asked.error.message);
  const port = asked.value;

  let server: HttpServerHandle | null = null;
  const handlers = createHandlers({
    now: () => new Date().toISOString(),
    newId: () => randomUUID(),
    dataDir,
    appVersion: version,
    capabilities: { transport: 'http', nativeDialogs: false, showInFolder: false },
    identity: processIdentity(),
    newsroom: newsroomFromEnv(process.env),
    // The harness keeps no password: PGPASSWORD (or the URL's) is the newsroom library's.
    secrets: new EnvSecretStore(process.env),
    sync: { cookies: new MemoryCookieStore(process.env), caFile: process.env['FACTDESK_SYNC_CA'] || null },
    emit: <E extends EventName>(event: E, payload: Events[E]) => server?.emit(event, payload),
  });

  try {
    server = await bindHttp(handlers, {
      staticDir: STATIC_DIR,
      port,
      recordings: (address) => handlers.recordingOf(address),
      log: (line) => process.stderr.write(`Factdesk: ${line}\n`),
    });
  } catch (error) {
    fatal(listenFailure(port, error));
  }
  const running = server;

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`Factdesk: ${signal} received; saving and closing open projects.\n`);
    try {
      await handlers.closeAll();
    } catch (error) {
      process.stderr.write(`Factdesk: a project could not be closed cleanly: ${(error as Error).message}\n`);
      await running.close();
      process.exit(1);
    }
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));

  process.stdout.write(`Factdesk is running at ${running.url}/?token=${running.token}\n`);
}

void main();
