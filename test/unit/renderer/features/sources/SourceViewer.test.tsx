// @vitest-environment happy-dom
// The source viewer over the real handlers: the whole transcript as passages with their speakers, and find in
// source counting the matches.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useApi } from '../../../../../renderer/app/ApiProvider';
import { SourceViewer } from '../../../../../renderer/features/sources/SourceViewer';
import { addTranscript, renderWithApi, tempProject } from '../../project-fixture';

const TRANSCRIPT =
  'KAREN BASS: Good morning. We will open the new station on time and on budget.\n' +
  'REPORTER: And the tunnel?\n' +
  'KAREN BASS: The tunnel under the harbour is nearly finished, we think by June.\n';

function ViewerHost({ projectId, sourceId }: { projectId: string; sourceId: string }) {
  const api = useApi();
  return (
    <SourceViewer
      api={api}
      projectId={projectId}
      library="project"
      sourceId={sourceId}
      passageId={null}
      claimNumber={null}
      readOnly={false}
      onAttach={() => undefined}
      onClose={() => undefined}
    />
  );
}

describe('SourceViewer', () => {
  it('shows every passage of the transcript and finds words in it', async () => {
    const { bridge, handlers, dir, projectId } = await tempProject('The tunnel is finished, the mayor said.');
    const source = await addTranscript(handlers, projectId, dir, 'Harbour briefing', TRANSCRIPT);
    const { user } = renderWithApi(bridge, <ViewerHost projectId={projectId} sourceId={source.id} />);

    const passages = await screen.findByRole('list', { name: 'Passages' });
    const items = await within(passages).findAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[2]?.textContent).toContain('The tunnel under the harbour is nearly finished');
    expect(passages.textContent).toContain('Karen Bass');
    await user.type(screen.getByRole('searchbox', { name: 'Find in source' }), 'tunnel');
    expect(screen.getByRole('status', { name: 'Matches' }).textContent).toBe('1 of 2');
  });
});
