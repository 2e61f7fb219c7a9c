// @vitest-environment happy-dom
// The Sources tab over the real handlers and the app's useLibrary hook: the project's sources are listed, and a
// search with a typo finds the passage in the transcript.
import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../../../../shared/api/views';
import { SourcesPanel } from '../../../../../renderer/features/sources/SourcesPanel';
import { LibraryHost } from '../../panel-hosts';
import { addTranscript, renderWithApi, tempProject, value } from '../../project-fixture';

const TRANSCRIPT =
  'KAREN BASS: Good morning. We will open the new station on time and on budget.\n' +
  'REPORTER: And the tunnel?\n' +
  'KAREN BASS: The tunnel under the harbour is nearly finished, we think by June.\n';

function PanelHost({ initial }: { initial: ProjectView }) {
  const [said, setSaid] = useState('');
  return (
    <LibraryHost initial={initial} say={setSaid}>
      {() => (
        <>
          <SourcesPanel selectedClaim={null} readOnly={false} />
          <p role="log">{said}</p>
        </>
      )}
    </LibraryHost>
  );
}

describe('SourcesPanel', () => {
  it('lists the project sources and finds a passage from a misspelt search', async () => {
    const { bridge, handlers, dir, projectId } = await tempProject('The tunnel is finished, the mayor said.');
    await addTranscript(handlers, projectId, dir, 'Harbour briefing', TRANSCRIPT);
    const view = value(await handlers.getProject({ projectId }));
    const { user } = renderWithApi(bridge, <PanelHost initial={view} />);

    const region = screen.getByRole('region', { name: 'Library' });
    const list = await within(region).findByRole('list', { name: 'Sources in this project' });
    expect(list.textContent).toContain('Harbour briefing');
    await user.type(within(region).getByRole('searchbox', { name: 'Search the library' }), 'harbor tunel');

    const hits = await within(region).findByRole(
      'list',
      { name: 'Passages from Harbour briefing' },
      { timeout: 10_000 },
    );
    expect(hits.textContent).toMatch(/tunnel under the harbour/);
    expect(within(region).getByRole('status', { name: 'Search summary' }).textContent).toMatch(/\d/);
  });
});
