// The Sources tab of the side pane: the claim that attachments go to, a search box that queries on every keystroke,
// filters, and either the grouped results or the source list of both libraries with Add source.
import { useMemo, useState } from 'react';
import { hitTarget } from './use-library';
import type { Claim } from '../../../shared/model/claim';
import { Icon } from '../../components/Icon';
import { excerpt } from '../claims/claims-format';
import { useLibraryContext } from './library-context';
import { countFilters, isLocalHit, isSearching } from './library-state';
import { SearchFiltersBar } from './SearchFiltersBar';
import { SearchResults } from './SearchResults';
import { SourceList } from './SourceList';
import { hasRecording, isTimecode } from './recording-player-state';
import { displayLabel } from '../../../shared/people';

/** The id of the search box, so "Search the library" can focus it. */
export const LIBRARY_SEARCH_ID = 'library-search';

export interface SourcesPanelProps {
  selectedClaim: { claim: Claim; number: number } | null;
  readOnly: boolean;
}

/** A region named "Library". */
export function SourcesPanel({ selectedClaim, readOnly }: SourcesPanelProps) {
  const library = useLibraryContext();
  const [showFilters, setShowFilters] = useState(false);
  const sources = library?.sources;
  const speakers = useMemo(
    () => [...new Set((sources ?? []).flatMap((s) => s.speakers.map(displayLabel)))].sort(),
    [sources],
  );
  const tags = useMemo(() => [...new Set((sources ?? []).flatMap((s) => s.tags))].sort(), [sources]);
  if (!library) return null;
  const { query, form, search, actions } = library;
  const searching = isSearching(query, form);
  const filters = countFilters(form);
  const groups = new Set(search.hits.map((h) => `${h.library}:${h.sourceId}`)).size;

  return (
    <section className="library-pane" aria-label="Library">
      <div className={`library-claim${selectedClaim ? '' : ' is-empty'}`} aria-live="polite">
        {selectedClaim ? (
          <>
            <span className="library-claim-label">Attaching to claim {selectedClaim.number}</span>
            <span className="library-claim-text">{excerpt(selectedClaim.claim.anchor.exact, 120)}</span>
          </>
        ) : (
          <span>Select a claim in the draft to attach passages to it.</span>
        )}
      </div>
      <div className="library-search">
        <input
          id={LIBRARY_SEARCH_ID}
          type="search"
          aria-label="Search the library"
          placeholder="Search quotes, typos are fine"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => library.setSearch(e.target.value, form)}
        />
        <button
          type="button"
          className={`button button-small${filters > 0 ? ' is-on' : ''}`}
          aria-expanded={showFilters}
          onClick={() => setShowFilters((v) => !v)}
        >
          Filters{filters > 0 ? ` (${filters})` : ''}
        </button>
      </div>
      {search.newsroom?.status === 'offline' && (
        <p className="newsroom-status" role="status" title={search.newsroom.message ?? undefined}>
          <span className="newsroom-status-dot" aria-hidden="true" />
          Newsroom library offline
          <span className="visually-hidden">: {search.newsroom.message}</span>
        </p>
      )}
      {showFilters && (
        <SearchFiltersBar
          form={form}
          speakers={speakers}
          tags={tags}
          onChange={(next) => library.setSearch(query, next)}
        />
      )}
      <div className="library-scroll">
        {searching ? (
          <>
            <p className="library-count" role="status" aria-label="Search summary">
              {search.mode === 'loading'
                ? 'Loading the search index...'
                : search.hits.length === 0
                  ? 'No passages match. Try fewer words or other filters.'
                  : `${search.hits.length} ${search.hits.length === 1 ? 'passage' : 'passages'} in ${groups} ${groups === 1 ? 'source' : 'sources'}`}
            </p>
            {search.problem && <p className="field-help">{search.problem}</p>}
            <SearchResults
              hits={search.hits}
              canAttach={Boolean(selectedClaim) && !readOnly}
              onOpen={(hit) =>
                isLocalHit(hit)
                  ? actions.openViewer(hit.library, hit.sourceId, hit.passageId)
                  : actions.openNewsroom(hit)
              }
              onAttach={(hit) => actions.openAttach(hitTarget(hit))}
              canPlay={(hit) => hasRecording(library.sources, hit.library, hit.sourceId) && isTimecode(hit.pinpoint)}
              onPlay={(hit) => actions.openViewer(hit.library, hit.sourceId, hit.passageId, true)}
            />
          </>
        ) : library.loaded && library.sources.length === 0 ? (
          <div className="empty-state">
            <p className="empty-title">No sources yet</p>
            <p>
              Add interview transcripts (TXT with speaker labels, SRT, VTT), documents (PDF, DOCX, HTML, Markdown) and
              quote lists (CSV, TSV, JSON). Their passages become searchable here and can be attached to claims.
            </p>
            <button
              type="button"
              className="button button-primary"
              data-focus-key="add-source"
              onClick={() => actions.openAdd()}
            >
              <Icon name="plus" />
              Add source...
            </button>
          </div>
        ) : (
          <>
            <div className="library-list-head">
              <button
                type="button"
                className="button button-small"
                data-focus-key="add-source"
                onClick={() => actions.openAdd()}
              >
                <Icon name="plus" />
                Add source...
              </button>
              <span className="field-help">Or drop a file here while this tab is open.</span>
            </div>
            <SourceList
              sources={library.sources}
              readOnly={readOnly}
              onOpen={(s) => actions.openViewer(s.library, s.id, null)}
              onEdit={actions.openEdit}
              onRemove={(s) => void actions.removeSource(s)}
            />
          </>
        )}
      </div>
    </section>
  );
}
