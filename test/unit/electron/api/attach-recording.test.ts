// attachRecording on real handlers and a real project folder: an SRT source gets the WAV fixture (stored by content
// hash, recorded on the source, served by recordingOf); a file that is not a recording is refused with its name and
// leaves the source and sources/ as they were.
import { copyFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/api/handlers';
import type { Result } from '../../../../shared/api/result';
import { handlerDeps, tempDir } from '../storage/helpers';
import { sourceMeta } from './source-steps';

const FIXTURES = join(__dirname, '../../../fixtures/sources');
const must = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('attachRecording', () => {
  it('keeps a recording beside an SRT source and refuses a file that is not one', async () => {
    const dir = await tempDir('factdesk-attach-rec-');
    await copyFile(join(FIXTURES, 'briefing.srt'), join(dir, 'briefing.srt'));
    await writeFile(join(dir, 'notes.mp3'), 'these are notes, not audio');
    const handlers = createHandlers(handlerDeps(dir), { saveDelayMs: 5 });
    const { projectId } = must(await handlers.createProject({ folder: join(dir, 'story'), title: 'Recorded' }));
    const meta = { ...sourceMeta, title: 'Briefing', date: null, tags: [] };
    const { source } = must(
      await handlers.addSource({
        projectId,
        library: 'project',
        file: { kind: 'path', path: join(dir, 'briefing.srt') },
        meta,
      }),
    );
    const before = await readdir(join(dir, 'story', 'sources'));

    const refused = await handlers.attachRecording({
      projectId,
      library: 'project',
      sourceId: source.id,
      file: { kind: 'path', path: join(dir, 'notes.mp3') },
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/notes\.mp3 does not hold MP3/);
    expect(await readdir(join(dir, 'story', 'sources'))).toEqual(before);
    expect(
      must(await handlers.getSource({ projectId, library: 'project', sourceId: source.id })).source.recording,
    ).toBeUndefined();

    const attached = must(
      await handlers.attachRecording({
        projectId,
        library: 'project',
        sourceId: source.id,
        file: { kind: 'path', path: join(FIXTURES, 'interview-3s.wav') },
      }),
    );
    expect(attached.recording).toMatchObject({ mediaType: 'audio/wav', bytes: 48044, durationSeconds: 3 });
    expect(await readdir(join(dir, 'story', 'sources'))).toContain(attached.recording!.file);
    const detail = must(await handlers.getSource({ projectId, library: 'project', sourceId: source.id }));
    expect(detail.source.recording).toEqual(attached.recording);
    expect(detail.passages[0]!.pinpoint.startSeconds).toBeTypeOf('number');
    expect(await handlers.recordingOf({ projectId, library: 'project', sourceId: source.id })).toEqual({
      folder: join(dir, 'story'),
      file: attached.recording!.file,
      mediaType: 'audio/wav',
    });
    await handlers.closeAll();
  });
});
