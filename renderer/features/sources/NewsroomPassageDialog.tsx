// A newsroom source opened from a search hit: its details and its passages as the newsroom's server holds them, the
// hit's passage marked and scrolled to, each passage with Attach. The source stays on the server; attaching copies the
// passage and the source's details into the project, so the project cites it without the server.
import { useEffect, useRef, useState } from 'react';
import type { NewsroomSourceView } from '../../../shared/api/newsroom';
import type { SearchHit } from '../../../shared/api/views';
import { SOURCE_TYPE_LABELS } from '../../../shared/model/source';
import { displayLabel } from '../../../shared/people';
import { useApi } from '../../app/ApiProvider';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { AttachTarget } from './use-library';

export interface NewsroomPassageDialogProps {
  hit: SearchHit;
  canAttach: boolean;
  onAttach: (target: AttachTarget) => void;
  onClose: () => void;
}

/** A dialog named by the source's title. */
export function NewsroomPassageDialog({ hit, canAttach, onAttach, onClose }: NewsroomPassageDialogProps) {
  const api = useApi();
  const [view, setView] = useState<NewsroomSourceView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    let live = true;
    void api.getNewsroomSource({ sourceId: hit.sourceId }).then((reply) => {
      if (!live) return;
      if (reply.ok) setView(reply.value);
      else setError(reply.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, hit.sourceId]);

  useEffect(() => {
    listRef.current?.querySelector('.is-target')?.scrollIntoView({ block: 'center' });
  }, [view]);

  // Until the server answers (or when it cannot), the passage the search found.
  const passages = view?.passages ?? [
    { passageId: hit.passageId, pinpoint: hit.pinpoint, speaker: hit.speaker, date: hit.date, text: hit.text },
  ];
  const source = view?.source;
  const shown = view && source && view.passages.length < source.passageCount;
  return (
    <Dialog title={hit.sourceTitle} onClose={onClose} className="dialog-viewer">
      <div className="viewer-body">
        <p className="viewer-facts">
          <span className="library-chip library-newsroom">Newsroom</span>
          <span>{SOURCE_TYPE_LABELS[source?.type ?? hit.sourceType]}</span>
          {source?.speakers.length ? <span>{source.speakers.map(displayLabel).join(', ')}</span> : null}
          {source?.date && <span>{source.date}</span>}
          {source && (
            <span>
              {source.passageCount} {source.passageCount === 1 ? 'passage' : 'passages'}
              {shown ? ` (the first ${view.passages.length} shown)` : ''}
            </span>
          )}
        </p>
        <p className="field-help">
          This source is in the newsroom library. Attaching a passage copies it and the source&apos;s details into this
          project, so the project keeps citing it when the newsroom&apos;s server cannot be reached.
        </p>
        <ErrorAlert message={error} />
        {!view && !error && <p className="field-help">Opening the source...</p>}
        <ol ref={listRef} className="viewer-passages" aria-label="Passages">
          {passages.map((p, i) => (
            <li
              key={p.passageId}
              className={`viewer-passage${p.passageId === hit.passageId ? ' is-target' : ''}`}
              aria-current={p.passageId === hit.passageId ? true : undefined}
            >
              <div className="viewer-passage-head">
                {p.pinpoint && <span className="pinpoint-chip">{p.pinpoint}</span>}
                {p.speaker && <span className="viewer-speaker">{displayLabel(p.speaker)}</span>}
                <button
                  type="button"
                  className="button button-small button-quiet viewer-passage-attach"
                  aria-disabled={!canAttach}
                  title={canAttach ? undefined : 'Select a claim in the draft first'}
                  aria-label={`Attach the passage${p.pinpoint ? ` at ${p.pinpoint}` : ` ${i + 1}`} to the claim`}
                  onClick={() =>
                    onAttach({
                      library: 'newsroom',
                      sourceId: hit.sourceId,
                      sourceTitle: hit.sourceTitle,
                      passageId: p.passageId,
                      pinpoint: p.pinpoint,
                      text: p.text,
                    })
                  }
                >
                  Attach...
                </button>
              </div>
              <p className="viewer-text">{p.text}</p>
            </li>
          ))}
        </ol>
      </div>
    </Dialog>
  );
}
