// Search results of the Library area, grouped by source: each passage with its matched words marked, its pinpoint,
// speaker, date and a badge saying where it lives (Project, Personal library, Newsroom), and buttons to open the
// source at that passage or attach it to the selected claim (a newsroom passage is copied into the project).
import type { SearchHit } from '../../../shared/api/views';
import { SOURCE_TYPE_LABELS } from '../../../shared/model/source';
import { HighlightedText } from '../../components/HighlightedText';
import { groupHits, isLocalHit, libraryLabel } from './library-state';
import type { HitGroup, LocalHit } from './library-state';
import { displayLabel } from '../../../shared/people';

export interface SearchResultsProps {
  hits: SearchHit[];
  canAttach: boolean;
  onOpen: (hit: SearchHit) => void;
  onAttach: (hit: SearchHit) => void;
  /** Plays the hit's source recording from the passage; offered for hits whose source has a recording. */
  onPlay?: ((hit: LocalHit) => void) | undefined;
  canPlay?: ((hit: LocalHit) => boolean) | undefined;
}

/** One passage found: a listitem named by its pinpoint and source. */
export function HitItem({
  hit,
  canAttach,
  onOpen,
  onAttach,
  onPlay,
  canPlay,
  showSource,
}: {
  hit: SearchHit;
  canAttach: boolean;
  onOpen: (hit: SearchHit) => void;
  onAttach: (hit: SearchHit) => void;
  onPlay?: ((hit: LocalHit) => void) | undefined;
  canPlay?: ((hit: LocalHit) => boolean) | undefined;
  showSource?: boolean;
}) {
  const local = isLocalHit(hit) ? hit : null;
  return (
    <li className="hit-item">
      <div className="hit-meta">
        {showSource && <span className="hit-source">{hit.sourceTitle}</span>}
        {hit.pinpoint && <span className="pinpoint-chip">{hit.pinpoint}</span>}
        {hit.speaker && <span className="hit-speaker">{displayLabel(hit.speaker)}</span>}
        {hit.date && <span className="hit-date">{hit.date}</span>}
        <span className={`library-chip library-${hit.library}`}>{libraryLabel(hit.library)}</span>
      </div>
      <p className="hit-text">
        <HighlightedText text={hit.text} ranges={hit.highlights} />
      </p>
      {
        <div className="hit-actions">
          {local && onPlay && canPlay?.(local) && (
            <button type="button" className="button button-small" onClick={() => onPlay(local)}>
              <span aria-hidden="true">▶ </span>Play from {local.pinpoint}
            </button>
          )}
          <button type="button" className="button button-small" onClick={() => onOpen(hit)}>
            Open at passage
          </button>
          <button
            type="button"
            className="button button-small"
            aria-disabled={!canAttach}
            title={canAttach ? undefined : 'Select a claim in the draft first'}
            onClick={() => onAttach(hit)}
          >
            Attach...
          </button>
        </div>
      }
    </li>
  );
}

function Group({ group, ...rest }: { group: HitGroup } & Omit<SearchResultsProps, 'hits'>) {
  return (
    <li className="hit-group">
      <h3 className="hit-group-title">
        <span>{group.sourceTitle}</span>
        <span className="hit-group-type">{SOURCE_TYPE_LABELS[group.sourceType]}</span>
      </h3>
      <ol className="hit-list" aria-label={`Passages from ${group.sourceTitle}`}>
        {group.hits.map((hit) => (
          <HitItem key={hit.passageId} hit={hit} {...rest} />
        ))}
      </ol>
    </li>
  );
}

/** A list labelled "Search results", one item per source. */
export function SearchResults({ hits, ...rest }: SearchResultsProps) {
  const groups = groupHits(hits);
  return (
    <ol className="hit-groups" aria-label="Search results">
      {groups.map((group) => (
        <Group key={group.key} group={group} {...rest} />
      ))}
    </ol>
  );
}
