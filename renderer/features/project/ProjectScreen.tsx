// The project screen: header, the desk's workspace strip, banners and import status, then the draft beside the side
// pane, a desk workspace (desk, publish gate, activity log), or the draft input while there is no draft yet. Reads
// the shell and the open session from context (renderer/README.md); what it composes takes props.
import { useMemo, useState } from 'react';
import { claimNumbers } from '../../../shared/model/claim-order';
import { findStatus } from '../../../shared/model/status';
import { useApi } from '../../app/ApiProvider';
import { useOpenSession, useShell } from '../../app/shell-context';
import { DeskBar, DeskHeaderMeta } from '../desk/DeskBar';
import { DeskWorkspace } from '../desk/DeskWorkspace';
import { DraftInput } from '../draft/DraftInput';
import { DraftPanel } from '../draft/DraftPanel';
import type { ClaimSpan } from '../draft/draft-segments';
import { ImportStatus } from '../import/ImportStatus';
import { sourceOfLink } from '../sources/library-state';
import { QuoteCheckButton } from '../quote-check/QuoteCheckButton';
import { useQuoteCheck } from '../quote-check/use-quote-check';
import { StatusQuestionDialog } from '../statuses/StatusQuestionDialog';
import { useSuggestions } from '../suggestions/use-suggestions';
import { ProjectBanners } from './ProjectBanners';
import { ProjectHeader } from './ProjectHeader';
import { ProjectSidePane } from './ProjectSidePane';
import { visibleNotices } from './project-state';
import { SyncStateLine } from '../sync/SyncStateLine';
import { useSyncState } from '../sync/use-sync-state';

/** Everything shown while a project is open. */
export function ProjectScreen() {
  const api = useApi();
  const { info, actions: commands, keys } = useShell();
  const session = useOpenSession();
  const { view, project: state, projectActions: actions, ordered, desk, importing, importActions } = session;
  const suggestions = useSuggestions(api, view, actions.fail);
  const quoteCheck = useQuoteCheck(view);
  const sync = useSyncState(api, view.projectId);
  const librarySources = session.library.sources;
  const [underline, setUnderline] = useState(false);
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
          const firstTitle = first ? (sourceOfLink(first, librarySources)?.title ?? 'a removed source') : '';
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

  function body() {
    if (desk.mode !== 'draft') {
      return (
        <DeskWorkspace
          view={view}
          ordered={ordered}
          desk={desk}
          userName={info.userName}
          onShowSuggestions={() => commands.showPanel('suggestions')}
          onFail={actions.fail}
        />
      );
    }
    if (!draft) {
      return (
        <main className="project-body project-body-single">
          <DraftInput
            readOnly={view.readOnly}
            importKeys={keys.importDraft}
            onUse={importActions.paste}
            onImportFile={commands.importDraft}
          />
        </main>
      );
    }
    return (
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
          onMark={commands.markClaim}
          onToggleSuggestions={setUnderline}
          rootRef={session.selection.rootRef}
        />
        <ProjectSidePane
          suggestions={suggestions}
          quoteCheck={quoteCheck}
          numbers={numbers}
          orphans={orphans}
          canDecide={sync?.state !== null && sync?.state !== undefined && !view.readOnly}
        />
      </main>
    );
  }

  return (
    <div className="project">
      <ProjectHeader
        view={view}
        saveState={state.saveState}
        paletteKeys={keys.palette}
        paletteAria={keys.paletteAria}
        canShowInFolder={info.capabilities.showInFolder}
        onShowInFolder={commands.showInFolder}
        onPalette={commands.openPalette}
        onClose={commands.closeProject}
        meta={<DeskHeaderMeta view={view} onGate={() => desk.show('gate')} />}
        sync={<SyncStateLine status={sync} />}
        tools={
          draft && (
            <QuoteCheckButton
              attention={quoteCheck.rows ? quoteCheck.summary.attention : null}
              active={state.panel === 'quotes' && desk.mode === 'draft'}
              onClick={() => commands.showPanel('quotes')}
            />
          )
        }
      />
      <DeskBar
        view={view}
        mode={desk.mode}
        userName={info.userName}
        busy={desk.busy}
        exportKeys={keys.exportAppendix}
        exportAria={keys.exportAria}
        onShow={desk.show}
        onSignOffStory={() => void desk.signOff({ kind: 'story' })}
        onRevokeStory={() => void desk.revokeSignOff({ kind: 'story' })}
        onStatuses={() => desk.openDialog('statuses')}
        onExport={() => desk.openDialog('export')}
      />
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
          state={importing}
          onShowOrphans={() => actions.showPanel('orphans')}
          onDismiss={importActions.dismissSummary}
        />
      </ProjectBanners>
      {body()}
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
    </div>
  );
}
