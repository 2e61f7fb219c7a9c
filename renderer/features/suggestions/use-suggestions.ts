// Loads the current draft's suggestions (again after every change to the draft or its claims), accepts or dismisses
// them by key, and keeps the share of sentences the list covers (a preference, remembered across projects).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { ProjectView, SuggestionView } from '../../../shared/api/views';
import { DEFAULT_SHARE, rankAndCap, type CappedSuggestions } from '../../../shared/detect/checkworthy/cap';

export interface SuggestionsState {
  /** The suggestions the reporter sees: most check-worthy first, within the share of sentences. */
  list: SuggestionView[];
  /** The same list with what the share left out (counts of suggestions and sentences). */
  coverage: CappedSuggestions<SuggestionView>;
  loading: boolean;
  /** Share of the draft's sentences the list covers (0.01 to 1), or null for every suggestion. */
  share: number | null;
  /** Changes the share and saves it in the preferences. */
  setShare(share: number | null): Promise<void>;
  accept(keys: string[]): Promise<ProjectView | null>;
  dismiss(keys: string[]): Promise<ProjectView | null>;
}

const NONE: SuggestionView[] = [];

/** What decides whether suggestions must be fetched again: the draft version and where the claims are. */
export function suggestionsRefreshKey(view: ProjectView): string {
  const draft = view.currentDraft;
  if (!draft) return '';
  const placed = view.claims
    .filter((c) => c.anchor.state !== 'orphaned')
    .map((c) => `${c.anchor.start}:${c.anchor.end}`);
  return `${view.projectId}|${draft.id}|${placed.join(',')}`;
}

/** Suggestions of the open project's current draft; `onError` receives failure sentences. */
export function useSuggestions(api: Api, view: ProjectView, onError: (message: string) => void): SuggestionsState {
  const [list, setList] = useState<SuggestionView[]>([]);
  const [loading, setLoading] = useState(false);
  const [share, setShareState] = useState<number | null>(DEFAULT_SHARE);
  const key = suggestionsRefreshKey(view);
  const projectId = view.projectId;

  useEffect(() => {
    if (!key) return;
    let live = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- shows the loading state while the reply is awaited
    setLoading(true);
    void api.getSuggestions({ projectId }).then((result) => {
      if (!live) return;
      setLoading(false);
      if (result.ok) setList(result.value);
      else onError(result.error.message);
    });
    return () => {
      live = false;
    };
    // onError is a stable dispatcher in practice; leaving it out keeps a new function from refetching.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, projectId, key]);

  useEffect(() => {
    let live = true;
    void api.getAppInfo({}).then((result) => {
      if (live && result.ok) setShareState(result.value.suggestionShare);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const setShare = useCallback(
    async (next: number | null) => {
      setShareState(next);
      const result = await api.updatePreferences({ suggestionShare: next });
      if (!result.ok) onError(result.error.message);
    },
    [api, onError],
  );

  // Accepted keys become claims and dismissed keys stay dismissed on the main side, so either way the list without
  // them is the list it would send.
  const decide = useCallback(
    async (method: 'acceptSuggestions' | 'dismissSuggestions', keys: string[]) => {
      if (keys.length === 0) return null;
      const result = await api[method]({ projectId, keys });
      if (!result.ok) {
        onError(result.error.message);
        return null;
      }
      setList((current) => current.filter((s) => !keys.includes(s.key)));
      return result.value;
    },
    [api, projectId, onError],
  );
  const accept = useCallback((keys: string[]) => decide('acceptSuggestions', keys), [decide]);
  const dismiss = useCallback((keys: string[]) => decide('dismissSuggestions', keys), [decide]);

  const text = view.currentDraft?.text ?? '';
  const open = key ? list : NONE;
  const coverage = useMemo(() => rankAndCap(text, open, share), [text, open, share]);
  return { list: coverage.shown, coverage, loading, share, setShare, accept, dismiss };
}
