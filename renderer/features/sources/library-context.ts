// Hands the open project's library (sources, search, dialogs, link actions) to the components that need it (the
// Sources panel, the claim inspector's sources, the draft badges) without threading props through every layer.
import { createContext, useContext } from 'react';
import type { Library } from './use-library';

export const LibraryContext = createContext<Library | null>(null);

/** The library of the open project; null outside a project (components then show nothing library-related). */
export function useLibraryContext(): Library | null {
  return useContext(LibraryContext);
}
