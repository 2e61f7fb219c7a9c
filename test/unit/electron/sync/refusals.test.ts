// Story sync refuses with Result values, never by throwing: a story server nothing answers for, a read-only project,
// a replica that cannot be opened or read, a document the replica will not take. Real sockets and real LevelDB
// replicas in temp folders; the refusals with a story server that answers are in test/servers/.
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectFolder } from '../../../../electron/storage/create-project';
import { ProjectSession } from '../../../../electron/storage/project-session';
import { StoryBridge } from '../../../../electron/sync/bridge';
import { signIn } from '../../../../electron/sync/couch-session';
import { StoryReplica, replicaFolder } from '../../../../electron/sync/replica';
import { readStoryLog } from '../../../../electron/sync/story-log';
import type { SyncDoc } from '../../../../shared/sync/docs';
import { fakeClock, me, nextId, tempDir, value } from '../storage/helpers';

/** A port on 127.0.0.1 that nothing listens on any more. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function project() {
  const clock = fakeClock();
  const paths = value(
    await createProjectFolder(join(await tempDir(), 'story'), { id: nextId(), title: 'Story', now: clock.now() }),
  );
  return { paths, options: { now: clock.now, identity: me, saveDelayMs: 20 } };
}

describe('story sync refusals', () => {
  it('signing in to a story server nothing answers for is a refusal naming the server, not the password', async () => {
    const port = await closedPort();
    const reply = await signIn(`http://127.0.0.1:${port}/`, 'ann', 'ann-secret-pw');
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('server-unreachable');
    expect(reply.error.message).toMatch(
      new RegExp(
        `^The newsroom's story server at 127\\.0\\.0\\.1:${port} could not be reached \\(fetch failed: .+\\)\\.$`,
      ),
    );
    expect(reply.error.message).not.toContain('ann-secret-pw');
  });

  it('a project open read-only is not synced', async () => {
    const { paths, options } = await project();
    const session = value(await ProjectSession.open(paths, options, { readOnly: true }));
    try {
      const started = await StoryBridge.start({ session, device: 'laptop', user: () => 'Ann', now: options.now });
      expect(started).toEqual({
        ok: false,
        error: { code: 'read-only', message: 'A read-only project cannot be synced.' },
      });
    } finally {
      await session.close();
    }
  });

  it('a replica that cannot be opened refuses the start with a sentence naming its folder', async () => {
    const { paths, options } = await project();
    await mkdir(join(paths.folder, 'sync'), { recursive: true });
    await writeFile(replicaFolder(paths.folder), 'not a replica');
    const session = value(await ProjectSession.open(paths, options));
    try {
      const started = await StoryBridge.start({ session, device: 'laptop', user: () => 'Ann', now: options.now });
      expect(started.ok).toBe(false);
      if (started.ok) return;
      expect(started.error.code).toBe('io-error');
      expect(started.error.message).toContain(
        `The story's replica in ${replicaFolder(paths.folder)} could not be opened: `,
      );
    } finally {
      await session.close();
    }
  });

  it("verify-log's reading of the replica is a refusal when the replica cannot be read, and nothing when there is none", async () => {
    const { paths } = await project();
    expect(await readStoryLog(paths.folder)).toEqual({ ok: true, value: null });
    await mkdir(join(paths.folder, 'sync'), { recursive: true });
    await writeFile(replicaFolder(paths.folder), 'not a replica');
    const read = await readStoryLog(paths.folder);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe('read-only');
    expect(read.error.message).toMatch(
      /^The shared story's replica in .+ cannot be read \(.+\): close the story in Factdesk and try again\.$/,
    );
  });

  it('a document the replica will not take is a refusal, not an exception', async () => {
    const { paths } = await project();
    const replica = value(await StoryReplica.open(paths.folder));
    try {
      const written = await replica.write([{ _id: '_not-a-story-doc', type: 'claim' } as unknown as SyncDoc]);
      expect(written.ok).toBe(false);
      if (!written.ok) expect(written.error.code).toBe('io-error');
      expect(await replica.all()).toEqual({ ok: true, value: [] });
    } finally {
      await replica.close();
    }
  });
});
