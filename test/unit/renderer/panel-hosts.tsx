// Panels as the project screen wires them, for component tests: the quote library (the app's useLibrary hook over a
// view kept in state, a reply's view replacing it as in the app, provided through LibraryContext) and the quote check
// panel with the app's useQuoteCheck hook.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ProjectView } from '../../../shared/api/views';
import { claimsInDraftOrder } from '../../../shared/model/claim-order';
import { useApi } from '../../../renderer/app/ApiProvider';
import { QuoteCheckPanel } from '../../../renderer/features/quote-check/QuoteCheckPanel';
import { useQuoteCheck } from '../../../renderer/features/quote-check/use-quote-check';
import { LibraryContext } from '../../../renderer/features/sources/library-context';
import { useLibrary } from '../../../renderer/features/sources/use-library';
import type { Library } from '../../../renderer/features/sources/use-library';

const nothing = () => undefined;

/** Renders `children(library, view)` inside LibraryContext, with the library of `initial` as the app would hold it. */
export function LibraryHost(props: {
  initial: ProjectView;
  selectedClaimId?: string | null;
  /** Receives the sentences the library fails or announces with. */
  say?: (sentence: string) => void;
  children: (library: Library, view: ProjectView, setView: (view: ProjectView) => void) => ReactNode;
}) {
  const api = useApi();
  const [view, setView] = useState(props.initial);
  const library = useLibrary(api, {
    view,
    selectedClaimId: props.selectedClaimId ?? null,
    applyView: setView,
    fail: props.say ?? nothing,
    announce: props.say ?? nothing,
    hint: nothing,
  });
  return <LibraryContext.Provider value={library}>{props.children(library, view, setView)}</LibraryContext.Provider>;
}

/** The quote check panel over `view`; the views its actions reply with go to `setView`, its sentences to `say`. */
export function QuoteCheckHost(props: {
  view: ProjectView;
  setView: (view: ProjectView) => void;
  say?: (sentence: string) => void;
}) {
  const check = useQuoteCheck(props.view);
  return (
    <QuoteCheckPanel
      view={props.view}
      check={check}
      ordered={claimsInDraftOrder(props.view.claims)}
      selectedClaimId={null}
      host={{
        applyView: props.setView,
        fail: props.say ?? nothing,
        announce: props.say ?? nothing,
        hint: nothing,
        selectClaim: nothing,
      }}
    />
  );
}
