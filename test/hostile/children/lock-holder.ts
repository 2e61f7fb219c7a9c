// Child process for the lock cases: opens a project for editing the way the app and the CLI do (this process's own
// identity), says "holding" once the lock is on disk, then waits to be killed.
import { writeSync } from 'node:fs';
import { processIdentity } from '../../../electron/storage/identity';
import { resolveProjectPath } from '../../../electron/storage/project-paths';
import { ProjectSession } from '../../../electron/storage/project-session';

async function main() {
  const resolved = await resolveProjectPath(process.argv[2]!);
  if (!resolved.ok) throw new Error(resolved.error.message);
  const opened = await ProjectSession.open(resolved.value, {
    now: () => new Date().toISOString(),
    identity: processIdentity(process.env),
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const session = opened.value;
  writeSync(1, session.readOnly ? 'read-only\n' : 'holding\n');
  setInterval(() => undefined, 60_000);
}
main().catch((error) => {
  writeSync(2, `${String(error)}\n`);
  process.exit(3);
});
