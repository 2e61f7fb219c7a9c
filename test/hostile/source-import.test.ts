// Large sources go through the import thread: progress comes as events, a cancel mid-import leaves nothing behind
// (project file, library.json and sources/ byte for byte as before, no half-written file), and a finished import is
// searchable at once, merged into the index that was already loaded rather than rebuilt.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHostileInput } from './counts';
import { meta, projectWithSources, snapshot } from './source-setup';

/** A quote list of about `rows` × 60 bytes: big enough to go through the import thread. */
function quoteList(rows: number): string {
  const lines = Array.from({ length: rows }, (_, i) => `"Harbor statement number ${i}, on the pier",Ana Reyes,2024`);
  return `quote,speaker,date\n${lines.join('\n')}\n`;
}

describe('source imports off the main loop', () => {
  for (const library of ['project', 'personal'] as const) {
    it(`cancelling a large import into the ${library} library leaves nothing behind`, async () => {
      const setup = await projectWithSources();
      const path = await writeHostileInput(join(setup.dir, 'statements.csv'), quoteList(120_000));
      const before = await snapshot(setup);
      const opened = await setup.handlers.openProject({ path: setup.folder });
      if (!opened.ok) throw new Error(opened.error.message);
      const { projectId } = opened.value;
      const progress: number[] = [];
      setup.listeners.add((event, payload) => {
        if (event !== 'taskProgress') return;
        const { done, total } = payload as { done: number; total: number };
        progress.push(done / total);
        if (progress.length === 2) void setup.handlers.cancelTask({ taskId: 'big-1' });
      });
      const result = await setup.handlers.addSource({
        projectId,
        library,
        file: { kind: 'path', path },
        meta,
        taskId: 'big-1',
      });
      expect(result.ok ? 'added' : result.error.code).toBe('cancelled');
      expect(progress.length).toBeGreaterThanOrEqual(2);
      await setup.handlers.closeAll();
      expect(await snapshot(setup)).toEqual(before);
      for (const dir of [join(setup.folder, 'sources'), join(setup.dataDir, 'library', 'sources')]) {
        expect((await readdir(dir)).filter((f) => f.includes('.tmp') || f.startsWith('.'))).toEqual([]);
      }
    });
  }

  it('reports progress, and search finds the new rows through the index it already had', async () => {
    const setup = await projectWithSources();
    const path = await writeHostileInput(join(setup.dir, 'statements.csv'), quoteList(40_000));
    const opened = await setup.handlers.openProject({ path: setup.folder });
    if (!opened.ok) throw new Error(opened.error.message);
    const { projectId } = opened.value;
    const first = await setup.handlers.searchLibrary({ projectId, query: 'harbor reopen' });
    expect(first.ok && first.value.hits[0]?.text).toBe('The harbor will reopen in May.');
    const progress: number[] = [];
    setup.listeners.add((event, payload) => {
      if (event === 'taskProgress') progress.push((payload as { done: number }).done);
    });
    const added = await setup.handlers.addSource({
      projectId,
      library: 'project',
      file: { kind: 'path', path },
      meta: { ...meta, title: 'Statements' },
      taskId: 'big-2',
    });
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value.source.passageCount).toBe(40_000);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const hits = await setup.handlers.searchLibrary({ projectId, query: 'harbor statement number 31234' });
    expect(hits.ok && hits.value.hits[0]?.text).toBe('Harbor statement number 31234, on the pier');
    const old = await setup.handlers.searchLibrary({ projectId, query: 'pier needs piles' });
    expect(old.ok && old.value.hits[0]?.text).toBe('The pier needs new piles.');
    // Merged in memory: no index was built and saved for the new set of sources.
    expect(await readdir(join(setup.dataDir, 'cache', 'search'))).toHaveLength(1);
    await setup.handlers.closeAll();
  });
});
