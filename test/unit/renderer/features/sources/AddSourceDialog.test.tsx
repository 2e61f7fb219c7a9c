// @vitest-environment happy-dom
// Several sources from the system picker (the desktop app): the picker takes many files, and each is added in turn
// through the real handlers with its outcome, a refused one never stopping the rest. A PDF from the file input (the
// browser harness): previewed with its page-and-line pinpoints and added as a document. A copy of a file already in
// the project: refused with the sentence naming the source it already is.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dialogs } from '../../../../../electron/api/deps';
import type { SourceView } from '../../../../../shared/api/views';
import { AddSourceDialog } from '../../../../../renderer/features/sources/AddSourceDialog';
import { addManyFiles } from '../../../../../renderer/features/sources/add-many';
import type { ManyFile } from '../../../../../renderer/features/sources/add-many';
import type { FileOutcome } from '../../../../../renderer/features/sources/add-many-state';
import { renderWithApi, tempProject } from '../../project-fixture';

const FIXTURES = join(__dirname, '../../../../fixtures/sources');

function Host({ projectId, onMany }: { projectId: string; onMany: (files: ManyFile[]) => void }) {
  return (
    <AddSourceDialog
      projectId={projectId}
      readOnly={false}
      nativeDialogs
      initialFile={null}
      onMany={onMany}
      onAdded={() => undefined}
      onClose={() => undefined}
    />
  );
}

describe('AddSourceDialog with the system picker', () => {
  it('asks the picker for sources and adds every file chosen at once, one after another', async () => {
    const asked: string[] = [];
    let paths: string[] = [];
    const dialogs: Dialogs = {
      pickFolder: async () => null,
      pickSavePath: async () => null,
      pickFile: async (purpose) => {
        asked.push(purpose);
        return paths;
      },
    };
    const { bridge, handlers, dir, projectId } = await tempProject('The tunnel is finished, the mayor said.', [], {
      dialogs,
      capabilities: { transport: 'ipc', nativeDialogs: true, showInFolder: true },
    });
    await copyFile(join(FIXTURES, 'council-interview.txt'), join(dir, 'council-interview.txt'));
    await copyFile(join(FIXTURES, 'briefing.srt'), join(dir, 'briefing.srt'));
    await writeFile(join(dir, 'empty.txt'), '');
    paths = ['council-interview.txt', 'empty.txt', 'briefing.srt'].map((name) => join(dir, name));

    let chosen: ManyFile[] = [];
    const { user } = renderWithApi(bridge, <Host projectId={projectId} onMany={(files) => (chosen = files)} />);
    await user.click(await screen.findByRole('button', { name: /Choose files/ }));
    await expect.poll(() => chosen.map((f) => f.name)).toEqual(['council-interview.txt', 'empty.txt', 'briefing.srt']);
    expect(asked).toEqual(['add-sources']);

    const outcomes: FileOutcome[] = [];
    await addManyFiles(
      {
        api: handlers,
        projectId,
        library: 'project',
        onAdded: () => undefined,
        onOutcome: (index, outcome) => (outcomes[index] = outcome),
      },
      chosen,
    );
    expect(outcomes.map((o) => o.state)).toEqual(['added', 'refused', 'added']);
    const library = await handlers.listSources({ projectId });
    expect(library.ok && library.value.sources.map((s) => s.title).length).toBe(2);
  });
});

function BrowserHost({ projectId, onAdded }: { projectId: string; onAdded: (source: SourceView) => void }) {
  return (
    <AddSourceDialog
      projectId={projectId}
      readOnly={false}
      nativeDialogs={false}
      initialFile={null}
      onMany={() => undefined}
      onAdded={onAdded}
      onClose={() => undefined}
    />
  );
}

describe('AddSourceDialog with a PDF', () => {
  it('takes a PDF from the file input, previews its passages with page and line, and adds it as a document', async () => {
    const { bridge, handlers, projectId } = await tempProject('Lincoln spoke of malice toward none.');
    let added: SourceView | null = null;
    const { user } = renderWithApi(
      bridge,
      <BrowserHost projectId={projectId} onAdded={(source) => (added = source)} />,
    );
    expect(screen.getByRole('dialog', { name: 'Add source' }).textContent).toContain('documents (PDF, DOCX');
    const pdf = new File([await readFile(join(FIXTURES, 'pdf/two-column.pdf'))], 'two-column.pdf', {
      type: 'application/pdf',
    });
    // user-event applies the input's accept list, as the browser's file chooser does: a PDF must be on it.
    await user.upload(screen.getByLabelText('Source file to add'), pdf);
    const sample = await screen.findByRole('list', { name: 'Sample passages' }, { timeout: 20_000 });
    expect(screen.getByText(/7 passages found/)).toBeTruthy();
    expect(within(sample).getAllByText(/^p\. 1, l\. \d+$/).length).toBeGreaterThan(0);
    expect(within(sample).getByText('p. 1, l. 1')).toBeTruthy();
    expect((screen.getByLabelText('Title', { exact: true }) as HTMLInputElement).value).toBe(
      'Second Inaugural Address',
    );
    await user.click(screen.getByRole('button', { name: 'Add source' }));
    await expect.poll(() => added, { timeout: 20_000 }).not.toBeNull();
    expect(added).toMatchObject({ title: 'Second Inaugural Address', type: 'document', passageCount: 7 });
    const hits = await handlers.searchLibrary({ projectId, query: 'malice toward none' });
    expect(hits.ok && hits.value.hits[0]?.pinpoint).toBe('p. 1, l. 83');
  }, 60_000);
});

describe('AddSourceDialog with a file already in the project', () => {
  it('shows the sentence naming the file and the source it already is, and adds nothing', async () => {
    const { bridge, handlers, projectId } = await tempProject('The vote is on Tuesday.');
    const bytes = await readFile(join(FIXTURES, 'otter-interview.txt'));
    const meta = { speakers: [], date: null, url: null, notes: '', confidential: false, tags: [] };
    const first = await handlers.addSource({
      projectId,
      library: 'project',
      file: { kind: 'bytes', fileName: 'otter-interview.txt', base64: bytes.toString('base64') },
      meta: { ...meta, title: 'Harbor interview', type: 'interview' },
    });
    expect(first.ok).toBe(true);
    let added: SourceView | null = null;
    const { user } = renderWithApi(
      bridge,
      <BrowserHost projectId={projectId} onAdded={(source) => (added = source)} />,
    );
    // A renamed copy of the same file, chosen again in the browser.
    await user.upload(screen.getByLabelText('Source file to add'), new File([bytes], 'otter copy.txt'));
    await user.click(await screen.findByRole('button', { name: 'Add source' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'otter copy.txt is already in this project as “Harbor interview”; nothing was added.',
    );
    expect(added).toBeNull();
    const library = await handlers.listSources({ projectId });
    expect(library.ok && library.value.sources.map((s) => s.title)).toEqual(['Harbor interview']);
  }, 20_000);
});
