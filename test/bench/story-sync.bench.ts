// Bench: a shared story of 2,000 claims on pouchdb-server on 127.0.0.1 (or the CouchDB at COUCHDB_URL), started as
// test/servers does. Measures the first sync both ways (Ann shares the story: every document pushed; Bob opens it:
// every document pulled and folded into his project file) and how long one status change takes to reach the other
// client, one change at a time. Targets: first sync < 10 s each way; change propagation p95 < 1 s.
// Exits 1 when a target is missed. Run: npm run bench -- story-sync
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ok } from '../../shared/api/result';
import { value as valueOf } from '../unit/result-value';
import { applyDraftText, applyMark } from '../../shared/edits/project-edits';
import { setStatus } from '../../shared/model/claim';
import type { ProjectDoc } from '../../shared/model/project';
import { createProjectFolder } from '../../electron/storage/create-project';
import { ProjectSession } from '../../electron/storage/project-session';
import { signIn } from '../../electron/sync/couch-session';
import { openSharedStory, shareProject } from '../../electron/sync/share';
import { prepareStoryDatabase, storyDatabaseName } from '../../electron/sync/story-database';
import { startCouch } from '../servers/support/couch-server';

const CLAIMS = 2_000;
const CHANGES = 40;
const TARGETS = { firstSyncMs: 10_000, propagationP95Ms: 1_000 };

const now = () => new Date().toISOString();
const options = (user: string) => ({
  now,
  identity: { user, host: `bench-${user}`, pid: process.pid },
  saveDelayMs: 50,
});

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function main(): Promise<void> {
  const couch = await startCouch();
  const root = await mkdtemp(join(tmpdir(), 'factdesk-story-bench-'));
  const closers: (() => Promise<unknown>)[] = [];
  try {
    await couch.createUser('ann', 'ann-pw');
    await couch.createUser('bob', 'bob-pw');
    const projectId = `bench-${Date.now().toString(36)}`;
    valueOf(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(projectId), ['ann', 'bob']));
    const paths = valueOf(await createProjectFolder(join(root, 'ann'), { id: projectId, title: 'Budget', now: now() }));
    const ann = valueOf(await ProjectSession.open(paths, options('ann')));
    closers.push(() => ann.close());
    const sentences = Array.from({ length: CLAIMS }, (_, i) => `Item ${i + 1}: spending rose ${i % 97} percent.`);
    ann.update((doc) => {
      let next: ProjectDoc = applyDraftText(doc, {
        text: sentences.join(' '),
        origin: 'paste',
        by: 'Ann',
        now: now(),
        newId: () => 'draft-1',
      }).doc;
      let offset = 0;
      const claims = [];
      for (let i = 0; i < sentences.length; i++) {
        const s = sentences[i]!;
        const marked = valueOf(
          applyMark(
            { ...next, claims: [] },
            { start: offset, end: offset + s.length - 1, by: 'Ann', now: now(), id: `c${i + 1}` },
          ),
        );
        claims.push(marked.doc.claims[0]!);
        offset += s.length + 1;
      }
      next = { ...next, claims };
      return ok(next);
    });

    const t0 = performance.now();
    const annCookie = valueOf(await signIn(couch.url, 'ann', 'ann-pw'));
    const annBridge = valueOf(
      await shareProject({
        session: ann,
        couch: annCookie,
        device: 'bench-ann',
        user: () => 'Ann',
        now,
        retryMs: 500,
      }),
    );
    closers.unshift(() => annBridge.stop());
    await until(() => annBridge.state.phase === 'synced' && annBridge.state.pending === 0, 120_000);
    const shareMs = performance.now() - t0;
    const documents = annBridge.documents().length;

    const t1 = performance.now();
    const bobCookie = valueOf(await signIn(couch.url, 'bob', 'bob-pw'));
    const bob = valueOf(
      await openSharedStory(join(root, 'bob'), { projectId }, options('bob'), {
        couch: bobCookie,
        device: 'bench-bob',
        user: () => 'Bob',
        now,
        retryMs: 500,
      }),
    );
    closers.unshift(() => bob.session.close());
    closers.unshift(() => bob.bridge.stop());
    await until(() => bob.session.doc.claims.length === CLAIMS, 120_000);
    const openMs = performance.now() - t1;

    const times: number[] = [];
    const statuses = ['verified', 'disputed', 'in-progress', 'cut'];
    for (let i = 0; i < CHANGES; i++) {
      const id = `c${1 + ((i * 37) % CLAIMS)}`;
      const status = statuses[i % statuses.length]!;
      const start = performance.now();
      ann.update((doc) =>
        ok({
          ...doc,
          claims: doc.claims.map((c) => (c.id === id ? setStatus(c, status, 'Ann', now()) : c)),
        }),
      );
      await until(() => bob.session.doc.claims.find((c) => c.id === id)?.status === status, 30_000);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length * 0.5)]!;
    const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;

    const rows = [
      [
        'first sync, sharing (push)',
        `${(shareMs / 1000).toFixed(2)} s`,
        `< ${TARGETS.firstSyncMs / 1000} s`,
        shareMs < TARGETS.firstSyncMs,
      ],
      [
        'first sync, opening (pull + fold)',
        `${(openMs / 1000).toFixed(2)} s`,
        `< ${TARGETS.firstSyncMs / 1000} s`,
        openMs < TARGETS.firstSyncMs,
      ],
      ['status change to the other client, p50', `${p50.toFixed(0)} ms`, '', true],
      [
        'status change to the other client, p95',
        `${p95.toFixed(0)} ms`,
        `< ${TARGETS.propagationP95Ms} ms`,
        p95 < TARGETS.propagationP95Ms,
      ],
    ] as const;
    console.log(
      `story: ${CLAIMS.toLocaleString('en')} claims, ${documents.toLocaleString('en')} documents; server: ${couch.kind}; ${CHANGES} changes`,
    );
    console.table(rows.map(([what, value, target, met]) => ({ what, value, target, met: met ? 'yes' : 'MISSED' })));
    if (rows.some((r) => !r[3])) process.exitCode = 1;
  } finally {
    for (const close of closers) await close().catch(() => {});
    await couch.stop();
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
