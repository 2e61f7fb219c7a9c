// The Suggestions region: check-worthy spans the draft holds that are not claims yet, most check-worthy first, by
// default those in the top 15% of the draft's sentences ("Sentences" changes that), filterable by kind. On a focused
// suggestion A or Enter accepts it and D or Delete dismisses it; "Accept all <kind>" takes a whole kind at once.
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { SuggestionView } from '../../../shared/api/views';
import type { CappedSuggestions } from '../../../shared/detect/checkworthy/cap';
import { scoreLevel } from '../../../shared/detect/checkworthy/level';
import { CLAIM_KIND_LABELS } from '../../../shared/model/claim';
import { excerpt } from '../claims/claims-format';
import {
  KIND_PLURALS,
  coverageSentence,
  filterSuggestions,
  shareChoices,
  focusAfterRemoval,
  kindCounts,
  moveFocus,
  suggestionKeyAction,
} from './suggestions-state';
import type { KindFilter } from './suggestions-state';
import { displayLabel } from '../../../shared/people';

export interface SuggestionsPanelProps {
  /** The suggestions within the share, most check-worthy first, with what the share left out. */
  coverage: CappedSuggestions<SuggestionView>;
  /** Share of the draft's sentences the list covers, or null for every suggestion. */
  share: number | null;
  onShareChange: (share: number | null) => void;
  loading: boolean;
  readOnly: boolean;
  onAccept: (keys: string[]) => Promise<void>;
  onDismiss: (keys: string[]) => Promise<void>;
}

/** A region named "Suggestions". */
export function SuggestionsPanel(props: SuggestionsPanelProps) {
  const { coverage, share, onShareChange, loading, readOnly, onAccept, onDismiss } = props;
  const [kind, setKind] = useState<KindFilter>('all');
  const [focused, setFocused] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const wantFocus = useRef(false);
  const counts = kindCounts(coverage.shown);
  const shownKind = kind !== 'all' && !counts.some((c) => c.kind === kind) ? 'all' : kind;
  const list = filterSuggestions(coverage.shown, shownKind);
  const choices = shareChoices(share);
  const active = list.some((s) => s.key === focused) ? focused : (list[0]?.key ?? null);

  useEffect(() => {
    if (!wantFocus.current || !active) return;
    wantFocus.current = false;
    listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(active)}"]`)?.focus();
  }, [active, list.length]);

  async function act(what: 'accept' | 'dismiss', keys: string[], keepFocus: boolean) {
    if (busy || readOnly || keys.length === 0) return;
    setBusy(true);
    const next = focusAfterRemoval(list, keys);
    await (what === 'accept' ? onAccept(keys) : onDismiss(keys));
    setBusy(false);
    setFocused(next);
    wantFocus.current = keepFocus;
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, suggestion: SuggestionView) {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const action = suggestionKeyAction(event.key);
    if (!action) return;
    event.preventDefault();
    // Keep the window's own single-key shortcuts (J, K) from acting on the draft as well.
    event.stopPropagation();
    if (action === 'accept' || action === 'dismiss') {
      void act(action, [suggestion.key], true);
      return;
    }
    const by = action === 'next' ? 1 : action === 'previous' ? -1 : action === 'first' ? -list.length : list.length;
    const key = moveFocus(list, suggestion.key, by);
    setFocused(key);
    wantFocus.current = true;
  }

  return (
    <section className="claims-pane-body suggestions" aria-label="Suggestions">
      <div className="suggestions-tools">
        <span className="suggestions-control">
          <label htmlFor="suggestion-kind" className="suggestions-filter-label">
            Show
          </label>
          <select
            id="suggestion-kind"
            className="select"
            value={shownKind}
            onChange={(e) => setKind(e.target.value as KindFilter)}
          >
            <option value="all">All kinds ({coverage.shown.length})</option>
            {counts.map((c) => (
              <option key={c.kind} value={c.kind}>
                {CLAIM_KIND_LABELS[c.kind]} ({c.count})
              </option>
            ))}
          </select>
        </span>
        {shownKind !== 'all' && list.length > 0 && !readOnly && (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() =>
              void act(
                'accept',
                list.map((s) => s.key),
                false,
              )
            }
          >
            Accept all {KIND_PLURALS[shownKind]}
          </button>
        )}
        <span className="suggestions-control">
          <label htmlFor="suggestion-share" className="suggestions-filter-label">
            Sentences
          </label>
          <select
            id="suggestion-share"
            className="select"
            value={String(choices.findIndex((c) => c.share === share))}
            onChange={(e) => onShareChange(choices[Number(e.target.value)]?.share ?? null)}
          >
            {choices.map((c, i) => (
              <option key={c.label} value={String(i)}>
                {c.label}
              </option>
            ))}
          </select>
        </span>
      </div>
      {coverage.shown.length > 0 && (
        <p className="suggestions-help" role="status">
          {coverageSentence(coverage, share)} High, Medium and Low say how much a sentence looks like those
          fact-checkers choose to check.
        </p>
      )}
      <p className="suggestions-help">
        {readOnly
          ? 'Read-only: suggestions cannot be accepted or dismissed.'
          : 'On a suggestion, A or Enter makes it a claim; D or Delete dismisses it for good.'}
      </p>
      <div className="claims-scroll">
        {list.length === 0 ? (
          <div className="empty-state claims-empty">
            <p className="empty-title">{loading ? 'Looking for check-worthy statements...' : 'No suggestions'}</p>
            {!loading && (
              <p>
                Every quote, number, date, attribution, prediction and superlative Factdesk found in this draft is
                already a claim or was dismissed.
              </p>
            )}
          </div>
        ) : (
          <ul ref={listRef} className="pane-list suggestion-list" aria-label="Suggested claims">
            {list.map((s) => (
              <li
                key={s.key}
                data-key={s.key}
                className="pane-card suggestion-item"
                tabIndex={s.key === active ? 0 : -1}
                aria-label={`${CLAIM_KIND_LABELS[s.kind]}, ${scoreLevel(s.score).toLowerCase()} check-worthiness (score ${s.score.toFixed(2)} of 1): ${excerpt(s.text, 120)}`}
                aria-describedby={`reason-${s.start}-${s.end}`}
                onKeyDown={(e) => onKeyDown(e, s)}
                onFocus={() => setFocused(s.key)}
              >
                <div className="suggestion-head">
                  <span className={`kind-chip kind-${s.kind}`}>{CLAIM_KIND_LABELS[s.kind]}</span>
                  <span
                    className={`score-chip score-${scoreLevel(s.score).toLowerCase()}`}
                    title={`Check-worthiness ${s.score.toFixed(2)} of 1: looks more worth checking than ${Math.round(s.score * 100)}% of the sentences fact-checkers chose`}
                  >
                    {scoreLevel(s.score)}
                    <span className="visually-hidden"> check-worthiness, score {s.score.toFixed(2)} of 1</span>
                  </span>
                  {s.speaker && <span className="suggestion-speaker">{displayLabel(s.speaker)}</span>}
                </div>
                <p className="suggestion-text">{excerpt(s.text, 240)}</p>
                <p id={`reason-${s.start}-${s.end}`} className="suggestion-reason">
                  {s.reason}
                </p>
                {!readOnly && (
                  <div className="suggestion-actions">
                    <button
                      type="button"
                      className="button button-small"
                      tabIndex={-1}
                      disabled={busy}
                      onClick={() => void act('accept', [s.key], false)}
                    >
                      Accept
                    </button>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      tabIndex={-1}
                      disabled={busy}
                      onClick={() => void act('dismiss', [s.key], false)}
                    >
                      Dismiss
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
