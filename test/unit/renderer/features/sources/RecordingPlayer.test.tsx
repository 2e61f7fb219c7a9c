// @vitest-environment happy-dom
// The recording player over the real handlers: an SRT transcript with its WAV attached, shown in the source viewer
// with the browser's own <audio> element fed from the app's /media/ address. The DOM here does not play media, so a
// small seam records play() and pause(); currentTime and playbackRate are the real element's.
import type { ReactNode } from 'react';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../../../shared/api/contract';
import type { ProjectView } from '../../../../../shared/api/views';
import { createHttpBridge } from '../../../../../renderer/app/http-bridge';
import { LibraryDialogs } from '../../../../../renderer/features/sources/LibraryDialogs';
import { SourcesPanel } from '../../../../../renderer/features/sources/SourcesPanel';
import { mediaUrl } from '../../../../../renderer/features/sources/media-url';
import { MediaSeamContext } from '../../../../../renderer/features/sources/RecordingPlayer';
import type { MediaSeam } from '../../../../../renderer/features/sources/RecordingPlayer';
import { activePlayer } from '../../../../../renderer/features/sources/recording-player-state';
import { SourceViewer } from '../../../../../renderer/features/sources/SourceViewer';
import type { Handlers } from '../../../../../electron/api/handlers';
import { ClaimSources } from '../../../../../renderer/features/sources/ClaimSources';
import { LibraryHost, QuoteCheckHost } from '../../panel-hosts';
import { renderWithApi, tempProject, value } from '../../project-fixture';

const FIXTURES = join(__dirname, '../../../../fixtures/sources');

/** A seam that records what the player asked of the element. */
function recordingSeam() {
  const calls: string[] = [];
  const seam: MediaSeam = {
    play: (el) => {
      calls.push(`play@${el.currentTime}`);
      return Promise.resolve();
    },
    pause: (el) => {
      calls.push(`pause@${el.currentTime}`);
    },
  };
  return { seam, calls };
}

async function addSrt(handlers: Handlers, projectId: string, dir: string, withRecording = true) {
  const file = join(dir, 'interview-3s.srt');
  await copyFile(join(FIXTURES, 'interview-3s.srt'), file);
  const meta = { title: 'Night of the flood', type: 'interview' as const, speakers: [], date: null, url: null };
  const { source } = value(
    await handlers.addSource({
      projectId,
      library: 'project',
      file: { kind: 'path', path: file },
      meta: { ...meta, notes: '', confidential: false, tags: [] },
    }),
  );
  if (!withRecording) return source;
  return value(
    await handlers.attachRecording({
      projectId,
      library: 'project',
      sourceId: source.id,
      file: { kind: 'path', path: join(FIXTURES, 'interview-3s.wav') },
    }),
  );
}

function ViewerHost(props: {
  projectId: string;
  sourceId: string;
  passageId?: string;
  play?: boolean;
  seam: MediaSeam;
}) {
  return (
    <MediaSeamContext.Provider value={props.seam}>
      <SourceViewer
        projectId={props.projectId}
        library="project"
        sourceId={props.sourceId}
        passageId={props.passageId ?? null}
        claimNumber={null}
        readOnly={false}
        play={props.play ?? false}
        nativeDialogs={false}
        onAttach={() => undefined}
        onClose={() => undefined}
      />
    </MediaSeamContext.Provider>
  );
}

function audioOf(region: HTMLElement): HTMLAudioElement {
  const audio = region.querySelector('audio');
  if (!audio) throw new Error('no <audio> element in the player');
  return audio;
}

/** The panel a test puts on the stage, drawn over the stage's current view. */
type StagePanel = (view: ProjectView, setView: (view: ProjectView) => void) => ReactNode;

/**
 * What the app draws around a panel that can open the source viewer: the project's library (LibraryHost), its
 * dialogs, and the recording seam.
 */
function PlayerStage(props: {
  initial: ProjectView;
  seam: MediaSeam;
  selectedClaimId?: string;
  children: (view: ProjectView, setView: (view: ProjectView) => void) => ReactNode;
}) {
  return (
    <MediaSeamContext.Provider value={props.seam}>
      <LibraryHost initial={props.initial} selectedClaimId={props.selectedClaimId ?? null}>
        {(library, view, setView) => (
          <>
            {props.children(view, setView)}
            <LibraryDialogs view={view} library={library} nativeDialogs={false} selectedClaim={null} />
          </>
        )}
      </LibraryHost>
    </MediaSeamContext.Provider>
  );
}

/** A project with `draft` (and a claim per entry of `claims`) and the SRT transcript with its recording. */
async function projectWithRecording(draft: string, claims: string[] = []) {
  const project = await tempProject(draft, claims);
  const source = await addSrt(project.handlers, project.projectId, project.dir);
  const view = value(await project.handlers.getProject({ projectId: project.projectId }));
  return { ...project, view, source };
}

/** Renders `panel` on the PlayerStage over `view` with a recording seam: the user session and the seam's calls. */
function renderStage(bridge: Bridge, view: ProjectView, panel: StagePanel, selectedClaimId?: string) {
  const { seam, calls } = recordingSeam();
  const { user } = renderWithApi(
    bridge,
    <PlayerStage initial={view} seam={seam} selectedClaimId={selectedClaimId}>
      {panel}
    </PlayerStage>,
  );
  return { user, calls };
}

/** The viewer opened with its player, which played from 00:00:02. */
async function expectPlayingFrom2(calls: string[]) {
  const player = await screen.findByRole('region', { name: 'Recording' });
  await waitFor(() => expect(calls).toEqual(['play@2']));
  expect(audioOf(player).currentTime).toBe(2);
}

describe('RecordingPlayer in the source viewer', () => {
  it('feeds the browser’s own audio element from the app’s media address and plays a passage from its timecode', async () => {
    const { bridge, handlers, dir, projectId } = await tempProject('Where were you?');
    const source = await addSrt(handlers, projectId, dir);
    const { seam, calls } = recordingSeam();
    const { user } = renderWithApi(bridge, <ViewerHost projectId={projectId} sourceId={source.id} seam={seam} />);

    const region = await screen.findByRole('region', { name: 'Recording' });
    const audio = audioOf(region);
    expect(audio.getAttribute('src')).toBe(`/media/${projectId}/project/${source.id}`);
    expect(audio.getAttribute('aria-label')).toBe('Recording of Night of the flood');
    expect(within(region).getByLabelText('Playback position').textContent).toBe('00:00:00 / 00:00:03');

    await user.click(screen.getByRole('button', { name: 'Play from 00:00:02' }));
    expect(audio.currentTime).toBe(2);
    expect(calls).toEqual(['play@2']);
    expect(within(region).getByRole('button', { name: /^Pause/ })).toBeTruthy();

    await user.click(within(region).getByRole('button', { name: /^Pause/ }));
    expect(calls).toEqual(['play@2', 'pause@2']);
    await user.click(within(region).getByRole('button', { name: /^Back 5 s/ }));
    expect(audio.currentTime).toBe(0);

    const speed = within(region).getByRole('button', { name: /^Slower or normal speed/ });
    expect(speed.getAttribute('aria-keyshortcuts')).toBe('F9');
    await user.click(speed);
    expect(audio.playbackRate).toBe(0.75);
    await user.click(speed);
    expect(audio.playbackRate).toBe(0.5);
    expect(speed.textContent).toContain('0.5× speed');
    await user.click(speed);
    expect(audio.playbackRate).toBe(1);
  });

  it('shows a video recording in the browser’s own <video> element', async () => {
    const { bridge, handlers, dir, projectId } = await tempProject('Where were you?');
    const source = await addSrt(handlers, projectId, dir, false);
    // The first bytes of a WebM file (its EBML header); the player only needs the stored type.
    const webm = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]);
    value(
      await handlers.attachRecording({
        projectId,
        library: 'project',
        sourceId: source.id,
        file: { kind: 'bytes', fileName: 'flood-night.webm', base64: webm.toString('base64') },
      }),
    );
    const { seam } = recordingSeam();
    renderWithApi(bridge, <ViewerHost projectId={projectId} sourceId={source.id} seam={seam} />);
    const region = await screen.findByRole('region', { name: 'Recording' });
    expect(region.querySelector('audio')).toBeNull();
    const video = region.querySelector('video');
    expect(video?.getAttribute('src')).toBe(`/media/${projectId}/project/${source.id}`);
    expect(video?.getAttribute('aria-label')).toBe('Recording of Night of the flood');
    expect(video?.hasAttribute('controls')).toBe(true);
  });

  it('lets the keyboard commands reach the player that is shown, and no other once it closes', async () => {
    const { bridge, handlers, dir, projectId } = await tempProject('Where were you?');
    const source = await addSrt(handlers, projectId, dir);
    const { seam, calls } = recordingSeam();
    const { unmount } = renderWithApi(bridge, <ViewerHost projectId={projectId} sourceId={source.id} seam={seam} />);
    const audio = audioOf(await screen.findByRole('region', { name: 'Recording' }));
    // The player takes the commands once its effect has run, which can come after the region is on screen.
    await waitFor(() => expect(activePlayer()).not.toBeNull());

    audio.currentTime = 2.5;
    activePlayer()?.togglePlay();
    activePlayer()?.back();
    activePlayer()?.slower();
    expect(calls).toEqual(['play@2.5']);
    expect(audio.currentTime).toBe(0);
    expect(audio.playbackRate).toBe(0.75);
    activePlayer()?.togglePlay();
    expect(calls).toEqual(['play@2.5', 'pause@0']);
    unmount();
    expect(activePlayer()).toBeNull();
  });

  it('opened from a search result’s "Play from", plays from that passage at once', async () => {
    const { bridge, view } = await projectWithRecording('Where were you on the night of the flood?');
    const { user, calls } = renderStage(bridge, view, () => <SourcesPanel selectedClaim={null} readOnly={false} />);
    const region = screen.getByRole('region', { name: 'Library' });
    await within(region).findByRole('list', { name: 'Sources in this project' });
    await user.type(within(region).getByRole('searchbox', { name: 'Search the library' }), 'east gate dawn');
    const hits = await within(region).findByRole(
      'list',
      { name: 'Passages from Night of the flood' },
      { timeout: 10_000 },
    );
    await user.click(within(hits).getByRole('button', { name: /Play from 00:00:02/ }));
    await expectPlayingFrom2(calls);
  });

  it('plays a quote-check row’s match from its timecode when its source has a recording', async () => {
    const { bridge, view } = await projectWithRecording(
      'Lee Harbor said "we kept the east gate open until dawn" that night.',
    );
    const { user, calls } = renderStage(bridge, view, (current, setView) => (
      <QuoteCheckHost view={current} setView={setView} />
    ));
    const region = screen.getByRole('region', { name: 'Quote check' });
    const play = await within(region).findByRole(
      'button',
      { name: 'Play the recording from 00:00:02: quote 1' },
      { timeout: 10_000 },
    );
    await user.click(play);
    await expectPlayingFrom2(calls);
  });

  it('plays a claim’s attached passage from its timecode in the claim inspector', async () => {
    const draft = 'Lee Harbor said the crew kept the east gate open until dawn.';
    const { bridge, handlers, projectId, view, source } = await projectWithRecording(draft, [
      'kept the east gate open until dawn',
    ]);
    const passages = value(await handlers.getSource({ projectId, library: 'project', sourceId: source.id })).passages;
    const claim = view.claims[0]!;
    const linked = value(
      await handlers.attachSource({
        projectId,
        claimId: claim.id,
        library: 'project',
        sourceId: source.id,
        passageId: passages[2]!.id,
        relation: 'supports',
      }),
    );
    const { user, calls } = renderStage(
      bridge,
      linked,
      (current) => <ClaimSources claim={current.claims[0]!} number={1} readOnly={false} />,
      claim.id,
    );
    const links = await screen.findByRole('list', { name: 'Sources of claim 1' });
    await user.click(await within(links).findByRole('button', { name: /Play from 00:00:02/ }));
    await expectPlayingFrom2(calls);
  });

  it('attaches a recording from the browser’s file input, and refuses a file that is not one with a sentence', async () => {
    const { bridge, handlers, dir, projectId } = await tempProject('Where were you?');
    const source = await addSrt(handlers, projectId, dir, false);
    const { seam } = recordingSeam();
    renderWithApi(bridge, <ViewerHost projectId={projectId} sourceId={source.id} seam={seam} />);

    const attach = await screen.findByRole('button', { name: 'Attach recording…' });
    expect(screen.queryByRole('region', { name: 'Recording' })).toBeNull();
    const input = screen.getByLabelText('Recording file') as HTMLInputElement;

    const fake = new File(['These are notes, not audio.'], 'notes.wav', { type: 'audio/wav' });
    fireEvent.change(input, { target: { files: [fake] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      "notes.wav does not hold WAV audio or video (its first bytes are not a WAV file's), so Factdesk did not attach it.",
    );
    expect(
      value(await handlers.getSource({ projectId, library: 'project', sourceId: source.id })).source.recording,
    ).toBe(undefined);

    const wav = new File([await readFile(join(FIXTURES, 'interview-3s.wav'))], 'interview-3s.wav', {
      type: 'audio/wav',
    });
    fireEvent.change(input, { target: { files: [wav] } });
    const region = await screen.findByRole('region', { name: 'Recording' });
    expect(audioOf(region).getAttribute('src')).toBe(`/media/${projectId}/project/${source.id}`);
    expect(screen.getByText('Attached the recording interview-3s.wav.')).toBeTruthy();
    expect(attach.textContent).toBe('Replace recording…');
  });
});

describe('mediaUrl', () => {
  it('is the app protocol’s path in the desktop app and carries the page token in the browser harness', () => {
    const target = { projectId: 'p1', library: 'personal' as const, sourceId: 's-9' };
    expect(mediaUrl(target, null)).toBe('/media/p1/personal/s-9');
    expect(mediaUrl(target, 'ab12', 'http://127.0.0.1:5000')).toBe(
      'http://127.0.0.1:5000/media/p1/personal/s-9?token=ab12',
    );
    const bridge = createHttpBridge('tok', { fetch: (() => Promise.reject(new Error('unused'))) as typeof fetch });
    expect(bridge.mediaUrl?.(target)).toBe('/media/p1/personal/s-9?token=tok');
  });
});
