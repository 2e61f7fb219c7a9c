// Suggested sources for the selected claim: the library passages most likely to support it (suggestSources), best
// first, the words shared with the claim marked and listed (why it is suggested; weak matches are left out);
// "Attach" ties one as supporting in one click, "Attach..." asks relation and note.
import { useEffect, useState } from 'react';
import { hitTarget } from './use-library';
import type { Claim } from '../../../shared/model/claim';
import { HighlightedText } from '../../components/HighlightedText';
import { useLibraryContext } from './library-context';
import { libraryLabel } from './library-state';
import type { LocalHit } from './library-state';
import { displayLabel } from '../../../shared/people';
import { MatchedWords } from './MatchedWords';
import { hasRecording, isTimecode } from './recording-player-state';

export interface SuggestedSourcesProps {
  claim: Claim;
  number: number;
  readOnly: boolean;
}

/** A block with a list labelled "Suggested sources for claim <n>". */
export function SuggestedSources({ claim, number, readOnly }: SuggestedSourcesProps) {
  const library = useLibraryContext();
  const [hits, setHits] = useState<LocalHit[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const suggest = library?.actions.suggest;
  const version = library?.version ?? 0;
  const count = library?.sources.length ?? 0;
  const exact = claim.anchor.exact;

  useEffect(() => {
    if (!suggest) return;
    let live = true;
    void suggest(claim.id).then((result) => {
      if (!live) return;
      if (typeof result === 'string') setProblem(result);
      else {
        setProblem(null);
        setHits(result);
      }
    });
    return () => {
      live = false;
    };
  }, [suggest, claim.id, exact, version, count]);

  if (!library || count === 0) return null;
  const linked = new Set(claim.links.map((l) => l.passageId));
  const shown = (hits ?? []).filter((h) => !linked.has(h.passageId));

  return (
    <div className="inspector-block">
      <h3 className="subsection-title">Suggested sources</h3>
      {problem && <p className="field-help">{problem}</p>}
      {hits && shown.length === 0 && <p className="field-help">No passage in the libraries looks like this claim.</p>}
      {shown.length > 0 && (
        <ol className="suggested-list" aria-label={`Suggested sources for claim ${number}`}>
          {shown.map((hit) => (
            <li key={`${hit.library}:${hit.passageId}`} className="suggested-item">
              <div className="hit-meta">
                <span className="hit-source">{hit.sourceTitle}</span>
                {hit.pinpoint && <span className="pinpoint-chip">{hit.pinpoint}</span>}
                {hit.speaker && <span className="hit-speaker">{displayLabel(hit.speaker)}</span>}
                <span className={`library-chip library-${hit.library}`}>{libraryLabel(hit.library)}</span>
              </div>
              <p className="hit-text">
                <HighlightedText text={hit.text} ranges={hit.highlights} />
              </p>
              <MatchedWords text={hit.text} ranges={hit.highlights} />
              <div className="hit-actions">
                <button
                  type="button"
                  className="button button-small"
                  disabled={readOnly}
                  aria-label={`Attach ${hit.sourceTitle}${hit.pinpoint ? ` at ${hit.pinpoint}` : ''} as supporting`}
                  onClick={() =>
                    void library.actions.attach(hitTarget(hit), {
                      relation: 'supports',
                      pinpoint: hit.pinpoint,
                      note: '',
                    })
                  }
                >
                  Attach
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  disabled={readOnly}
                  aria-label={`Attach ${hit.sourceTitle}${hit.pinpoint ? ` at ${hit.pinpoint}` : ''} with a relation, pinpoint and note`}
                  title="Choose supports, contradicts or context, and add a pinpoint and a note"
                  onClick={() => library.actions.openAttach(hitTarget(hit))}
                >
                  Attach with options...
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => library.actions.openViewer(hit.library, hit.sourceId, hit.passageId)}
                >
                  Open
                </button>
                {hasRecording(library.sources, hit.library, hit.sourceId) && isTimecode(hit.pinpoint) && (
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    onClick={() => library.actions.openViewer(hit.library, hit.sourceId, hit.passageId, true)}
                  >
                    <span aria-hidden="true">▶ </span>Play from {hit.pinpoint}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
