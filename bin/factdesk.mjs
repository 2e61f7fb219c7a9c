#!/usr/bin/env node
// The factdesk command: runs the bundled CLI (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireNode } from '../scripts/node-version.mjs';

requireNode('cli');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'electron', 'cli.cjs');
if (!existsSync(bundle)) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-node.mjs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0 || !existsSync(bundle)) {
    process.stderr.write(
      'factdesk: the command is not built yet; run `npm install` (or `npm run build`) in the Factdesk folder.\n',
    );
    process.exit(1);
  }
}
const { runCli, processIo } = createRequire(import.meta.url)(bundle);
process.exitCode = await runCli(process.argv.slice(2), processIo());
