// Addresses an attacker would slip in: javascript: and data: as a source URL (by hand, from the CLI or in a quote
// list), data:text/html in the app's session, and "Show in folder" aimed at a file outside the project.
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import type { HandlerDeps } from '../../electron/api/deps';
import { parseSource } from '../../electron/importers/sources/parse-source';
import { isAllowedRequest } from '../../electron/security/app-url';
import { validators } from '../../shared/api/contract';
import { appendixToHtml } from '../../shared/appendix/html';
import { appendixToMarkdown } from '../../shared/appendix/markdown';
import { buildAppendix } from '../../shared/appendix/model';
import { isWebAddress } from '../../shared/model/source';
import { GOLDEN_OPTIONS, fixtureProject } from '../unit/shared/appendix/fixture-project';
import { fakeClock, tempDir } from '../unit/electron/storage/helpers';
import { recordHostile, writeHostileInput } from './counts';
import { runBuiltCli } from './run-cli';

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  'vbscript:msgbox(1)',
  'https://user@evil.example/',
  'https:evil.example',
  '//evil.example/x',
  'https://',
];

describe('source web addresses', () => {
  it('are http or https only, in the Api, the CLI and the appendix', async () => {
    recordHostile({ inputs: HOSTILE_URLS.length });
    for (const url of HOSTILE_URLS) expect(isWebAddress(url), url).toBe(false);
    for (const url of ['https://example.org/a?b=1#c', 'http://council.example.gov'])
      expect(isWebAddress(url)).toBe(true);

    const meta = { title: 'T', type: 'web-page', speakers: [], date: null, notes: '', confidential: false, tags: [] };
    const input = (url: string) => ({ projectId: 'p', library: 'project', sourceId: 's', meta: { ...meta, url } });
    for (const url of HOSTILE_URLS) expect(validators.updateSource.safeParse(input(url)).success, url).toBe(false);
    expect(validators.updateSource.safeParse(input('https://example.org/')).success).toBe(true);

    // Older projects may already hold such an address: it is shown as text, never as a link.
    const doc = fixtureProject();
    doc.sources = doc.sources.map((s, i) => (i === 0 ? { ...s, url: 'data:text/html,<script>alert(1)</script>' } : s));
    const appendix = buildAppendix(doc, GOLDEN_OPTIONS);
    expect(appendixToHtml(appendix)).not.toMatch(/href="(?!https?:)/);
    expect(appendixToMarkdown(appendix)).not.toMatch(/<(?:javascript|data):/);
  }, 120_000);

  it('refuses --url javascript: and data: in add-source with a sentence and changes nothing', async () => {
    const dir = await tempDir();
    expect((await runBuiltCli(['new', 'story', '--title', 'T'], dir)).code).toBe(0);
    await writeFile(join(dir, 'talk.txt'), 'MAYOR BASS: We will not rest.\n');
    const before = await readFile(join(dir, 'story', 'project.factdesk'));
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>']) {
      const run = await runBuiltCli(['add-source', 'story', 'talk.txt', '--url', url], dir);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/--url must be a web address that starts with https:\/\/ or http:\/\//);
    }
    expect(await readFile(join(dir, 'story', 'project.factdesk'))).toEqual(before);
    expect((await runBuiltCli(['add-source', 'story', 'talk.txt', '--url', 'https://example.org/t'], dir)).code).toBe(
      0,
    );
  }, 120_000);

  it('drops javascript: and data: addresses from CSV and JSON quote lists and keeps the quotes', async () => {
    const dir = await tempDir();
    const csv = await writeHostileInput(
      join(dir, 'quotes.csv'),
      [
        'speaker,quote,url',
        'Karen Bass,We will not rest.,javascript:alert(1)',
        'Karen Bass,This moment demands urgency.,"data:text/html,<script>alert(1)</script>"',
        'Karen Bass,Every one of us.,https://example.org/briefing',
      ].join('\n'),
    );
    const json = await writeHostileInput(
      join(dir, 'quotes.json'),
      JSON.stringify({
        quotes: [
          { speaker: 'Karen Bass', text: 'We will not rest.', url: 'JavaScript:alert(1)' },
          { speaker: 'Karen Bass', text: 'Every one of us.', url: 'https://example.org/briefing' },
        ],
      }),
    );
    for (const file of [csv, json]) {
      const parsed = await parseSource({ bytes: await readFile(file), fileName: file });
      if (!parsed.ok) throw new Error(parsed.error.message);
      const urls = parsed.value.passages.map((p) => p.url ?? null);
      expect(urls.filter((u) => u !== null)).toEqual(['https://example.org/briefing']);
      expect(parsed.value.passages.length).toBe(file === csv ? 3 : 2);
    }
  }, 120_000);
});

describe("the app window's session", () => {
  it('loads data: URLs only as raster images', () => {
    expect(isAllowedRequest('data:image/png;base64,iVBORw0KGgo=', 'image')).toBe(true);
    expect(isAllowedRequest('data:image/jpeg;base64,/9j/4AAQ')).toBe(true);
    for (const [url, type] of [
      ['data:text/html,<script>alert(1)</script>', 'mainFrame'],
      ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'subFrame'],
      ['data:TEXT/HTML,<b>x</b>', undefined],
      ['data:image/svg+xml,<svg onload=alert(1)>', 'image'],
      ['data:application/javascript,alert(1)', 'script'],
      ['data:,hello', undefined],
      ['data:image/png;base64,iVBORw0KGgo=', 'subFrame'],
      ['data:image/png;base64,iVBORw0KGgo=', 'script'],
    ] as const) {
      expect(isAllowedRequest(url, type), `${url} as ${type}`).toBe(false);
    }
  }, 120_000);
});

describe('show in folder', () => {
  async function setup() {
    const dir = await tempDir();
    const shown: string[] = [];
    let n = 0;
    const deps: HandlerDeps = {
      now: fakeClock().now,
      newId: () => `id-${++n}`,
      dataDir: join(dir, 'data'),
      appVersion: '1.0.0',
      capabilities: { transport: 'ipc', nativeDialogs: true, showInFolder: true },
      identity: { user: 'Ana Reporter', host: 'laptop-1', pid: process.pid },
      emit: () => undefined,
      shell: { showInFolder: (path) => void shown.push(path), openExternal: async () => undefined },
    };
    const handlers = createHandlers(deps, { saveDelayMs: 5 });
    return { dir, shown, handlers };
  }

  it("reveals the project's own files and its exports, and refuses any other path", async () => {
    const { dir, shown, handlers } = await setup();
    const created = await handlers.createProject({ folder: join(dir, 'story'), title: 'Council vote' });
    if (!created.ok) throw new Error(created.error.message);
    const view = created.value;
    expect((await handlers.showInFolder({ path: view.file })).ok).toBe(true);

    const exported = await handlers.exportAppendix({
      projectId: view.projectId,
      format: 'md',
      includeConfidential: false,
      includeNotes: false,
      path: join(dir, 'desk', 'appendix.md'),
    });
    if (!exported.ok) throw new Error(exported.error.message);
    expect((await handlers.showInFolder({ path: exported.value.path })).ok).toBe(true);

    await mkdir(join(dir, 'elsewhere'));
    const secret = await writeHostileInput(join(dir, 'elsewhere', 'secret.txt'), 'private');
    const link = join(view.folder, 'sources', 'innocent.txt');
    await symlink(secret, link);
    recordHostile({ inputs: 1 });
    for (const path of [
      secret,
      link,
      join(view.folder, '..', 'elsewhere', 'secret.txt'),
      '/etc/passwd',
      'relative/path.txt',
      join(dir, 'desk', 'not-exported.md'),
    ]) {
      const refused = await handlers.showInFolder({ path });
      expect(refused.ok, path).toBe(false);
      if (!refused.ok) expect(refused.error.message).not.toMatch(/undefined/);
    }
    expect(shown).toEqual([view.file, exported.value.path]);
    await handlers.closeAll();
  }, 120_000);
});
