// Finding typed words in the draft: case-insensitive, any run of spaces or line breaks matching any other, searched
// from an offset and wrapping around to the start.

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The next [start, end) where `typed` occurs in `text` at or after `from` (wrapping), or null. */
export function findTyped(text: string, typed: string, from: number): { start: number; end: number } | null {
  const words = typed.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escape).join('\\s+'), 'giu');
  pattern.lastIndex = Math.max(0, Math.min(from, text.length));
  const after = pattern.exec(text);
  if (after) return { start: after.index, end: after.index + after[0].length };
  pattern.lastIndex = 0;
  const wrapped = pattern.exec(text);
  return wrapped ? { start: wrapped.index, end: wrapped.index + wrapped[0].length } : null;
}
