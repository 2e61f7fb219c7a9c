// @vitest-environment happy-dom
// The Desk over the real handlers and the app's useDesk hook: every claim in one table; claims ticked together get
// one status in bulk, saved into the project with a history entry each. A status that says the claims were checked,
// given to claims with no source, is asked about first, as for one claim.
import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../../../../shared/api/views';
import { claimsInDraftOrder } from '../../../../../shared/model/claim-order';
import { useApi } from '../../../../../renderer/app/ApiProvider';
import { DeskPanel } from '../../../../../renderer/features/desk/DeskPanel';
import { useDesk } from '../../../../../renderer/features/desk/use-desk';
import { renderWithApi, tempProject } from '../../project-fixture';

const DRAFT = 'Rent rose 12 percent, the mayor said. The bridge cost 40 million euros. Turnout was 61 percent.';

function DeskHost({ initial }: { initial: ProjectView }) {
  const api = useApi();
  const [view, setView] = useState(initial);
  const [said, setSaid] = useState('');
  const desk = useDesk(api, {
    view,
    applyView: setView,
    fail: setSaid,
    announce: setSaid,
    selectClaim: () => undefined,
  });
  return (
    <>
      <DeskPanel view={view} ordered={claimsInDraftOrder(view.claims)} desk={desk} userName="Ana Reporter" />
      <p role="log">{said}</p>
    </>
  );
}

describe('DeskPanel', () => {
  it('lists every claim and sets the status of the ticked ones at once', async () => {
    const { bridge, view, reload } = await tempProject(DRAFT, [
      'Rent rose 12 percent',
      '40 million euros',
      '61 percent',
    ]);
    const { user } = renderWithApi(bridge, <DeskHost initial={view} />);

    const grid = screen.getByRole('grid', { name: 'Claims on the desk' });
    expect(within(grid).getByRole('checkbox', { name: 'Select claim 3' })).toBeTruthy();
    expect(grid.textContent).toContain('40 million euros');
    await user.click(within(grid).getByRole('checkbox', { name: 'Select claim 1' }));
    await user.click(within(grid).getByRole('checkbox', { name: 'Select claim 3' }));
    const bulk = screen.getByRole('region', { name: 'Selected claims' });
    await user.selectOptions(within(bulk).getByLabelText('New status for the selected claims'), 'Verified');
    await user.click(within(bulk).getByRole('button', { name: 'Set status' }));

    // None has a source: the question comes first, and keeping the statuses changes nothing.
    let asked = await screen.findByRole('alertdialog', { name: 'No source attached' });
    expect(asked.textContent).toContain(
      'None of the 2 selected claims has a source attached. Mark them "Verified" anyway?',
    );
    await user.click(within(asked).getByRole('button', { name: 'Keep their statuses' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect((await reload()).claims.map((c) => c.status)).toEqual(['unchecked', 'unchecked', 'unchecked']);

    await user.click(within(bulk).getByRole('button', { name: 'Set status' }));
    asked = await screen.findByRole('alertdialog', { name: 'No source attached' });
    await user.click(within(asked).getByRole('button', { name: 'Mark Verified' }));
    await waitFor(async () => {
      const statuses = Object.fromEntries((await reload()).claims.map((c) => [c.anchor.exact, c.status]));
      expect(statuses).toEqual({
        'Rent rose 12 percent': 'verified',
        '40 million euros': 'unchecked',
        '61 percent': 'verified',
      });
    });
  });
});
