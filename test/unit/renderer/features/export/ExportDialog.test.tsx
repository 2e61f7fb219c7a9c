// @vitest-environment happy-dom
// The export dialog over the real handlers: the preview shows the claim, Export writes the appendix into the
// project's exports folder and says where.
import { readFile } from 'node:fs/promises';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../../../../shared/api/views';
import { ExportDialog } from '../../../../../renderer/features/export/ExportDialog';
import { renderWithApi, tempProject } from '../../project-fixture';

function ExportHost({ view }: { view: ProjectView }) {
  return <ExportDialog view={view} nativeDialogs={false} canShowInFolder={false} onClose={() => undefined} />;
}

describe('ExportDialog', () => {
  it('previews the appendix and exports it as Markdown into the project folder', async () => {
    const { bridge, view } = await tempProject('Rent rose 12 percent, the mayor said.', ['Rent rose 12 percent']);
    const { user } = renderWithApi(bridge, <ExportHost view={view} />);

    const dialog = screen.getByRole('dialog', { name: 'Export appendix' });
    expect((within(dialog).getByRole('radio', { name: 'Markdown' }) as HTMLInputElement).checked).toBe(true);
    expect(await within(dialog).findAllByText(/Rent rose 12 percent/)).not.toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    const done = await within(dialog).findByText(/^Exported to/);
    const path = done.querySelector('.export-path')?.textContent ?? '';
    expect(path).toMatch(/exports[\\/]council-vote-appendix[^\\/]*\.md$/);
    expect(await readFile(path, 'utf8')).toContain('Rent rose 12 percent');
    expect(within(dialog).getByRole('button', { name: 'Export again' })).toBeTruthy();
  });

  it('asks for a second yes before confidential sources go into the file', async () => {
    const { bridge, view } = await tempProject('Rent rose 12 percent.', ['Rent rose 12 percent']);
    const { user } = renderWithApi(bridge, <ExportHost view={view} />);

    await user.click(screen.getByRole('checkbox', { name: 'Include confidential sources' }));
    expect(screen.getByText('Confidential sources will be in this file.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /I understand/ }));
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
