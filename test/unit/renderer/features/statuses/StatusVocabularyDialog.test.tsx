// @vitest-environment happy-dom
// The status vocabulary over the real handlers: a new status is saved into the project, a status in use cannot be
// removed.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../../../../shared/api/views';
import { StatusVocabularyDialog } from '../../../../../renderer/features/statuses/StatusVocabularyDialog';
import { renderWithApi, tempProject } from '../../project-fixture';

function StatusesHost({ view, onSaved }: { view: ProjectView; onSaved: (view: ProjectView) => void }) {
  return <StatusVocabularyDialog view={view} onSaved={onSaved} onClose={() => undefined} />;
}

describe('StatusVocabularyDialog', () => {
  it('adds a status that does not block publication and saves the vocabulary to the project', async () => {
    const { bridge, view, reload } = await tempProject('Rent rose 12 percent.', ['Rent rose 12 percent']);
    let saved: ProjectView | null = null;
    const { user } = renderWithApi(bridge, <StatusesHost view={view} onSaved={(v) => (saved = v)} />);

    const list = screen.getByRole('list', { name: 'Statuses' });
    const before = within(list).getAllByRole('listitem').length;
    expect((screen.getByRole('button', { name: 'Save statuses' }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText('New status name'), 'Needs lawyer');
    const blocks = screen.getByRole('checkbox', { name: 'Blocks publication' }) as HTMLInputElement;
    expect(blocks.checked).toBe(true);
    await user.click(blocks);
    await user.click(screen.getByRole('button', { name: 'Add status' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(before + 1);
    expect((screen.getByLabelText('Needs lawyer blocks publication') as HTMLInputElement).checked).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Save statuses' }));

    await waitFor(() => expect(saved).not.toBeNull());
    const status = (await reload()).statuses.find((s) => s.label === 'Needs lawyer');
    expect(status?.blocksPublication).toBe(false);
  });

  it('refuses to remove a status a claim still has, with a sentence saying why', async () => {
    const { bridge, view } = await tempProject('Rent rose 12 percent.', ['Rent rose 12 percent']);
    const { user } = renderWithApi(bridge, <StatusesHost view={view} onSaved={() => undefined} />);

    const inUse = view.statuses.find((s) => s.id === view.claims[0]?.status);
    await user.click(screen.getByRole('button', { name: `Remove ${inUse?.label}` }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `One claim has the status "${inUse?.label}": give it another status before removing it.`,
    );
    expect(screen.getByLabelText(`Name of ${inUse?.label}`)).toBeTruthy();
  });
});
