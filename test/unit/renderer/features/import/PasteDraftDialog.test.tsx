// @vitest-environment happy-dom
// Pasting a new draft version over the real handlers: the text becomes version 2 and the claim in it is found again.
import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useApi } from '../../../../../renderer/app/ApiProvider';
import { PasteDraftDialog } from '../../../../../renderer/features/import/PasteDraftDialog';
import { renderWithApi, tempProject } from '../../project-fixture';

function PasteHost({ projectId }: { projectId: string }) {
  const api = useApi();
  const [open, setOpen] = useState(true);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {open && (
        <PasteDraftDialog
          nextNumber={2}
          onPaste={async (text, html) => {
            const reply = await api.pasteDraft({ projectId, text, ...(html ? { html } : {}) });
            if (!reply.ok) setError(reply.error.message);
            return reply.ok;
          }}
          onClose={() => setOpen(false)}
        />
      )}
      {error && <p role="alert">{error}</p>}
    </>
  );
}

describe('PasteDraftDialog', () => {
  it('makes the pasted text the next version, keeping the claim that is still in it', async () => {
    const draft = 'Rent rose 12 percent, the mayor said.';
    const { bridge, projectId, reload } = await tempProject(draft, ['Rent rose 12 percent']);
    const { user } = renderWithApi(bridge, <PasteHost projectId={projectId} />);

    expect(screen.getByRole('dialog', { name: 'Paste a new draft version' })).toBeTruthy();
    const submit = screen.getByRole('button', { name: 'Use as version 2' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText('New version text'), 'Rent rose 12 percent, the mayor said on Monday.');
    expect((submit as HTMLButtonElement).disabled).toBe(false);
    await user.click(submit);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const view = await reload();
    expect(view.drafts.map((d) => d.number)).toEqual([1, 2]);
    expect(view.currentDraft?.text).toBe('Rent rose 12 percent, the mayor said on Monday.');
    expect(view.claims[0]?.anchor.exact).toBe('Rent rose 12 percent');
  });

  it('Cancel closes without a new version', async () => {
    const { bridge, projectId, reload } = await tempProject('Rent rose 12 percent.');
    const { user } = renderWithApi(bridge, <PasteHost projectId={projectId} />);

    await user.type(screen.getByLabelText('New version text'), 'Something else.');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await reload()).drafts).toHaveLength(1);
  });
});
