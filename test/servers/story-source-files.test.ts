// A shared story's source files against a real story server: the reporter shares a story with a PDF and a transcript
// with its recording; the editor's copy gets every file byte for byte and opens them through the handlers the window
// uses (the source viewer's getSource, the media server's recordingOf and its 206 replies). A confidential source's
// files never reach the server (asked directly); a piece changed on the server is refused on arrival with a sentence,
// a file past the size limit stays on the reporter's computer with a sentence naming it, and a story database prepared
// without the server's replication filters still carries the files. A status change reaches the editor while a
// recording's pieces are still arriving, and the editor's sync state and source viewer say it is still arriving.
import { randomBytes } from 'node:crypto';
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/handlers';
import { mediaBodyStream, planMediaReply } from '../../electron/api/media-range';
import { MemoryCookieStore } from '../../electron/sync/cookie-store';
import type { SharedFileLimits } from '../../electron/sync/source-files';
import {
  DESIGN_DOC_ID,
  VALIDATE_DOC_UPDATE,
  prepareStoryDatabase,
  storyDatabaseName,
} from '../../electron/sync/story-database';
import type { SourceView } from '../../shared/api/views';
import { chunkDocId, fileDocId } from '../../shared/sync/source-files';
import { describeSyncState } from '../../shared/sync/sync-state';
import type { CouchServer } from './support/couch-server.js';
import { startStoryServer, stopStoryServer, teamHandlers, until } from './support/story-team';
import { sourceMeta } from '../unit/electron/api/source-steps';
import { value } from '../unit/result-value';

const FIXTURES = join(__dirname, '../fixtures/sources');
const PDF = join(FIXTURES, 'pdf/multi-page.pdf');
const WAV = join(FIXTURES, 'interview-3s.wav');
const SRT = join(FIXTURES, 'interview-3s.srt');
const CONFIDENTIAL = join(FIXTURES, 'council-interview.txt');
/** Small pieces, so the 31 KB PDF and the 48 KB recording each travel as several. */
const PIECES: SharedFileLimits = { chunkBytes: 16 * 1024 };

let couch: CouchServer;
let root: string;

beforeAll(async () => {
  ({ couch, root } = await startStoryServer('factdesk-source-files-', {
    ann: 'ann-secret-pw',
    bob: 'bob-secret-pw',
    cy: 'cy-secret-pw',
  }));
});

afterAll(() => stopStoryServer(couch, root));

function handlersFor(user: string, files: SharedFileLimits = PIECES): Handlers {
  return teamHandlers(root, user, { sync: { cookies: new MemoryCookieStore(), retryMs: 500, files } });
}

const meta = (title: string, type: 'document' | 'interview', confidential = false) => ({
  ...sourceMeta,
  title,
  type,
  date: null,
  confidential,
  tags: [],
});

async function addSource(h: Handlers, projectId: string, path: string, m: ReturnType<typeof meta>) {
  return value(await h.addSource({ projectId, library: 'project', file: { kind: 'path', path }, meta: m })).source;
}

/** Attaches the recording at `path` to a project source; the recording the source now records. */
async function attach(h: Handlers, projectId: string, sourceId: string, path: string) {
  const attached = await h.attachRecording({ projectId, library: 'project', sourceId, file: { kind: 'path', path } });
  return value(attached).recording!;
}

/** The story server's copy of a document, asked as an admin: its body, or null when it is not there. */
async function onServer(db: string, id: string): Promise<Record<string, unknown> | null> {
  const reply = await couch.adminFetch(`/${db}/${encodeURIComponent(id)}`);
  return reply.ok ? ((await reply.json()) as Record<string, unknown>) : null;
}

async function has(folder: string, name: string): Promise<boolean> {
  return (await readdir(join(folder, 'sources')).catch(() => [] as string[])).includes(name);
}

/** Every file name a source keeps under sources/. */
function filesOf(s: SourceView): string[] {
  const names = [s.originalFile, s.textFile, s.textFile?.replace(/\.txt$/, '.passages.json'), s.recording?.file];
  return names.filter((n): n is string => typeof n === 'string');
}

async function share(h: Handlers, projectId: string, user: string, password: string) {
  const storyId = h.sessionOf(projectId)!.doc.id;
  const db = storyDatabaseName(storyId);
  value(await prepareStoryDatabase(couch.adminFetch, db, ['ann', 'bob', 'cy']));
  value(await h.shareProject({ projectId, serverUrl: couch.url, user, password }));
  return { storyId, db };
}

describe('source files of a shared story', () => {
  it('reach the editor byte for byte and open there; confidential ones never leave; a changed piece is refused', async () => {
    const ann = handlersFor('ann');
    const bob = handlersFor('bob');
    const cy = handlersFor('cy');
    try {
      const annFolder = join(root, 'ann-story');
      const { projectId } = value(await ann.createProject({ folder: annFolder, title: 'Council story' }));
      const pdf = await addSource(ann, projectId, PDF, meta('Council minutes', 'document'));
      const transcript = await addSource(ann, projectId, SRT, meta('Mayor interview', 'interview'));
      const recording = await attach(ann, projectId, transcript.id, WAV);
      const secret = await addSource(ann, projectId, CONFIDENTIAL, meta('Whistleblower notes', 'interview', true));
      const secretFiles = filesOf(secret);
      expect(secretFiles).toHaveLength(3);

      const { storyId, db } = await share(ann, projectId, 'ann', 'ann-secret-pw');

      // Every file of the PDF and of the transcript with its recording reaches the server, in pieces.
      const shared = [...filesOf(pdf), ...filesOf({ ...transcript, recording })];
      expect(shared).toHaveLength(7);
      await until('the files are on the server', async () => {
        for (const name of shared) if (!(await onServer(db, fileDocId(name)))) return false;
        return true;
      });
      // What the team already has is not made confidential after the fact: the flag would not take it back.
      const late = await ann.updateSource({
        projectId,
        library: 'project',
        sourceId: pdf.id,
        meta: { confidential: true },
      });
      expect(late).toEqual({
        ok: false,
        error: {
          code: 'shared-story',
          message:
            '"Council minutes" is already shared with the story\'s team, on the story server and on their computers, so marking it confidential now would not take it back; Factdesk leaves it shared. A source that must stay on this computer is added as confidential from the start.',
        },
      });
      expect(value(await ann.getSource({ projectId, library: 'project', sourceId: pdf.id })).source.confidential).toBe(
        false,
      );
      // Other changes to it are made as before.
      value(await ann.updateSource({ projectId, library: 'project', sourceId: pdf.id, meta: { tags: ['budget'] } }));
      const wavDoc = (await onServer(db, fileDocId(recording.file)))!;
      expect(wavDoc).toMatchObject({ type: 'source-file', sha256: recording.file.slice(0, 64), bytes: 48044 });
      expect((wavDoc['chunks'] as string[]).length).toBe(3);

      // Nothing of the confidential source is on the server: no file, no piece, no source document.
      for (const name of secretFiles) expect(await onServer(db, fileDocId(name))).toBeNull();
      expect(await onServer(db, chunkDocId(secret.contentHash!))).toBeNull();
      expect(await onServer(db, `source:${secret.id}`)).toBeNull();
      const everything = await (await couch.adminFetch(`/${db}/_all_docs?include_docs=true`)).text();
      for (const name of secretFiles) expect(everything).not.toContain(name.slice(0, 64));
      expect(everything).not.toContain('Whistleblower');
      // The server refuses a source file marked confidential whoever writes it.
      const forced = await couch.adminFetch(`/${db}/${encodeURIComponent(fileDocId(secretFiles[0]!))}`, {
        method: 'PUT',
        body: JSON.stringify({ type: 'source-file', name: secretFiles[0], confidential: true }),
      });
      expect(forced.status).toBe(403);

      // Bob opens the story: every file arrives byte for byte, and he opens them as the window does.
      const bobFolder = join(root, 'bob-story');
      const bobServer = { serverUrl: couch.url, user: 'bob', password: 'bob-secret-pw' };
      const bobView = value(await bob.openSharedStory({ ...bobServer, storyId, folder: bobFolder }));
      const bobId = bobView.projectId;
      await until('Bob has the files', async () => {
        for (const name of shared) if (!(await has(bobFolder, name))) return false;
        return true;
      });
      for (const name of shared) {
        expect(await readFile(join(bobFolder, 'sources', name))).toEqual(
          await readFile(join(annFolder, 'sources', name)),
        );
      }
      expect(await readFile(join(bobFolder, 'sources', pdf.originalFile!))).toEqual(await readFile(PDF));
      expect(await readFile(join(bobFolder, 'sources', recording.file))).toEqual(await readFile(WAV));
      for (const name of secretFiles) expect(await has(bobFolder, name)).toBe(false);
      const bobSources = await readdir(join(bobFolder, 'sources'));
      expect(bobSources.filter((n) => n.endsWith('.part'))).toEqual([]);

      // The source viewer: the PDF's passages with their page pinpoints, the same as Ann's.
      const annPdf = value(await ann.getSource({ projectId, library: 'project', sourceId: pdf.id }));
      const bobPdf = value(await bob.getSource({ projectId: bobId, library: 'project', sourceId: pdf.id }));
      expect(bobPdf.passages.length).toBeGreaterThan(1);
      expect(bobPdf.passages).toEqual(annPdf.passages);
      expect(bobPdf.passages[0]!.pinpoint.page).toBe(1);
      // The player: the media server finds the recording and answers a range request with its bytes.
      const address = { projectId: bobId, library: 'project' as const, sourceId: transcript.id };
      expect(await bob.recordingOf(address)).toEqual({
        folder: bobFolder,
        file: recording.file,
        mediaType: 'audio/wav',
      });
      const reply = await planMediaReply(`/media/${bobId}/project/${transcript.id}`, 'GET', 'bytes=100-20099', (a) =>
        bob.recordingOf(a),
      );
      expect(reply.status).toBe(206);
      const body = mediaBodyStream(reply) as NodeJS.ReadableStream;
      const parts: Buffer[] = [];
      for await (const part of body) parts.push(part as Buffer);
      expect(Buffer.concat(parts)).toEqual((await readFile(WAV)).subarray(100, 20100));
      expect(value(await bob.getSyncState({ projectId: bobId })).state?.files).toEqual([]);

      // A piece of the PDF changed on the server (only an admin can): Cy, opening the story afterwards, refuses the
      // PDF with a sentence and writes nothing of it; the recording still arrives.
      const pieces = (await onServer(db, fileDocId(pdf.originalFile!)))!['chunks'] as string[];
      const piece = (await onServer(db, chunkDocId(pieces[1]!)))!;
      const changed = await couch.adminFetch(
        `/${db}/${encodeURIComponent(chunkDocId(pieces[1]!))}/data?rev=${piece['_rev'] as string}`,
        { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: Buffer.alloc(16 * 1024, 1) },
      );
      expect(changed.status).toBeLessThan(300);
      const cyFolder = join(root, 'cy-story');
      const cyServer = { serverUrl: couch.url, user: 'cy', password: 'cy-secret-pw' };
      const cyId = value(await cy.openSharedStory({ ...cyServer, storyId, folder: cyFolder })).projectId;
      const refusal = `The original file of "Council minutes" (${pdf.originalFile}) from the story server was refused and not written: its bytes do not match its name.`;
      await until('Cy refuses the changed PDF', async () => {
        const files = value(await cy.getSyncState({ projectId: cyId })).state?.files ?? [];
        return files.includes(refusal);
      });
      await until('Cy has the recording', () => has(cyFolder, recording.file));
      expect(await has(cyFolder, pdf.originalFile!)).toBe(false);
      expect((await readdir(join(cyFolder, 'sources'))).filter((n) => n.endsWith('.part'))).toEqual([]);
      expect(await readFile(join(cyFolder, 'sources', recording.file))).toEqual(await readFile(WAV));
    } finally {
      await Promise.allSettled([ann.closeAll(), bob.closeAll(), cy.closeAll()]);
    }
  });

  it('keeps a file past the size limit on the computer that holds it, with a sentence naming it', async () => {
    const ann = handlersFor('ann', { chunkBytes: 16 * 1024, maxBytes: 40_000 });
    try {
      const folder = join(root, 'ann-limit');
      const { projectId } = value(await ann.createProject({ folder, title: 'Limit story' }));
      await copyFile(SRT, join(root, 'briefing.srt'));
      const transcript = await addSource(ann, projectId, join(root, 'briefing.srt'), meta('Briefing', 'interview'));
      const recording = await attach(ann, projectId, transcript.id, WAV);
      const { db } = await share(ann, projectId, 'ann', 'ann-secret-pw');
      const sentence = `The recording of "Briefing" (${recording.file}) is 48 KB, larger than the 40 KB a shared story carries, so it stays on this computer.`;
      await until('Ann hears the recording stays', async () =>
        (value(await ann.getSyncState({ projectId })).state?.files ?? []).includes(sentence),
      );
      await until(
        'the transcript is on the server',
        async () => (await onServer(db, fileDocId(transcript.originalFile!))) !== null,
      );
      expect(await onServer(db, fileDocId(recording.file))).toBeNull();
    } finally {
      await ann.closeAll();
    }
  });

  it('carries the files through a story database an older Factdesk prepared, without the server filters', async () => {
    const ann = handlersFor('ann');
    const bob = handlersFor('bob');
    try {
      const folder = join(root, 'ann-old');
      const { projectId } = value(await ann.createProject({ folder, title: 'Older story' }));
      const pdf = await addSource(ann, projectId, PDF, meta('Budget', 'document'));
      const storyId = ann.sessionOf(projectId)!.doc.id;
      const db = storyDatabaseName(storyId);
      value(await prepareStoryDatabase(couch.adminFetch, db, ['ann', 'bob']));
      const design = (await onServer(db, DESIGN_DOC_ID))!;
      const replaced = await couch.adminFetch(`/${db}/${DESIGN_DOC_ID}`, {
        method: 'PUT',
        body: JSON.stringify({ _rev: design['_rev'], validate_doc_update: VALIDATE_DOC_UPDATE }),
      });
      expect(replaced.status).toBeLessThan(300);
      // Ann is no server admin, so sharing does not put the filters back.
      value(await ann.shareProject({ projectId, serverUrl: couch.url, user: 'ann', password: 'ann-secret-pw' }));
      const bobFolder = join(root, 'bob-old');
      const bobServer = { serverUrl: couch.url, user: 'bob', password: 'bob-secret-pw' };
      value(await bob.openSharedStory({ ...bobServer, storyId, folder: bobFolder }));
      await until('Bob has the PDF', () => has(bobFolder, pdf.originalFile!));
      expect(await readFile(join(bobFolder, 'sources', pdf.originalFile!))).toEqual(await readFile(PDF));
      expect((await onServer(db, DESIGN_DOC_ID))!['filters']).toBeUndefined();
    } finally {
      await Promise.allSettled([ann.closeAll(), bob.closeAll()]);
    }
  });

  it('does not hold a status change back behind a long recording still arriving', async () => {
    const pieces: SharedFileLimits = { chunkBytes: 8 * 1024 };
    const ann = handlersFor('ann', pieces);
    const bob = handlersFor('bob', pieces);
    try {
      const folder = join(root, 'ann-long');
      const { projectId } = value(await ann.createProject({ folder, title: 'Long interview' }));
      value(await ann.setDraftText({ projectId, text: 'The mayor said the bridge will reopen in October.' }));
      const claim = value(await ann.markClaim({ projectId, start: 4, end: 49, kind: 'quote' })).claim;
      const transcript = await addSource(ann, projectId, SRT, meta('Mayor, long cut', 'interview'));
      const wav = join(root, 'long.wav');
      await writeFile(wav, longWav(1024 * 1024));
      const recording = await attach(ann, projectId, transcript.id, wav);
      const { storyId, db } = await share(ann, projectId, 'ann', 'ann-secret-pw');
      await until(
        'every piece is on the server',
        async () => {
          const doc = await onServer(db, fileDocId(recording.file));
          if (!doc) return false;
          const keys = (doc['chunks'] as string[]).map(chunkDocId);
          const reply = await couch.adminFetch(`/${db}/_all_docs`, { method: 'POST', body: JSON.stringify({ keys }) });
          const rows = ((await reply.json()) as { rows: { error?: string }[] }).rows;
          return rows.length === 129 && rows.every((r) => !r.error);
        },
        180_000,
      );

      const bobFolder = join(root, 'bob-long');
      const bobServer = { serverUrl: couch.url, user: 'bob', password: 'bob-secret-pw' };
      const bobId = value(await bob.openSharedStory({ ...bobServer, storyId, folder: bobFolder })).projectId;
      value(await ann.updateClaim({ projectId, claimId: claim.id, patch: { status: 'verified' } }));
      await until('Bob sees the status', async () =>
        value(await bob.getProject({ projectId: bobId })).claims.some((c) => c.status === 'verified'),
      );
      // The status came while the recording's 129 pieces were still on their way: the sync line counts it as
      // arriving, and opening the source says so in a sentence instead of failing on a missing file.
      expect(await has(bobFolder, recording.file)).toBe(false);
      await until('Bob sees the recording arriving', async () => {
        const state = value(await bob.getSyncState({ projectId: bobId })).state;
        return (state?.arriving ?? 0) > 0 || (await has(bobFolder, recording.file));
      });
      const arrivingState = value(await bob.getSyncState({ projectId: bobId })).state!;
      const opened = value(await bob.getSource({ projectId: bobId, library: 'project', sourceId: transcript.id }));
      if (!(await has(bobFolder, recording.file))) {
        expect(arrivingState.arriving).toBe(1);
        expect(describeSyncState(arrivingState, () => '')).toMatch(/, 1 file arriving$/);
        expect(opened.arriving).toEqual([
          {
            file: recording.file,
            sentence: 'The recording of "Mayor, long cut" is still arriving from the story server.',
          },
        ]);
        // The player asking for it meanwhile gets the same sentence (unless the last piece landed just now).
        const media = await planMediaReply(`/media/${bobId}/project/${transcript.id}`, 'GET', undefined, (a) =>
          bob.recordingOf(a),
        );
        if (media.status === 404) {
          expect(media.body).toEqual({
            text: 'The recording of "Mayor, long cut" is still arriving from the story server.',
          });
        }
      }
      await until('Bob has the recording', () => has(bobFolder, recording.file), 180_000);
      expect(await readFile(join(bobFolder, 'sources', recording.file))).toEqual(await readFile(wav));
      await until(
        'nothing is arriving',
        async () => value(await bob.getSyncState({ projectId: bobId })).state?.arriving === 0,
      );
      const arrived = value(await bob.getSource({ projectId: bobId, library: 'project', sourceId: transcript.id }));
      expect(arrived.arriving).toBeUndefined();
      expect(arrived.source.recording?.file).toBe(recording.file);
    } finally {
      await Promise.allSettled([ann.closeAll(), bob.closeAll()]);
    }
  }, 400_000);
});

/** A WAV file of `dataBytes` of noise (16-bit mono, 8 kHz): every piece of it differs from the others. */
function longWav(dataBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return Buffer.concat([header, randomBytes(dataBytes)]);
}
