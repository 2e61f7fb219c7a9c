// The quote library as the app wires it, for component tests of the Sources components: the app's useLibrary hook
// over a view kept in state (a reply's view replaces it, as in the app), provided through LibraryContext.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ProjectView } from '../../../shared/api/views';
import { useApi } from '../../../renderer/app/ApiProvider';
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
