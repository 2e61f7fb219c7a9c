// Splits the draft into blocks (headings and paragraphs) and each block into text runs at every claim and
// suggestion boundary, then nests the runs under the claims that cover them, so overlapping and nested claims
// render as nested <mark> elements. Each block gets a signature so unchanged blocks are not drawn again. Pure.

/** A claim's place in the current draft, with what its highlight shows. */
export interface ClaimSpan {
  id: string;
  start: number;
  end: number;
  status: string;
  /** Highlight colour (#rrggbb) and hover text; part of the block signature, so a change redraws the block. */
  color?: string;
  title?: string;
  /** How many sources are tied to the claim: drawn as a small number after the highlight. */
  sources?: number;
}

/** A heading or paragraph as offsets into the draft (from the importer, or found at blank lines). */
export interface BlockRange {
  kind: 'heading' | 'paragraph';
  level?: number;
  start: number;
  end: number;
}

export type DraftNode =
  | { kind: 'text'; start: number; text: string; suggested?: boolean }
  | { kind: 'claim'; claim: ClaimSpan; depth: number; children: DraftNode[] };

export interface DraftParagraph {
  kind: 'heading' | 'paragraph';
  level?: number;
  start: number;
  end: number;
  nodes: DraftNode[];
  /** Changes whenever anything drawn in the block changes (its claims, their status, the underlines). */
  sig: string;
  /** The claims drawn in the block, so a change of selection redraws only the blocks it leaves and enters. */
  claimIds: string[];
}

export interface LayoutOptions {
  blocks?: readonly BlockRange[];
  /** Spans drawn with a dotted underline (suggestions). */
  suggestions?: ReadonlyArray<{ start: number; end: number }>;
}

interface Run {
  start: number;
  end: number;
  /** Claims covering the run, outermost first. */
  claims: ClaimSpan[];
  suggested: boolean;
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

function runsOf(
  start: number,
  end: number,
  inside: readonly ClaimSpan[],
  marks: ReadonlyArray<{ start: number; end: number }>,
): Run[] {
  const cuts = new Set<number>([start, end]);
  for (const s of [...inside, ...marks]) {
    if (s.start > start) cuts.add(s.start);
    if (s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    runs.push({
      start: a,
      end: b,
      claims: inside.filter((s) => s.start <= a && s.end >= b),
      suggested: marks.some((m) => m.start <= a && m.end >= b),
    });
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
      const slice = text.slice(run.start, run.end);
      nodes.push(
        run.suggested
          ? { kind: 'text', start: run.start, text: slice, suggested: true }
          : { kind: 'text', start: run.start, text: slice },
      );
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
 * The blocks to draw: the importer's headings and paragraphs when they are valid (in order, inside the text, not
 * overlapping), else paragraphs found at blank lines. Blocks holding only whitespace are dropped.
 */
export function blockRanges(text: string, blocks?: readonly BlockRange[]): BlockRange[] {
  if (blocks && blocks.length > 0) {
    let at = 0;
    const valid = blocks.every((b) => {
      const ok = b.start >= at && b.end >= b.start && b.end <= text.length;
      at = b.end;
      return ok;
    });
    if (valid) return blocks.filter((b) => text.slice(b.start, b.end).trim().length > 0).map((b) => ({ ...b }));
  }
  return paragraphRanges(text).map((r) => ({ kind: 'paragraph' as const, ...r }));
}

function signature(
  block: BlockRange,
  inside: readonly ClaimSpan[],
  marks: ReadonlyArray<{ start: number; end: number }>,
): string {
  const claims = inside
    .map((s) => `${s.id},${s.start},${s.end},${s.status},${s.color ?? ''},${s.title ?? ''},${s.sources ?? 0}`)
    .join(';');
  const under = marks.map((m) => `${m.start}-${m.end}`).join(';');
  return `${block.kind}${block.level ?? ''}:${block.start}-${block.end}|${claims}|${under}`;
}

/**
 * Lays out the draft for rendering. Spans that are empty or fall outside the text are left out; a claim that
 * crosses a block boundary is drawn in each block it touches.
 */
export function layoutDraft(text: string, spans: readonly ClaimSpan[], options: LayoutOptions = {}): DraftParagraph[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start).sort(outerFirst);
  const marks = (options.suggestions ?? []).filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  return blockRanges(text, options.blocks).map((block) => {
    const { start, end } = block;
    const inside = valid.filter((s) => s.start < end && s.end > start);
    const under = marks.filter((m) => m.start < end && m.end > start);
    return {
      kind: block.kind,
      ...(block.level ? { level: block.level } : {}),
      start,
      end,
      nodes: nest(text, runsOf(start, end, inside, under), 0),
      sig: signature(block, inside, under),
      claimIds: inside.map((c) => c.id),
    };
  });
}

/** Shrinks [start, end) so it neither starts nor ends with whitespace; null when nothing but whitespace is left. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(text.length, Math.max(start, end));
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  return b > a ? { start: a, end: b } : null;
}
