// The source viewer: the whole source as passages with their speakers and pinpoints (timestamps, pages,
// paragraphs), opened at one passage when asked, with find-in-source and "Attach selection to claim". A web page
// shows its snapshot (address, final address, fetch time, SHA-256); a source with a recording shows its player, and a
// passage's timecode plays the recording from there.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../../app/ApiProvider';
import type { KeyboardEvent } from 'react';
import type { LibraryName, SourceDetail } from '../../../shared/api/views';
import type { Passage } from '../../../shared/model/source';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { libraryLabel, sourceFacts } from './library-state';
import type { AttachTarget } from './use-library';
import { findInTexts, stepMatch } from './find-in-source';
import type { FindMatch } from './find-in-source';
import { PassageText } from './PassageText';
import { useSelectionIn } from './use-selection-in';
import { WebSnapshotFacts } from './WebSnapshotFacts';
import { displayLabel } from '../../../shared/people';
import { useMediaUrl } from '../../app/ApiProvider';
import { AttachRecordingButton } from './AttachRecordingButton';
import { RecordingPlayer } from './RecordingPlayer';
import type { RecordingPlayerHandle } from './RecordingPlayer';
import { passageStart, takesRecording } from './recording-player-state';

export interface SourceViewerProps {
  projectId: string;
  library: LibraryName;
  sourceId: string;
  passageId: string | null;
  /** The selected claim's number, or null when none is selected (attaching is then offered as a hint). */
  claimNumber: number | null;
  readOnly: boolean;
  /** Play the recording from the passage at once (a "Play from" button elsewhere opened the viewer). */
  play?: boolean;
  /** The system file picker exists (desktop app); otherwise a file input chooses the recording. */
  nativeDialogs?: boolean;
  onAttach: (target: AttachTarget) => void;
  onClose: () => void;
}

/** A dialog named by the source's title. */
export function SourceViewer(props: SourceViewerProps) {
  const api = useApi();
  const { projectId, library, sourceId, passageId, claimNumber } = props;
  const [detail, setDetail] = useState<SourceDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [find, setFind] = useState('');
  const [current, setCurrent] = useState(-1);
  const listRef = useRef<HTMLOListElement>(null);
  const selection = useSelectionIn(listRef);
  const player = useRef<RecordingPlayerHandle>(null);
  const buildMediaUrl = useMediaUrl();

  useEffect(() => {
    let live = true;
    void api.getSource({ projectId, library, sourceId }).then((result) => {
      if (!live) return;
      if (result.ok) setDetail(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, projectId, library, sourceId]);

  useEffect(() => {
    if (!detail || !passageId) return;
    const el = listRef.current?.querySelector(`[data-passage-id="${CSS.escape(passageId)}"]`);
    el?.scrollIntoView({ block: 'center' });
  }, [detail, passageId]);

  const passages = useMemo(() => detail?.passages ?? [], [detail]);
  const arriving = detail?.arriving ?? [];
  // A recording still arriving from the story server is not offered to the player (it would fail to load).
  const recording =
    detail?.source.recording && !arriving.some((a) => a.file === detail.source.recording?.file)
      ? detail.source.recording
      : null;
  const playRequested = useRef(props.play === true);

  useEffect(() => {
    if (!recording || !passageId || !playRequested.current) return;
    const start = passages.find((p) => p.id === passageId);
    const seconds = start ? passageStart(start) : null;
    if (seconds === null) return;
    playRequested.current = false;
    player.current?.playFrom(seconds);
  }, [recording, passages, passageId]);
  const matches = useMemo(
    () =>
      findInTexts(
        passages.map((p) => p.text),
        find,
      ),
    [passages, find],
  );
  const byPassage = useMemo(() => {
    const map = new Map<number, { match: FindMatch; index: number }[]>();
    matches.forEach((match, index) => map.set(match.passage, [...(map.get(match.passage) ?? []), { match, index }]));
    return map;
  }, [matches]);

  useEffect(() => {
    if (current < 0) return;
    listRef.current?.querySelector(`[data-find-index="${current}"]`)?.scrollIntoView({ block: 'center' });
  }, [current, matches]);

  function step(by: 1 | -1) {
    setCurrent((c) => stepMatch(matches.length, c, by));
  }

  function onFindKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  }

  const source = detail?.source;
  const target = (p: Passage, note?: string): AttachTarget => ({
    library,
    sourceId,
    sourceTitle: source?.title ?? '',
    passageId: p.id,
    pinpoint: p.pinpoint.label,
    text: p.text,
    ...(note ? { note } : {}),
  });
  const selected = selection ? passages.find((p) => p.id === selection.passageId) : undefined;
  const attachLabel = claimNumber ? `Attach selection to claim ${claimNumber}` : 'Attach selection to claim';

  return (
    <Dialog title={source?.title ?? 'Source'} onClose={props.onClose} className="dialog-viewer">
      <div className="viewer-body">
        <ErrorAlert message={error} />
        {source && (
          <p className="viewer-facts">
            {source.confidential && (
              <span className="confidential-chip">
                <Icon name="lock" />
                Confidential
              </span>
            )}
            <span className={`library-chip library-${source.library}`}>{libraryLabel(source.library)}</span>
            {sourceFacts(source).join(' · ')}
          </p>
        )}
        {source && <WebSnapshotFacts source={source} />}
        {arriving.map((a) => (
          <p key={a.file} className="viewer-arriving" role="note">
            {a.sentence}
          </p>
        ))}
        {source && recording && (
          <RecordingPlayer
            ref={player}
            src={buildMediaUrl({ projectId, library, sourceId })}
            recording={recording}
            title={source.title}
          />
        )}
        {source && takesRecording(source, passages) && (
          <AttachRecordingButton
            projectId={projectId}
            source={source}
            readOnly={props.readOnly && library === 'project'}
            nativeDialogs={props.nativeDialogs ?? false}
            onAttached={(next) => setDetail((d) => (d ? { ...d, source: next } : d))}
          />
        )}
        <div className="viewer-tools">
          <input
            type="search"
            aria-label="Find in source"
            placeholder="Find in source"
            value={find}
            onChange={(e) => {
              setFind(e.target.value);
              setCurrent(e.target.value.trim() ? 0 : -1);
            }}
            onKeyDown={onFindKey}
          />
          <span className="find-count" role="status" aria-label="Matches">
            {find.trim() ? (matches.length ? `${Math.max(0, current) + 1} of ${matches.length}` : 'No matches') : ''}
          </span>
          <button
            type="button"
            className="button button-small"
            disabled={matches.length === 0}
            onClick={() => step(-1)}
          >
            Previous
          </button>
          <button type="button" className="button button-small" disabled={matches.length === 0} onClick={() => step(1)}>
            Next
          </button>
          <button
            type="button"
            className="button button-small button-primary viewer-attach"
            disabled={!selected || props.readOnly}
            title={selected ? undefined : 'Select words in a passage first'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => selected && selection && props.onAttach(target(selected, `“${selection.text}”`))}
          >
            {attachLabel}
          </button>
        </div>
        {!detail && !error && <p className="field-help">Opening the source...</p>}
        <ol ref={listRef} className="viewer-passages" aria-label="Passages">
          {passages.map((p, i) => (
            <li key={p.id} data-passage-id={p.id} className={`viewer-passage${p.id === passageId ? ' is-target' : ''}`}>
              <div className="viewer-passage-head">
                {recording && passageStart(p) !== null ? (
                  <button
                    type="button"
                    className="pinpoint-chip pinpoint-play"
                    aria-label={`Play from ${p.pinpoint.label}`}
                    onClick={() => player.current?.playFrom(passageStart(p) ?? 0)}
                  >
                    <span aria-hidden="true">▶ </span>
                    {p.pinpoint.label}
                  </button>
                ) : (
                  p.pinpoint.label && <span className="pinpoint-chip">{p.pinpoint.label}</span>
                )}
                {p.speaker && <span className="viewer-speaker">{displayLabel(p.speaker)}</span>}
                <button
                  type="button"
                  className="button button-small button-quiet viewer-passage-attach"
                  disabled={props.readOnly}
                  aria-label={`Attach the passage${p.pinpoint.label ? ` at ${p.pinpoint.label}` : ` ${i + 1}`} to the claim`}
                  onClick={() => props.onAttach(target(p))}
                >
                  Attach...
                </button>
              </div>
              <p className="viewer-text">
                <PassageText text={p.text} matches={byPassage.get(i) ?? []} current={current} />
              </p>
            </li>
          ))}
        </ol>
      </div>
    </Dialog>
  );
}
