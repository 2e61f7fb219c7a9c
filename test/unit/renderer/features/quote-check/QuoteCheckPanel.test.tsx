// @vitest-environment happy-dom
// The quote check over the real handlers and the app's useQuoteCheck hook: a draft's direct quotes are checked
// against a transcript in the project library; the exact one can be attached to its claim in one click.
import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../../../../shared/api/views';
import { QuoteCheckHost } from '../../panel-hosts';
import { addTranscript, renderWithApi, tempProject, value } from '../../project-fixture';

const DRAFT =
  '"We will open the new station on time and on budget," said Karen Bass.\n\n' +
  '"The tunnel is finished," Karen Bass told reporters.';
const TRANSCRIPT =
  'KAREN BASS: Good morning. We will open the new station on time and on budget.\n' +
  'REPORTER: And the tunnel?\n' +
  'KAREN BASS: The tunnel is nearly finished, we think by June.\n';

function QuoteHost({ initial }: { initial: ProjectView }) {
  const [view, setView] = useState(initial);
  const [said, setSaid] = useState('');
  return (
    <>
      <QuoteCheckHost view={view} setView={setView} say={setSaid} />
      <p role="log">{said}</p>
    </>
  );
}

describe('QuoteCheckPanel', () => {
  it('checks each quote against the transcript and attaches the exact one to a claim', async () => {
    const { bridge, handlers, dir, view: first } = await tempProject(DRAFT);
    await addTranscript(handlers, first.projectId, dir, 'Station briefing', TRANSCRIPT);
    const view = value(await handlers.getProject({ projectId: first.projectId }));
    const { user } = renderWithApi(bridge, <QuoteHost initial={view} />);

    const region = screen.getByRole('region', { name: 'Quote check' });
    const summary = within(region).getByRole('status', { name: 'Quote check summary' });
    await waitFor(() => expect(summary.textContent).toMatch(/2 quotes/), { timeout: 10_000 });
    expect(region.textContent).toContain('Exact');
    expect(region.textContent).toContain('Station briefing');
    await user.click(within(region).getByRole('button', { name: 'Attach as supporting: quote 1' }));

    await waitFor(async () => {
      const claims = value(await handlers.getProject({ projectId: view.projectId })).claims;
      expect(claims).toHaveLength(1);
      expect(claims[0]?.links).toHaveLength(1);
    });
  });
});
