// Runs the quote check for the open project and keeps it current: again when the draft or its quote claims change
// (the view from 'projectChanged' and Api replies) and when the sources change ('libraryChanged'), debounced, with
// replies of superseded runs dropped. Also holds the list's filter and order, so they survive switching tabs.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ProjectView, CheckedQuote } from '../../../shared/api/views';
import { useApi, useApiEvent } from '../../app/ApiProvider';
import { alteredQuotes, checkReducer, checkTrigger, initialCheckState, summarize } from './quote-check-state';
import type { QuoteFilter, QuoteFinding, QuoteSort, QuoteSummary } from './quote-check-state';

/** How long the check waits after a change before it runs, so a burst of edits costs one check. */
export const RECHECK_DELAY_MS = 350;

export interface QuoteCheck {
  /** The checked quotes in draft order; null before the first check of this project finished. */
  rows: CheckedQuote[] | null;
  summary: QuoteSummary;
  checking: boolean;
  /** The last check's error sentence, or null. */
  error: string | null;
  filter: QuoteFilter;
  sort: QuoteSort;
  setFilter(filter: QuoteFilter): void;
  setSort(sort: QuoteSort): void;
  /** Checks again now. */
  rerun(): void;
}

/**
 * The quote check of `view`'s project. With `enabled` false nothing runs (the last rows stay). The publish gate can
 * call this too and pass `quoteFindings(check.rows)` as its alteredQuotes.
 */
export function useQuoteCheck(view: ProjectView | null, enabled = true): QuoteCheck {
  const api = useApi();
  const [state, dispatch] = useReducer(checkReducer, initialCheckState);
  const [filter, setFilter] = useState<QuoteFilter>('all');
  const [sort, setSort] = useState<QuoteSort>('draft');
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [manual, setManual] = useState(0);
  const seq = useRef(0);
  const ranOnce = useRef(false);
  const projectId = view?.projectId ?? null;
  const trigger = checkTrigger(view);

  useApiEvent('libraryChanged', (event) => {
    if (event.projectId === projectId) setLibraryVersion((n) => n + 1);
  });

  // Another project: forget this one's rows, and check the new one at once.
  useEffect(() => {
    ranOnce.current = false;
    seq.current += 1;
    dispatch({ type: 'reset', seq: seq.current });
  }, [projectId]);

  useEffect(() => {
    if (!enabled || !projectId) return;
    if (trigger === '') {
      // No draft, no quotes: nothing to ask the main side.
      const run = ++seq.current;
      dispatch({ type: 'start', seq: run });
      dispatch({ type: 'done', seq: run, rows: [] });
      return;
    }
    const delay = ranOnce.current ? RECHECK_DELAY_MS : 0;
    const timer = window.setTimeout(() => {
      ranOnce.current = true;
      const run = ++seq.current;
      dispatch({ type: 'start', seq: run });
      void api.checkQuotes({ projectId }).then((result) => {
        if (result.ok) dispatch({ type: 'done', seq: run, rows: result.value });
        else dispatch({ type: 'failed', seq: run, message: result.error.message });
      });
    }, delay);
    return () => window.clearTimeout(timer);
  }, [api, enabled, projectId, trigger, libraryVersion, manual]);

  const rerun = useCallback(() => setManual((n) => n + 1), []);
  const rows = state.rows;
  const summary = useMemo(() => summarize(rows ?? []), [rows]);
  return { rows, summary, checking: state.checking, error: state.error, filter, sort, setFilter, setSort, rerun };
}

/** The quotes marked as claims that need attention, for the publish gate; empty until the check has run. */
export function quoteFindings(rows: readonly CheckedQuote[] | null): QuoteFinding[] {
  return rows ? alteredQuotes(rows) : [];
}
