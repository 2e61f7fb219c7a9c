// The command palette's state: the typed query, the filtered commands and which one is highlighted. Pure.

export interface PaletteItem {
  id: string;
  label: string;
  enabled: boolean;
}

export interface PaletteState {
  query: string;
  /** Index of the highlighted command in the filtered list. */
  active: number;
}

export type PaletteAction =
  | { type: 'query'; query: string }
  | { type: 'move'; by: number; count: number }
  | { type: 'moveTo'; index: number; count: number }
  | { type: 'reset' };

export const initialPaletteState: PaletteState = { query: '', active: 0 };

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The enabled commands that match `query`: every typed word must begin a word of the label (or the id).
 * Labels that start with the query come first; otherwise table order is kept.
 */
export function filterCommands<T extends PaletteItem>(commands: readonly T[], query: string): T[] {
  const wanted = words(query);
  const enabled = commands.filter((c) => c.enabled);
  if (wanted.length === 0) return enabled;
  const scored: Array<{ command: T; score: number; index: number }> = [];
  enabled.forEach((command, index) => {
    const have = [...words(command.label), ...words(command.id)];
    if (!wanted.every((w) => have.some((h) => h.startsWith(w)))) return;
    const starts = command.label.toLowerCase().startsWith(query.trim().toLowerCase()) ? 0 : 1;
    scored.push({ command, score: starts, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.command);
}

/** Applies one palette action; moving wraps around the list. */
export function paletteReducer(state: PaletteState, action: PaletteAction): PaletteState {
  switch (action.type) {
    case 'query':
      return { query: action.query, active: 0 };
    case 'move':
      if (action.count === 0) return { ...state, active: 0 };
      return { ...state, active: (((state.active + action.by) % action.count) + action.count) % action.count };
    case 'moveTo':
      return { ...state, active: Math.max(0, Math.min(action.index, action.count - 1)) };
    case 'reset':
      return initialPaletteState;
  }
}
