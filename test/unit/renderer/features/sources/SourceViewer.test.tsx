// @vitest-environment happy-dom
// The source viewer over the real handlers: the whole transcript as passages with their speakers, and find in
// source counting the matches; a PDF's passages with their page-and-line pinpoints; a shared story's recording still
// arriving said in one sentence instead of a player that cannot load it.
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourceViewer } from '../../../../../renderer/features/sources/SourceViewer';
import { addTranscript, renderWithApi, tempProject } from '../../project-fixture';
import { value } from '../../../result-value';

const TRANSCRIPT =
  'KAREN BASS: Good morning. We will open the new station on time and on budget.\n' +
  'REPORTER: And the tunnel?\n' +
  'KAREN BASS: The tunnel under the harbour is nearly finished, we think by June.\n';

function ViewerHost({ projectId, sourceId }: { projectId: string; sourceId: string }) {
  return (
    <SourceViewer
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

  it('shows a PDF as passages pinpointed by page and line, ready to attach', async () => {
    const { bridge, handlers, projectId } = await tempProject('Lincoln spoke of malice toward none.');
    const meta = { title: 'Second Inaugural Address', type: 'document' as const, speakers: [], date: '1865-03-04' };
    const reply = await handlers.addSource({
      projectId,
      library: 'project',
      file: { kind: 'path', path: join(__dirname, '../../../../fixtures/sources/pdf/two-column.pdf') },
      meta: { ...meta, url: null, notes: '', confidential: false, tags: [] },
    });
    if (!reply.ok) throw new Error(reply.error.message);
    renderWithApi(bridge, <ViewerHost projectId={projectId} sourceId={reply.value.source.id} />);
    const passages = await screen.findByRole('list', { name: 'Passages' });
    const items = await within(passages).findAllByRole('listitem');
    expect(items).toHaveLength(7);
    const malice = items.find((item) => item.textContent?.includes('With malice toward none'))!;
    expect(within(malice).getByText('p. 1, l. 83')).toBeTruthy();
    expect(within(malice).getByRole('button', { name: 'Attach the passage at p. 1, l. 83 to the claim' })).toBeTruthy();
  });

  it("says in one sentence that a shared story's recording is still arriving, instead of offering a player", async () => {
    const { bridge, handlers, dir, projectId } = await tempProject('The tunnel is finished, the mayor said.');
    const added = await addTranscript(handlers, projectId, dir, 'Harbour briefing', TRANSCRIPT);
    const source = value(
      await handlers.attachRecording({
        projectId,
        library: 'project',
        sourceId: added.id,
        file: { kind: 'path', path: join(__dirname, '../../../../fixtures/sources/interview-3s.wav') },
      }),
    );
    const sentence = 'The recording of "Harbour briefing" is still arriving from the story server.';
    // The handlers answer the same for a source whose recording a shared story still brings (test/servers).
    const api = {
      ...handlers,
      getSource: async (input: Parameters<typeof handlers.getSource>[0]) => {
        const reply = await handlers.getSource(input);
        return reply.ok
          ? { ...reply, value: { ...reply.value, arriving: [{ file: source.recording!.file, sentence }] } }
          : reply;
      },
    };
    renderWithApi({ ...bridge, api }, <ViewerHost projectId={projectId} sourceId={source.id} />);
    expect((await screen.findByRole('note')).textContent).toBe(sentence);
    expect(screen.queryByRole('region', { name: /Recording/ })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await within(screen.getByRole('list', { name: 'Passages' })).findAllByRole('listitem')).toHaveLength(3);
  });
});
