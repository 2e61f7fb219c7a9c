// @vitest-environment happy-dom
// The Claims list over the real handlers: claims in draft order with their numbers and statuses; a status chosen in
// the list is saved into the project with a history entry, and a claim is deleted only after the second yes.
import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../../../../shared/api/views';
import { useApi } from '../../../../../renderer/app/ApiProvider';
import { ClaimsPanel } from '../../../../../renderer/features/claims/ClaimsPanel';
import { renderWithApi, tempProject, value } from '../../project-fixture';

const DRAFT = 'Rent rose 12 percent, the mayor said. The bridge cost 40 million euros.';

/** The panel as the project view wires it: numbers in draft order, changes through the Api, the view refreshed. */
function ClaimsHost({ initial }: { initial: ProjectView }) {
  const api = useApi();
  const [view, setView] = useState(initial);
  const [selected, setSelected] = useState<string | null>(null);
  const ordered = [...view.claims].sort((a, b) => a.anchor.start - b.anchor.start);
  const numbers = new Map(ordered.map((claim, i) => [claim.id, i + 1]));
  const projectId = view.projectId;
  return (
    <ClaimsPanel
      claims={ordered}
      numbers={numbers}
      statuses={view.statuses}
      people={view.people}
      selectedClaimId={selected}
      readOnly={false}
      label="Claims"
      empty={{ title: 'No claims yet', text: 'Select text in the draft and mark it.' }}
      onSelect={setSelected}
      onUpdate={async (claimId, patch) => setView(value(await api.updateClaim({ projectId, claimId, patch })))}
      onDelete={async (claimId) => setView(value(await api.deleteClaim({ projectId, claimId })))}
      onReattach={() => undefined}
      onEditPeople={() => undefined}
    />
  );
}

describe('ClaimsPanel', () => {
  it('lists the claims in draft order and saves a status chosen in the list', async () => {
    const { bridge, view, reload } = await tempProject(DRAFT, ['40 million euros', 'Rent rose 12 percent']);
    const { user } = renderWithApi(bridge, <ClaimsHost initial={view} />);

    const region = screen.getByRole('region', { name: 'Claims' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Rent rose 12 percent'),
      expect.stringContaining('40 million euros'),
    ]);
    await user.selectOptions(within(region).getByLabelText('Status of claim 2'), 'Verified');

    await waitFor(async () => {
      const saved = (await reload()).claims.find((c) => c.anchor.exact === '40 million euros');
      expect(saved?.status).toBe('verified');
    });
    const claim = (await reload()).claims.find((c) => c.anchor.exact === '40 million euros');
    expect(claim?.history.map((h) => h.field ?? h.action)).toEqual(['created', 'status']);
  });

  it('deletes a claim after the user confirms', async () => {
    const { bridge, view, reload } = await tempProject(DRAFT, ['Rent rose 12 percent']);
    const { user } = renderWithApi(bridge, <ClaimsHost initial={view} />);

    await user.click(screen.getByRole('button', { name: 'Delete claim 1' }));
    const confirm = screen.getByRole('group', { name: 'Delete claim 1?' });
    await user.click(within(confirm).getByRole('button', { name: /Delete/ }));

    expect(await screen.findByText('No claims yet')).toBeTruthy();
    expect((await reload()).claims).toEqual([]);
  });
});
