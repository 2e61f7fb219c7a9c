// The project screen: header, banners and import status, then either the draft input or the Draft region beside the
// side pane (Claims, Suggestions, Draft versions, Orphans).
import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { ProjectView as View } from '../../../shared/api/views';
import { claimNumbers, claimsInDraftOrder } from '../../../shared/model/claim-order';
import { findStatus } from '../../../shared/model/status';
import { useApi } from '../../app/ApiProvider';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { DraftInput } from '../draft/DraftInput';
import { DraftPanel } from '../draft/DraftPanel';
import type { ClaimSpan } from '../draft/draft-segments';
import { ImportStatus } from '../import/ImportStatus';
import { useLibraryContext } from '../sources/library-context';
import { listedSources, sourceOfLink } from '../sources/library-state';
import { LibraryPanel } from '../sources/LibraryPanel';
import { QuoteCheckButton } from '../quote-check/QuoteCheckButton';
import { QuoteCheckPanel } from '../quote-check/QuoteCheckPanel';
import { useQuoteCheck } from '../quote-check/use-quote-check';
import type { ImportState } from '../import/import-state';
import { StatusQuestionDialog } from '../statuses/StatusQuestionDialog';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel';
import { useSuggestions } from '../suggestions/use-suggestions';
import { VersionsPanel } from '../versions/VersionsPanel';
import { ProjectBanners } from './ProjectBanners';
import { ProjectHeader } from './ProjectHeader';
import { SidePane } from './SidePane';
import { visibleNotices } from './project-state';
import type { ProjectState } from './project-state';
import type { ProjectActions } from './use-project';

export interface ProjectScreenProps {
  state: ProjectState & { view: View };
  actions: ProjectActions;
  canShowInFolder: boolean;
  keys: { palette: string; paletteAria?: string; mark: string; markAria?: string; importKeys: string };
  draftRootRef: (element: HTMLElement | null) => void;
  importState: ImportState;
  dropActive: boolean;
  /** A drop adds a source (the Sources tab is open) rather than a draft version. */
  dropsSource?: boolean;
  onDismissImport: () => void;
  onImportFile: () => void;
  onPaste: (text: string, html?: string) => Promise<boolean>;
  onMark: () => void;
  onReattach: (claimId: string) => void;
  onEditPeople: () => void;
  onCompare: (fromId: string, toId: string) => void;
  onPalette: () => void;
  onClose: () => void;
  /** The editor's desk: extra header facts, the workspace strip, and a workspace drawn instead of the draft. */
  headerMeta?: ReactNode;
  deskBar?: ReactNode;
  workspace?: ReactNode;
  /** Shows the Quote check tab (from the header button); by default it only switches the side pane. */
  onQuoteCheck?: () => void;
}

/** Everything shown while a project is open. */
export function ProjectScreen(props: ProjectScreenProps) {
  const { state, actions, keys } = props;
  const { view } = state;
  const api = useApi();
  const fail = actions.fail;
  const suggestions = useSuggestions(api, view, fail);
  const quoteCheck = useQuoteCheck(view);
  const library = useLibraryContext();
  const librarySources = library?.sources;
  const sourceCount = useMemo(() => {
    const listed = listedSources(librarySources ?? []);
    return listed.project.length + listed.personal.length;
  }, [librarySources]);
  const [underline, setUnderline] = useState(false);
  const ordered = useMemo(() => claimsInDraftOrder(view.claims), [view.claims]);
  const numbers = useMemo(() => claimNumbers(ordered), [ordered]);
  const orphans = useMemo(() => ordered.filter((c) => c.anchor.state === 'orphaned'), [ordered]);
  const draft = view.currentDraft;
  const spans = useMemo<ClaimSpan[]>(
    () =>
      ordered
        .filter((c) => c.anchor.state !== 'orphaned' && (!draft || c.anchor.draftId === draft.id))
        .map((c) => {
          const status = findStatus(view.statuses, c.status);
          const first = c.links[0];
          const firstTitle = first ? (sourceOfLink(first, librarySources ?? [])?.title ?? 'a removed source') : '';
          const sourcesText = first
            ? ` · ${c.links.length} ${c.links.length === 1 ? 'source' : 'sources'}: ${firstTitle}${c.links.length > 1 ? ' and more' : ''}`
            : '';
          return {
            id: c.id,
            start: c.anchor.start,
            end: c.anchor.end,
            status: c.status,
            color: status.color,
            sources: c.links.length,
            title: `Claim ${numbers.get(c.id) ?? ''}: ${status.label}${c.assignee ? ` · ${c.assignee}` : ''}${sourcesText}`,
          };
        }),
    [ordered, draft, view.statuses, numbers, librarySources],
  );
  const { accept: acceptKeys, dismiss: dismissKeys } = suggestions;
  const { applyView, announce } = actions;
  const onAccept = useCallback(
    async (keysToAccept: string[]) => {
      const next = await acceptKeys(keysToAccept);
      if (!next) return;
      applyView(next);
      announce(
        keysToAccept.length === 1
          ? 'Suggestion accepted as a claim.'
          : `${keysToAccept.length} suggestions accepted as claims.`,
      );
    },
    [acceptKeys, applyView, announce],
  );
  const onDismiss = useCallback(
    async (keysToDismiss: string[]) => {
      const next = await dismissKeys(keysToDismiss);
      if (!next) return;
      applyView(next);
      announce(keysToDismiss.length === 1 ? 'Suggestion dismissed.' : `${keysToDismiss.length} suggestions dismissed.`);
    },
    [dismissKeys, applyView, announce],
  );
  const updateClaim = actions.updateClaim;
  const deleteClaim = actions.deleteClaim;
  const onUpdate = useCallback(
    (id: string, patch: Parameters<typeof updateClaim>[1]) => void updateClaim(id, patch),
    [updateClaim],
  );
  const onDelete = useCallback((id: string) => void deleteClaim(id), [deleteClaim]);

  const claimsProps = {
    numbers,
    statuses: view.statuses,
    people: view.people,
    selectedClaimId: state.selectedClaimId,
    readOnly: view.readOnly,
    onSelect: actions.selectClaim,
    onUpdate,
    onDelete,
    onReattach: props.onReattach,
    onEditPeople: props.onEditPeople,
  };

  function panel() {
    switch (state.panel) {
      case 'suggestions':
        return (
          <SuggestionsPanel
            coverage={suggestions.coverage}
            share={suggestions.share}
            onShareChange={(share) => void suggestions.setShare(share)}
            loading={suggestions.loading}
            readOnly={view.readOnly}
            onAccept={onAccept}
            onDismiss={onDismiss}
          />
        );
      case 'sources': {
        const claim = ordered.find((c) => c.id === state.selectedClaimId);
        return (
          <LibraryPanel
            selectedClaim={claim ? { claim, number: numbers.get(claim.id) ?? 0 } : null}
            readOnly={view.readOnly}
          />
        );
      }
      case 'quotes':
        return (
          <QuoteCheckPanel
            view={view}
            check={quoteCheck}
            ordered={ordered}
            selectedClaimId={state.selectedClaimId}
            host={{ applyView, fail, announce, hint: actions.hint, selectClaim: actions.selectClaim }}
          />
        );
      case 'versions':
        return <VersionsPanel versions={view.drafts} currentId={draft?.id ?? null} onCompare={props.onCompare} />;
      case 'orphans':
        return (
          <ClaimsPanel
            {...claimsProps}
            claims={orphans}
            label="Orphaned claims"
            reattachInline
            lead="Select the words the claim belongs to in the draft, then press Re-attach to selection."
            empty={{
              title: 'No orphaned claims',
              text: 'Every claim was found in the current draft. Claims whose words disappear from a new version are listed here.',
            }}
          />
        );
      default:
        return (
          <ClaimsPanel
            {...claimsProps}
            claims={ordered}
            label="Claims"
            empty={{
              title: 'No claims yet',
              text: (
                <>
                  Select the words of a statement that needs checking in the draft (a quote, a number, a date, an
                  attribution) and press <strong>Mark as claim</strong> or <kbd className="kbd">{keys.mark}</kbd>, or
                  accept Factdesk&apos;s suggestions. Each claim gets a status you can track here.
                </>
              ),
            }}
          />
        );
    }
  }

  return (
    <div className="project">
      <ProjectHeader
        view={view}
        saveState={state.saveState}
        paletteKeys={keys.palette}
        paletteAria={keys.paletteAria}
        canShowInFolder={props.canShowInFolder}
        onShowInFolder={() => void actions.showInFolder()}
        onPalette={props.onPalette}
        onClose={props.onClose}
        meta={props.headerMeta}
        tools={
          draft && (
            <QuoteCheckButton
              attention={quoteCheck.rows ? quoteCheck.summary.attention : null}
              active={state.panel === 'quotes' && !props.workspace}
              onClick={props.onQuoteCheck ?? (() => actions.showPanel('quotes'))}
            />
          )
        }
      />
      {props.deskBar}
      <ProjectBanners
        view={view}
        conflict={state.conflict}
        notices={visibleNotices(state)}
        error={state.error}
        onResolve={(choice) => void actions.resolveConflict(choice)}
        onDismissNotice={actions.dismissNotice}
        onDismissError={actions.dismissError}
      >
        <ImportStatus
          state={props.importState}
          onShowOrphans={() => actions.showPanel('orphans')}
          onDismiss={props.onDismissImport}
        />
      </ProjectBanners>
      {props.workspace ? (
        props.workspace
      ) : draft ? (
        <main className="project-body">
          <DraftPanel
            text={draft.text}
            blocks={draft.blocks}
            draftNumber={draft.number}
            spans={spans}
            suggestions={suggestions.list}
            showSuggestions={underline}
            suggestionCount={suggestions.list.length}
            selectedClaimId={state.selectedClaimId}
            readOnly={view.readOnly}
            markKeys={keys.mark}
            markAria={keys.markAria}
            hint={state.hint}
            onSelectClaim={actions.selectClaim}
            onMark={props.onMark}
            onToggleSuggestions={setUnderline}
            rootRef={props.draftRootRef}
          />
          <SidePane
            active={state.panel}
            onShow={actions.showPanel}
            tabs={[
              { id: 'claims', label: 'Claims', count: ordered.length },
              { id: 'suggestions', label: 'Suggestions', count: suggestions.list.length },
              { id: 'versions', label: 'Versions', count: view.drafts.length },
              // Orphans appear only after a new version loses a claim's words (the command shows the empty panel).
              ...(orphans.length > 0 || state.panel === 'orphans'
                ? [{ id: 'orphans' as const, label: 'Orphans', count: orphans.length }]
                : []),
              { id: 'sources', label: 'Sources', count: sourceCount },
              { id: 'quotes', label: 'Quotes', count: quoteCheck.rows?.length ?? 0 },
            ]}
          >
            {panel()}
          </SidePane>
        </main>
      ) : (
        <main className="project-body project-body-single">
          <DraftInput
            readOnly={view.readOnly}
            importKeys={keys.importKeys}
            onUse={props.onPaste}
            onImportFile={props.onImportFile}
          />
        </main>
      )}
      {state.statusQuestion && (
        <StatusQuestionDialog
          question={state.statusQuestion.question}
          statusLabel={findStatus(view.statuses, state.statusQuestion.patch.status ?? '').label}
          onAnswer={(yes) => void actions.answerStatus(yes)}
        />
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {state.announcement ? <span key={state.announcement.seq}>{state.announcement.text}</span> : null}
      </p>
      {props.dropActive && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">
            <p className="drop-title">{props.dropsSource ? 'Drop to add a source' : 'Drop to import the draft'}</p>
            <p>
              {props.dropsSource
                ? 'Transcripts, subtitles, documents and quote lists: you see a preview before anything is added.'
                : draft
                  ? `It becomes version ${view.drafts.length + 1}; your claims move with the text.`
                  : 'Text, Markdown, Word (.docx) and HTML files.'}
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
