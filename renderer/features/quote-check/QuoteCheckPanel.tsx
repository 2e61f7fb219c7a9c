// The Quote check region: a summary line, filters (all, needs attention, fine) and order, a legend for the diff, then
// every direct quote of the draft with its verdict, speaker check, source, diff, context and actions.
import { useEffect, useMemo, useRef } from 'react';
import type { CheckedQuote, ProjectView } from '../../../shared/api/views';
import type { Claim } from '../../../shared/model/claim';
import { claimNumbers as numberClaims } from '../../../shared/model/claim-order';
import { useApi } from '../../app/ApiProvider';
import { QuoteCheckRow } from './QuoteCheckRow';
import { useLibraryContext } from '../sources/library-context';
import { hasRecording, isTimecode } from '../sources/recording-player-state';
import { SpeakerCounts } from './SpeakerCounts';
import { claimOfQuote, isAttached, useQuoteActions } from './use-quote-actions';
import type { QuoteActionHost } from './use-quote-actions';
import type { QuoteCheck } from './use-quote-check';
import { filterQuotes, quoteKey, sortQuotes, verdictsText } from './quote-check-state';
import type { QuoteFilter } from './quote-check-state';

export interface QuoteCheckPanelProps {
  view: ProjectView;
  check: QuoteCheck;
  /** Claims in draft order, for the claim numbers the Claims list shows. */
  ordered: readonly Claim[];
  /** The claim selected in the draft: its quote is marked and scrolled into view. */
  selectedClaimId: string | null;
  host: QuoteActionHost;
}

const FILTERS: { id: QuoteFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'attention', label: 'Needs attention' },
  { id: 'fine', label: 'Fine' },
];

/** A region named "Quote check". */
export function QuoteCheckPanel({ view, check, ordered, selectedClaimId, host }: QuoteCheckPanelProps) {
  const api = useApi();
  const actions = useQuoteActions(api, view, host);
  const library = useLibraryContext();
  const playable = (row: CheckedQuote): boolean =>
    row.source !== null &&
    library !== null &&
    hasRecording(library.sources, row.source.library, row.source.sourceId) &&
    isTimecode(row.source.pinpoint);
  const play = (row: CheckedQuote) =>
    row.source && library?.actions.openViewer(row.source.library, row.source.sourceId, row.source.passageId, true);
  const rows = useMemo(() => sortQuotes(check.rows ?? [], 'draft'), [check.rows]);
  const numbers = useMemo(() => new Map(rows.map((row, i) => [quoteKey(row), i + 1])), [rows]);
  const claimNumbers = useMemo(() => numberClaims(ordered), [ordered]);
  const shown = useMemo(
    () => sortQuotes(filterQuotes(rows, check.filter), check.sort),
    [rows, check.filter, check.sort],
  );
  const { summary } = check;
  const counts: Record<QuoteFilter, number> = { all: summary.total, attention: summary.attention, fine: summary.fine };
  const first = check.rows === null;
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!selectedClaimId) return;
    listRef.current?.querySelector('.qc-item.is-selected')?.scrollIntoView({ block: 'nearest' });
  }, [selectedClaimId, shown]);

  return (
    <section className="claims-pane-body quote-check" aria-label="Quote check" aria-busy={check.checking}>
      <div className="qc-top">
        <div className="qc-summary-row">
          <p className="qc-summary" role="status" aria-label="Quote check summary">
            {first ? 'Checking the quotes against the sources…' : verdictsText(summary)}
          </p>
          {check.checking && (
            <span className="qc-spinner" role="progressbar" aria-label="Checking quotes">
              <span className="qc-spinner-ring" aria-hidden="true" />
            </span>
          )}
        </div>
        {!first && summary.total > 0 && <SpeakerCounts counts={summary.speakers} />}
        {check.error && (
          <div role="alert" className="qc-error">
            <span>{check.error}</span>
            <button type="button" className="button button-small" onClick={check.rerun}>
              Check again
            </button>
          </div>
        )}
        <div className="qc-tools">
          <div className="qc-filters" role="group" aria-label="Show quotes">
            {FILTERS.map((f) => (
              <button
                key={f.id}
                type="button"
                className={`qc-filter${check.filter === f.id ? ' is-active' : ''}`}
                aria-pressed={check.filter === f.id}
                onClick={() => check.setFilter(f.id)}
              >
                {f.label}
                <span className="count-badge">{counts[f.id]}</span>
              </button>
            ))}
          </div>
          <label className="qc-sort">
            <span>Order</span>
            <select
              className="select"
              value={check.sort}
              onChange={(e) => check.setSort(e.target.value === 'severity' ? 'severity' : 'draft')}
            >
              <option value="draft">Draft order</option>
              <option value="severity">Most serious first</option>
            </select>
          </label>
        </div>
      </div>
      <div className="claims-scroll">
        {shown.length === 0 ? (
          <div className="empty-state claims-empty">
            <p className="empty-title">{emptyTitle(first, summary.total, check.filter)}</p>
            {!first && <p>{emptyText(summary.total, check.filter)}</p>}
          </div>
        ) : (
          <>
            <p className="qc-legend" aria-hidden="true">
              <span>
                <del className="diff-delete">struck</del> only in the source
              </span>
              <span>
                <ins className="diff-insert">underlined</ins> only in the quote
              </span>
              <span>
                <span className="qc-elided">… greyed …</span> left out
              </span>
              <span>
                <span className="qc-bracket">[boxed]</span> inserted
              </span>
            </p>
            <ol ref={listRef} className="pane-list qc-list" aria-label="Quotes">
              {shown.map((row) => {
                const claim = claimOfQuote(row, view.claims);
                const key = quoteKey(row);
                return (
                  <QuoteCheckRow
                    key={key}
                    row={row}
                    number={numbers.get(key) ?? 0}
                    claim={claim}
                    claimNumber={claim ? (claimNumbers.get(claim.id) ?? null) : null}
                    selected={claim !== null && claim.id === selectedClaimId}
                    attached={isAttached(row, claim)}
                    statuses={view.statuses}
                    readOnly={view.readOnly}
                    busy={actions.busyKey === key}
                    onAttach={actions.attach}
                    onStatus={actions.setStatus}
                    onShow={actions.showInDraft}
                    onPlay={playable(row) ? play : undefined}
                    fromNewsroom={Boolean(
                      row.source &&
                      library?.sources.find((s) => s.id === row.source?.sourceId && s.library === row.source.library)
                        ?.fromNewsroom,
                    )}
                  />
                );
              })}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}

function emptyTitle(first: boolean, total: number, filter: QuoteFilter): string {
  if (first) return 'Checking the quotes…';
  if (total === 0) return 'No direct quotes in this draft';
  return filter === 'attention' ? 'Nothing needs attention' : 'No quote is fine yet';
}

function emptyText(total: number, filter: QuoteFilter): string {
  if (total === 0) {
    return 'Words inside quotation marks are checked here against the sources in this project and your personal library.';
  }
  return filter === 'attention'
    ? 'Every quote matches its source word for word (or in all but punctuation), and every speaker matches.'
    : 'Every quote needs attention: its words differ from the source, it was not found, or its speaker is wrong or unknown.';
}
