// Crash test: a child process saving in a loop is killed with SIGKILL at random moments, at least 100 times. After
// each kill the project must open and hold a confirmed save (or the one that was in flight).
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProjectFolder } from '../../../../electron/storage/create-project';
import { readProjectFile } from '../../../../electron/storage/project-file';
import { recordHostile } from '../../../hostile/counts';
import { tempDir, value } from './helpers';

const KILLS = 110;
let childScript = '';

beforeAll(async () => {
  const out = await tempDir('factdesk-crash-build-');
  childScript = join(out, 'crash-child.cjs');
  await build({
    entryPoints: [join(__dirname, 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: childScript,
    logLevel: 'silent',
  });
});

function runAndKill(
  folder: string,
  file: string,
  killAfterMs: number,
): Promise<{ confirmed: number; started: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, folder, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let confirmed = -1;
    let started = -1;
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const [word, num] = line.split(' ');
        if (word === 'confirmed') confirmed = Number(num);
        if (word === 'ready') {
          started = Number(num);
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the saving process stopped by itself: ${stderr}`));
      else {
        recordHostile({ kills: 1 });
        resolve({ confirmed, started });
      }
    });
  });
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs during saves with a confirmed or in-flight version on disk`, async () => {
    const folder = join(await tempDir('factdesk-crash-'), 'story');
    const { file } = value(
      await createProjectFolder(folder, { id: 'crash', title: 'Crash', now: new Date().toISOString() }),
    );
    let lastOnDisk = 0;
    let killsDuringSaves = 0;
    for (let i = 0; i < KILLS; i++) {
      const { confirmed, started } = await runAndKill(folder, file, Math.floor(Math.random() * 60));
      const loaded = value(await readProjectFile(file)); // throws if the file is damaged in any way
      const counter = Number((loaded.doc as unknown as { counter?: number }).counter ?? 0);
      expect(started).toBe(lastOnDisk);
      const floor = confirmed >= 0 ? confirmed : started;
      expect(counter).toBeGreaterThanOrEqual(floor);
      expect(counter).toBeLessThanOrEqual(floor + 1);
      expect(loaded.doc.title).toBe(counter === 0 ? 'Crash' : `Save number ${counter}`);
      if (confirmed > started) killsDuringSaves++;
      lastOnDisk = counter;
    }
    expect(killsDuringSaves).toBeGreaterThan(KILLS / 2);
    // Stale temp files are cleaned up by the next opener; at most the last kill's is left.
    expect((await readdir(folder)).filter((n) => n.endsWith('.tmp')).length).toBeLessThanOrEqual(1);
  }, 900_000);
});
