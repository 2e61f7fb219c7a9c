// Child process for the crash test: opens a project and saves a growing counter in a loop, printing each save
// once it is confirmed durable. The parent kills it with SIGKILL at random moments.
import { writeSync } from 'node:fs';
import { ok } from '../../../../shared/api/result';
import { ProjectSession } from '../../../../electron/storage/project-session';

const [folder, file] = process.argv.slice(2) as [string, string];

async function main() {
  const opened = await ProjectSession.open(
    { folder, file },
    {
      now: () => new Date().toISOString(),
      identity: { user: 'crash', host: 'this-machine', pid: process.pid },
      saveDelayMs: 0,
    },
    { takeOverStaleLock: true },
  );
  if (!opened.ok) throw new Error(opened.error.message);
  const session = opened.value;
  let n = Number((session.doc as unknown as { counter?: number }).counter ?? 0);
  writeSync(1, `ready ${n}\n`);
  for (;;) {
    n++;
    const value = n;
    session.update((d) =>
      ok({ ...d, counter: value, title: `Save number ${value}`, padding: 'x'.repeat(value % 5000) }),
    );
    const state = await session.flush();
    if (state.state !== 'saved') throw new Error(`save failed: ${state.message}`);
    writeSync(1, `confirmed ${value}\n`);
  }
}
main().catch((error) => {
  writeSync(2, `${String(error)}\n`);
  process.exit(3);
});
