// @vitest-environment happy-dom
// Several sources from the system picker (the desktop app): the picker takes many files, and each is added in turn
// through the real handlers with its outcome, a refused one never stopping the rest.
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dialogs } from '../../../../../electron/api/deps';
import { useApi } from '../../../../../renderer/app/ApiProvider';
import { AddSourceDialog } from '../../../../../renderer/features/sources/AddSourceDialog';
import { addManyFiles } from '../../../../../renderer/features/sources/add-many';
import type { ManyFile } from '../../../../../renderer/features/sources/add-many';
import type { FileOutcome } from '../../../../../renderer/features/sources/add-many-state';
import { renderWithApi, tempProject } from '../../project-fixture';

const FIXTURES = join(__dirname, '../../../../fixtures/sources');

function Host({ projectId, onMany }: { projectId: string; onMany: (files: ManyFile[]) => void }) {
  const api = useApi();
  return (
    <AddSourceDialog
      api={api}
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
