// `npm run web`: checks the Node.js version, builds only when the sources changed since the last build, then runs
// the browser harness server (dist/electron/web.cjs) in this process.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireNode } from './node-version.mjs';

requireNode('web');
const { buildIfChanged, root } = await import('./build.mjs');
if (buildIfChanged() === 'failed') {
  console.error('Factdesk could not be built (see the errors above), so the browser harness was not started.');
  process.exit(1);
}
createRequire(fileURLToPath(import.meta.url))(path.join(root, 'dist', 'electron', 'web.cjs'));
