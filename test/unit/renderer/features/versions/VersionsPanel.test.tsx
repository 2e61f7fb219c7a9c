// @vitest-environment happy-dom
// Draft versions over the real handlers: two imports of the draft make two versions, and comparing them shows the
// words that changed.
import { join } from 'node:path';
import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../../../../shared/api/views';
import { CompareDialog } from '../../../../../renderer/features/versions/CompareDialog';
import { VersionsPanel } from '../../../../../renderer/features/versions/VersionsPanel';
import { realBridge, renderWithApi, tempProject, value } from '../../project-fixture';

/** The panel with the compare dialog it opens, as the project view wires them. */
function VersionsHost({ view }: { view: ProjectView }) {
  const [compare, setCompare] = useState<{ fromId: string; toId: string } | null>(null);
  return (
    <>
      <VersionsPanel
        versions={view.drafts}
        currentId={view.currentDraft?.id ?? null}
        onCompare={(fromId, toId) => setCompare({ fromId, toId })}
      />
      {compare && (
        <CompareDialog
          projectId={view.projectId}
          versions={view.drafts}
          {...compare}
          onClose={() => setCompare(null)}
        />
      )}
    </>
  );
}

describe('VersionsPanel', () => {
  it('lists versions newest first and compares an older one with the current one', async () => {
    const { bridge, handlers, projectId } = await tempProject('Rent rose 12 percent, the mayor said.');
    const view = value(await handlers.setDraftText({ projectId, text: 'Rent rose 15 percent, the mayor said.' }));
    const { user } = renderWithApi(bridge, <VersionsHost view={view} />);

    const region = screen.getByRole('region', { name: 'Draft versions' });
    const titles = within(region).getAllByRole('heading', { level: 3 });
    expect(titles.map((h) => h.textContent)).toEqual(['Version 2', 'Version 1']);
    expect(within(region).getByText('Current')).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: 'Compare version 1 with version 2' }));

    const dialog = await screen.findByRole('dialog', { name: 'Compare draft versions' });
    expect((await within(dialog).findByText('1 word added, 1 word removed')).getAttribute('role')).toBe('status');
    const changes = within(dialog).getByRole('region', { name: 'Changes from version 1 to version 2' });
    expect(changes.querySelector('del')?.textContent).toContain('12');
    expect(changes.querySelector('ins')?.textContent).toContain('15');
  });

  it('says there is no draft yet in a new project', async () => {
    const { bridge, handlers, dir } = await realBridge();
    const view = value(await handlers.createProject({ folder: join(dir, 'empty'), title: 'Empty' }));
    renderWithApi(bridge, <VersionsHost view={view} />);
    expect(screen.getByText('No draft yet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Compare/ })).toBeNull();
  });
});
