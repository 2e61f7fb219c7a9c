// Chooses what fills the project window besides the draft: the Desk table, the publish gate or the activity log
// (drawn by ProjectScreen); and the desk's dialogs: export, statuses, the sign-off question (SessionDialogs).
import type { ProjectView } from '../../../shared/api/views';
import type { Claim } from '../../../shared/model/claim';
import { ExportDialog } from '../export/ExportDialog';
import { StatusVocabularyDialog } from '../statuses/StatusVocabularyDialog';
import { ActivityLogPanel } from './ActivityLogPanel';
import { DeskPanel } from './DeskPanel';
import { PublishGate } from './PublishGate';
import { quoteFindings, useQuoteCheck } from '../quote-check/use-quote-check';
import type { Desk } from './use-desk';
import { SignOffStoryDialog } from './SignOffStoryDialog';
import { storyBlockers } from './story-sign-off';
import { claimsInDraftOrder } from '../../../shared/model/claim-order';

export interface DeskWorkspaceProps {
  view: ProjectView;
  ordered: readonly Claim[];
  desk: Desk;
  userName: string;
  onShowSuggestions: () => void;
  onFail: (message: string) => void;
}

/** The publish gate with the quote check's findings (quotes that are claims and need attention). */
function GateWithQuotes(props: Omit<Parameters<typeof PublishGate>[0], 'alteredQuotes'>) {
  const check = useQuoteCheck(props.view);
  return <PublishGate {...props} {...(check.rows ? { alteredQuotes: quoteFindings(check.rows) } : {})} />;
}

/** The workspace for desk.mode, or null in the draft view. */
export function DeskWorkspace({ view, ordered, desk, userName, onShowSuggestions, onFail }: DeskWorkspaceProps) {
  switch (desk.mode) {
    case 'desk':
      return <DeskPanel view={view} ordered={ordered} desk={desk} userName={userName} />;
    case 'gate':
      return (
        <GateWithQuotes
          view={view}
          ordered={ordered}
          onOpenClaim={desk.openClaim}
          onShowSuggestions={onShowSuggestions}
          onSignOffStory={() => void desk.signOff({ kind: 'story' })}
          onFail={onFail}
        />
      );
    case 'log':
      return <ActivityLogPanel view={view} ordered={ordered} onOpenClaim={desk.openClaim} />;
    case 'draft':
      return null;
  }
}

export interface DeskDialogsProps {
  view: ProjectView;
  desk: Desk;
  /** Whose name a sign-off is given in. */
  userName: string;
  nativeDialogs: boolean;
  canShowInFolder: boolean;
  onView: (view: ProjectView) => void;
}

/** The export and status vocabulary dialogs and the sign-off question, when open. */
export function DeskDialogs({ view, desk, userName, nativeDialogs, canShowInFolder, onView }: DeskDialogsProps) {
  const close = () => desk.openDialog(null);
  if (desk.dialog === 'sign-off') {
    const target = desk.signOffTarget;
    const blockers = storyBlockers(view, claimsInDraftOrder(view.claims));
    return (
      <SignOffStoryDialog
        blockers={target.kind === 'story' ? blockers : blockers.filter((b) => target.claimIds.includes(b.claimId))}
        selected={target.kind === 'story' ? null : target.claimIds.length}
        userName={userName}
        busy={desk.busy}
        onSignOff={() => void desk.confirmSignOff()}
        onCancel={close}
      />
    );
  }
  if (desk.dialog === 'export') {
    return <ExportDialog view={view} nativeDialogs={nativeDialogs} canShowInFolder={canShowInFolder} onClose={close} />;
  }
  if (desk.dialog === 'statuses') return <StatusVocabularyDialog view={view} onSaved={onView} onClose={close} />;
  return null;
}
