// The quote library for the open project: the source list (refreshed on 'libraryChanged'), search, which library
// dialog is open (add, edit details, the source viewer, attach), and the Api calls that edit sources and links.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { LibraryName, ProjectView, SearchHit, SourceView } from '../../../shared/api/views';
import type { LibraryHome } from '../../../shared/model/source';
import type { LinkRelation } from '../../../shared/model/claim';
import { useApiEvent } from '../../app/ApiProvider';
import { claimNumbers } from '../../../shared/model/claim-order';
import { EMPTY_FILTERS, isLocalHit } from './library-state';
import type { FilterForm, LocalHit } from './library-state';
import { useLibrarySearch } from './use-library-search';
import type { LibrarySearch } from './use-library-search';
import type { ManyFile } from './add-many';

/** The one file of a one-item list when the window holds its bytes (a dropped or chosen File). */
function firstFile(files: readonly ManyFile[]): File | null {
  const [first] = files;
  return first instanceof File ? first : null;
}

/** A passage (or a whole source) about to be attached to a claim; a newsroom passage is copied into the project. */
export interface AttachTarget {
  library: LibraryHome;
  sourceId: string;
  sourceTitle: string;
  passageId: string | null;
  pinpoint: string;
  text: string;
  /** Prefilled note (the selected words when attaching a selection from the source viewer). */
  note?: string;
}

/** The passage a search hit found, as something to attach. */
export function hitTarget(hit: SearchHit): AttachTarget {
  const { library, sourceId, sourceTitle, passageId, pinpoint, text } = hit;
  return { library, sourceId, sourceTitle, passageId, pinpoint, text };
}

export type LibraryDialog =
  | { kind: 'add'; file: File | null }
  | { kind: 'add-many'; files: ManyFile[] }
  | { kind: 'edit'; source: SourceView }
  | { kind: 'viewer'; library: LibraryName; sourceId: string; passageId: string | null; play?: boolean }
  /** A newsroom passage found by a search: read here, attached as a copy (its source lives on the server). */
  | { kind: 'newsroom'; hit: SearchHit };

export interface AttachInput {
  relation: LinkRelation;
  pinpoint: string;
  note: string;
}

export interface LibraryHost {
  view: ProjectView | null;
  selectedClaimId: string | null;
  applyView(view: ProjectView): void;
  fail(message: string): void;
  announce(message: string): void;
  hint(message: string | null): void;
}

export interface LibraryActions {
  refresh(): Promise<void>;
  /** Opens Add source, with a file to preview at once; several files are added one after another. */
  openAdd(file?: File | ManyFile[] | null): void;
  openEdit(source: SourceView): void;
  /** Opens the source viewer at a passage; with `play`, its recording plays from the passage's timecode. */
  openViewer(library: LibraryName, sourceId: string, passageId: string | null, play?: boolean): void;
  /** Shows a newsroom passage found by a search, with its source's details. */
  openNewsroom(hit: SearchHit): void;
  closeDialog(): void;
  /** Opens the attach form for the selected claim (a hint when no claim is selected). */
  openAttach(target: AttachTarget): void;
  closeAttach(): void;
  /** Attaches to the selected claim; resolves true when it was attached. */
  attach(target: AttachTarget, input: AttachInput): Promise<boolean>;
  updateLink(claimId: string, linkId: string, patch: Partial<AttachInput>): Promise<boolean>;
  detach(claimId: string, linkId: string): Promise<boolean>;
  updateSource(
    source: SourceView,
    meta: Partial<Pick<SourceView, 'title' | 'type' | 'speakers' | 'date' | 'url' | 'notes' | 'confidential' | 'tags'>>,
  ): Promise<string | null>;
  removeSource(source: SourceView): Promise<boolean>;
  suggest(claimId: string): Promise<LocalHit[] | string>;
  /** A source was added by the add dialog. */
  added(source: SourceView, view: ProjectView | null): void;
}

export interface Library {
  sources: SourceView[];
  loaded: boolean;
  dialog: LibraryDialog | null;
  attachTarget: AttachTarget | null;
  search: LibrarySearch;
  /** Bumped whenever the libraries change, so suggestions are asked again. */
  version: number;
  /** What is typed in the search box and set in the filters (kept while other panels are shown). */
  query: string;
  form: FilterForm;
  setSearch(query: string, form: FilterForm): void;
  actions: LibraryActions;
}

export const NO_CLAIM_HINT = 'Select a claim in the draft first, then attach the passage to it.';

/** The library of the open project (empty while no project is open). */
export function useLibrary(api: Api, host: LibraryHost): Library {
  const projectId = host.view?.projectId ?? null;
  const [sources, setSources] = useState<SourceView[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [dialog, setDialog] = useState<LibraryDialog | null>(null);
  const [attachTarget, setAttachTarget] = useState<AttachTarget | null>(null);
  const [version, setVersion] = useState(0);
  const search = useLibrarySearch(api, projectId);
  const [query, setQuery] = useState('');
  const [form, setForm] = useState<FilterForm>(EMPTY_FILTERS);
  const run = search.run;
  const setSearch = useCallback(
    (nextQuery: string, nextForm: FilterForm) => {
      setQuery(nextQuery);
      setForm(nextForm);
      run(nextQuery, nextForm);
    },
    [run],
  );
  const latest = useRef(host);
  useEffect(() => {
    latest.current = host;
  });

  const refresh = useCallback(async () => {
    if (!projectId) return;
    const result = await api.listSources({ projectId });
    if (latest.current.view?.projectId !== projectId) return;
    if (result.ok) {
      setSources(result.value.sources);
      setLoaded(true);
    } else latest.current.fail(result.error.message);
  }, [api, projectId]);

  // Another project: start from an empty library (state adjusted while rendering, not in an effect).
  const [shownFor, setShownFor] = useState(projectId);
  if (shownFor !== projectId) {
    setShownFor(projectId);
    setSources([]);
    setLoaded(false);
    setDialog(null);
    setAttachTarget(null);
    setQuery('');
    setForm(EMPTY_FILTERS);
  }

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the list is set when the reply arrives, not now
    void refresh();
  }, [refresh]);

  useApiEvent('libraryChanged', (event) => {
    if (event.projectId !== projectId) return;
    setVersion((v) => v + 1);
    void refresh();
  });

  const actions = useMemo<LibraryActions>(() => {
    const claimNumber = (claimId: string): number => {
      return claimNumbers(latest.current.view?.claims ?? []).get(claimId) ?? 0;
    };
    return {
      refresh,
      openAdd: (file = null) =>
        setDialog(
          Array.isArray(file) && file.length > 1
            ? { kind: 'add-many', files: file }
            : { kind: 'add', file: Array.isArray(file) ? firstFile(file) : file },
        ),
      openEdit: (source) => setDialog({ kind: 'edit', source }),
      openNewsroom: (hit) => setDialog({ kind: 'newsroom', hit }),
      openViewer: (library, sourceId, passageId, play) =>
        setDialog({ kind: 'viewer', library, sourceId, passageId, ...(play ? { play } : {}) }),
      closeDialog: () => setDialog(null),
      openAttach(target) {
        if (!latest.current.selectedClaimId) {
          latest.current.hint(NO_CLAIM_HINT);
          latest.current.announce(NO_CLAIM_HINT);
          return;
        }
        setAttachTarget(target);
      },
      closeAttach: () => setAttachTarget(null),
      async attach(target, input) {
        const claimId = latest.current.selectedClaimId;
        if (!projectId || !claimId) return false;
        const common = { projectId, claimId, relation: input.relation, pinpoint: input.pinpoint.trim() };
        const result =
          target.library === 'newsroom'
            ? await api.attachNewsroomPassage({ ...common, passageId: target.passageId ?? '', note: input.note.trim() })
            : await api.attachSource({
                ...common,
                library: target.library,
                sourceId: target.sourceId,
                passageId: target.passageId,
                note: input.note.trim(),
              });
        if (!result.ok) {
          latest.current.fail(result.error.message);
          return false;
        }
        latest.current.applyView(result.value);
        latest.current.announce(`Attached to claim ${claimNumber(claimId)} as ${input.relation}.`);
        setAttachTarget(null);
        return true;
      },
      async updateLink(claimId, linkId, patch) {
        if (!projectId) return false;
        const result = await api.updateLink({ projectId, claimId, linkId, patch });
        if (!result.ok) {
          latest.current.fail(result.error.message);
          return false;
        }
        latest.current.applyView(result.value);
        return true;
      },
      async detach(claimId, linkId) {
        if (!projectId) return false;
        const result = await api.detachSource({ projectId, claimId, linkId });
        if (!result.ok) {
          latest.current.fail(result.error.message);
          return false;
        }
        latest.current.applyView(result.value);
        latest.current.announce(`Source unlinked from claim ${claimNumber(claimId)}.`);
        return true;
      },
      async updateSource(source, meta) {
        if (!projectId) return null;
        const result = await api.updateSource({ projectId, library: source.library, sourceId: source.id, meta });
        if (!result.ok) return result.error.message;
        setSources((list) => list.map((s) => (s.id === source.id && s.library === source.library ? result.value : s)));
        return null;
      },
      async removeSource(source) {
        if (!projectId) return false;
        const result = await api.removeSource({ projectId, library: source.library, sourceId: source.id });
        if (!result.ok) {
          latest.current.fail(result.error.message);
          return false;
        }
        setSources(result.value.sources);
        latest.current.announce(`Removed ${source.title}.`);
        return true;
      },
      async suggest(claimId) {
        if (!projectId) return [];
        const result = await api.suggestSources({ projectId, claimId, limit: 5 });
        return result.ok ? result.value.filter(isLocalHit) : result.error.message;
      },
      added(source, view) {
        if (view) latest.current.applyView(view);
        setSources((list) => [...list.filter((s) => !(s.id === source.id && s.library === source.library)), source]);
        // Adding several files keeps their dialog open until the last one is done and the user closes it.
        setDialog((d) => (d?.kind === 'add-many' ? d : null));
        const where = source.library === 'project' ? 'this project' : 'your personal library';
        latest.current.announce(`Added ${source.title} to ${where}: ${source.passageCount} passages.`);
      },
    };
  }, [api, projectId, refresh]);

  return { sources, loaded, dialog, attachTarget, search, version, query, form, setSearch, actions };
}
