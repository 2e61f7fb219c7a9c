// The command palette's state: the typed query, the filtered commands and which one is highlighted. Pure.
import { letterMask, matchWord } from '../../../shared/search/similarity';
import { stem } from '../../../shared/search/words';

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

/** Its letters in order inside `word`, from the word's first letter: "srces" in "sources". */
function inOrder(typed: string, word: string): boolean {
  if (typed[0] !== word[0]) return false;
  let at = 0;
  for (const c of typed) {
    at = word.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * How well a typed word fits a word of a label: 0 it begins it, 1 its letters come in order from the word's first
 * letter ("srces" for "sources"), 2 a typo as library search allows them ("soruces"), -1 not at all. Words under
 * three letters only begin words.
 */
function fit(typed: string, word: string): number {
  if (word.startsWith(typed)) return 0;
  if (typed.length < 3) return -1;
  if (inOrder(typed, word)) return 1;
  const sim = matchWord(
    { text: typed, stem: stem(typed), mask: letterMask(typed), partial: true },
    word,
    letterMask(word),
  ).sim;
  return sim > 0 ? 2 : -1;
}

/**
 * The enabled commands that match `query`: every typed word must fit a word of the label (or the id): begin it, or
 * from three letters hold its letters in order or a typo. Commands every typed word begins come first, labels that
 * start with the query first among them; otherwise table order is kept.
 */
export function filterCommands<T extends PaletteItem>(commands: readonly T[], query: string): T[] {
  const wanted = words(query);
  const enabled = commands.filter((c) => c.enabled);
  if (wanted.length === 0) return enabled;
  const scored: Array<{ command: T; score: number; index: number }> = [];
  enabled.forEach((command, index) => {
    const have = [...words(command.label), ...words(command.id)];
    let worst = 0;
    for (const w of wanted) {
      const fits = have.map((h) => fit(w, h)).filter((f) => f >= 0);
      if (fits.length === 0) return;
      worst = Math.max(worst, Math.min(...fits));
    }
    const starts = command.label.toLowerCase().startsWith(query.trim().toLowerCase()) ? 0 : 1;
    scored.push({ command, score: worst * 2 + starts, index });
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
