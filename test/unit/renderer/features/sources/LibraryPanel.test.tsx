// @vitest-environment happy-dom
// The Sources tab over the real handlers and the app's useLibrary hook: the project's sources are listed, and a
// search with a typo finds the passage in the transcript.
import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../../../../shared/api/views';
import { useApi } from '../../../../../renderer/app/ApiProvider';
import { LibraryPanel } from '../../../../../renderer/features/sources/LibraryPanel';
import { LibraryContext } from '../../../../../renderer/features/sources/library-context';
import { useLibrary } from '../../../../../renderer/features/sources/use-library';
import { addTranscript, renderWithApi, tempProject, value } from '../../project-fixture';

const TRANSCRIPT =
  'KAREN BASS: Good morning. We will open the new station on time and on budget.\n' +
  'REPORTER: And the tunnel?\n' +
  'KAREN BASS: The tunnel under the harbour is nearly finished, we think by June.\n';

function LibraryHost({ initial }: { initial: ProjectView }) {
  const api = useApi();
  const [view, setView] = useState(initial);
  const [said, setSaid] = useState('');
  const library = useLibrary(api, {
    view,
    selectedClaimId: null,
    applyView: setView,
    fail: setSaid,
    announce: setSaid,
    hint: () => undefined,
  });
  return (
    <LibraryContext.Provider value={library}>
      <LibraryPanel selectedClaim={null} readOnly={false} />
      <p role="log">{said}</p>
    </LibraryContext.Provider>
  );
}

describe('LibraryPanel', () => {
  it('lists the project sources and finds a passage from a misspelt search', async () => {
    const { bridge, handlers, dir, projectId } = await tempProject('The tunnel is finished, the mayor said.');
    await addTranscript(handlers, projectId, dir, 'Harbour briefing', TRANSCRIPT);
    const view = value(await handlers.getProject({ projectId }));
    const { user } = renderWithApi(bridge, <LibraryHost initial={view} />);

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
