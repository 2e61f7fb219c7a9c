// Splits the draft into paragraphs and each paragraph into text runs at every claim boundary, then nests the runs
// under the claims that cover them, so overlapping and nested claims render as nested <mark> elements. Pure.

/** A claim's place in the current draft. */
export interface ClaimSpan {
  id: string;
  start: number;
  end: number;
  status: string;
}

export type DraftNode =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'claim'; claim: ClaimSpan; depth: number; children: DraftNode[] };

export interface DraftParagraph {
  start: number;
  end: number;
  nodes: DraftNode[];
}

interface Run {
  start: number;
  end: number;
  /** Claims covering the run, outermost first. */
  claims: ClaimSpan[];
}

const BLANK_LINES = /\r?\n[ \t\r]*\n(?:[ \t\r]*\n)*/g;

/** Paragraph ranges of `text`: blocks separated by one or more blank lines; whitespace-only blocks are dropped. */
export function paragraphRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const match of text.matchAll(BLANK_LINES)) {
    ranges.push({ start: at, end: match.index });
    at = match.index + match[0].length;
  }
  ranges.push({ start: at, end: text.length });
  return ranges.filter((r) => text.slice(r.start, r.end).trim().length > 0);
}

function outerFirst(a: ClaimSpan, b: ClaimSpan): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function runsOf(start: number, end: number, spans: readonly ClaimSpan[]): Run[] {
  const inside = spans.filter((s) => s.start < end && s.end > start);
  const cuts = new Set<number>([start, end]);
  for (const s of inside) {
    if (s.start > start) cuts.add(s.start);
    if (s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    runs.push({ start: a, end: b, claims: inside.filter((s) => s.start <= a && s.end >= b) });
  }
  return runs;
}

function nest(text: string, runs: readonly Run[], depth: number): DraftNode[] {
  const nodes: DraftNode[] = [];
  let i = 0;
  while (i < runs.length) {
    const run = runs[i] as Run;
    const claim = run.claims[depth];
    if (!claim) {
      nodes.push({ kind: 'text', start: run.start, text: text.slice(run.start, run.end) });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < runs.length && runs[j]?.claims[depth]?.id === claim.id) j++;
    nodes.push({ kind: 'claim', claim, depth, children: nest(text, runs.slice(i, j), depth + 1) });
    i = j;
  }
  return nodes;
}

/**
 * Lays out the draft for rendering. Spans that are empty or fall outside the text are left out; a claim that
 * crosses a paragraph break is drawn in each paragraph it touches.
 */
export function layoutDraft(text: string, spans: readonly ClaimSpan[]): DraftParagraph[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start).sort(outerFirst);
  return paragraphRanges(text).map(({ start, end }) => ({
    start,
    end,
    nodes: nest(text, runsOf(start, end, valid), 0),
  }));
}

/** Shrinks [start, end) so it neither starts nor ends with whitespace; null when nothing but whitespace is left. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(text.length, Math.max(start, end));
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  return b > a ? { start: a, end: b } : null;
}
