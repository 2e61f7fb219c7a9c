// Laying out the draft: paragraphs on blank lines, runs cut at every claim boundary, overlapping claims nested.
import { describe, expect, it } from 'vitest';
import { layoutDraft, paragraphRanges, trimRange } from '../../../../../renderer/features/draft/draft-segments';
import type { ClaimSpan, DraftNode } from '../../../../../renderer/features/draft/draft-segments';

/** Writes a node tree compactly: text as-is, a claim as [id:...]. */
function show(nodes: readonly DraftNode[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.text : `[${n.claim.id}:${show(n.children)}]`)).join('');
}

function span(text: string, id: string, phrase: string): ClaimSpan {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`${phrase} is not in the text`);
  return { id, start, end: start + phrase.length, status: 'unchecked' };
}

describe('paragraphRanges', () => {
  it('splits on blank lines (with spaces or CRLF) and drops empty blocks, keeping single line breaks', () => {
    const text = '\n\nHeadline\r\n\r\nFirst line\nsecond line\n  \n\n\nLast';
    const ranges = paragraphRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Headline', 'First line\nsecond line', 'Last']);
  });

  it('returns nothing for whitespace only', () => {
    expect(paragraphRanges(' \n\n \n')).toEqual([]);
  });
});

describe('layoutDraft', () => {
  it('keeps every character at its offset', () => {
    const text = 'One two three.\n\nFour five six.';
    const paragraphs = layoutDraft(text, [span(text, 'a', 'two'), span(text, 'b', 'five six')]);
    const runs: Array<{ start: number; text: string }> = [];
    const walk = (nodes: readonly DraftNode[]) =>
      nodes.forEach((n) => (n.kind === 'text' ? runs.push(n) : walk(n.children)));
    paragraphs.forEach((p) => walk(p.nodes));
    for (const run of runs) expect(text.slice(run.start, run.start + run.text.length)).toBe(run.text);
    expect(paragraphs.map((p) => show(p.nodes))).toEqual(['One [a:two] three.', 'Four [b:five six].']);
  });

  it('nests a claim inside another in one outer mark', () => {
    const text = 'They will release a further £4.2 million next week.';
    const [p] = layoutDraft(text, [
      span(text, 'inner', '£4.2 million'),
      span(text, 'outer', 'release a further £4.2 million'),
    ]);
    expect(show(p?.nodes ?? [])).toBe('They will [outer:release a further [inner:£4.2 million]] next week.');
  });

  it('splits crossing claims at every boundary, nesting the overlap under the earlier one', () => {
    const text = 'the bridge will reopen to all traffic by September';
    const [p] = layoutDraft(text, [span(text, 'a', 'bridge will reopen'), span(text, 'b', 'reopen to all traffic')]);
    expect(show(p?.nodes ?? [])).toBe('the [a:bridge will [b:reopen]][b: to all traffic] by September');
  });

  it('draws a claim that crosses a paragraph break in both paragraphs, and leaves out bad spans', () => {
    const text = 'End of one.\n\nStart of two.';
    const spans = [
      span(text, 'x', 'one.\n\nStart'),
      { id: 'empty', start: 3, end: 3, status: 'unchecked' },
      { id: 'outside', start: 5, end: 500, status: 'unchecked' },
    ];
    expect(layoutDraft(text, spans).map((p) => show(p.nodes))).toEqual(['End of [x:one.]', '[x:Start] of two.']);
  });

  it('marks identical spans as two nested marks with depth', () => {
    const text = 'a quote here';
    const [p] = layoutDraft(text, [span(text, 'k1', 'quote'), span(text, 'k2', 'quote')]);
    expect(show(p?.nodes ?? [])).toBe('a [k1:[k2:quote]] here');
    const outer = p?.nodes[1];
    expect(outer?.kind === 'claim' && outer.children[0]?.kind === 'claim' ? outer.children[0].depth : -1).toBe(1);
  });
});

describe('trimRange', () => {
  it('drops whitespace at both ends of a selection', () => {
    const text = 'said  "we will build 300 homes"\n by 2027';
    const start = text.indexOf(' "we');
    expect(trimRange(text, start, start + 30)).toEqual({ start: start + 1, end: start + 30 });
    expect(trimRange(text, 30, 33)).toEqual({ start: 30, end: 31 });
  });

  it('returns null for a whitespace-only selection and orders reversed bounds', () => {
    expect(trimRange('a  b', 1, 3)).toBeNull();
    expect(trimRange('abc', 2, 0)).toEqual({ start: 0, end: 2 });
  });
});

describe('layoutDraft with blocks, suggestions and signatures', () => {
  const text = 'Tram news\n\nThe line cost 212 million euros.\n\nIt opens in April.';
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const blocks = [
    { kind: 'heading' as const, level: 1, ...at('Tram news') },
    { kind: 'paragraph' as const, ...at('The line cost 212 million euros.') },
    { kind: 'paragraph' as const, ...at('It opens in April.') },
  ];

  it('uses the importer blocks, headings included, and falls back to blank lines when they are invalid', () => {
    const laid = layoutDraft(text, [], { blocks });
    expect(laid.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['heading', 'Tram news'],
      ['paragraph', 'The line cost 212 million euros.'],
      ['paragraph', 'It opens in April.'],
    ]);
    const broken = layoutDraft(text, [], { blocks: [{ kind: 'paragraph', start: 20, end: 10 }] });
    expect(broken.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('marks suggested runs and changes only the signature of the block whose claim changed', () => {
    const start = text.indexOf('212 million euros');
    const claim = { id: 'a', start, end: start + 17, status: 'unchecked', color: '#8a8f98', title: 'Claim 1' };
    const april = text.indexOf('April');
    const before = layoutDraft(text, [claim], { blocks, suggestions: [{ start: april, end: april + 5 }] });
    const suggested = before[2]?.nodes.find((n) => n.kind === 'text' && n.suggested);
    expect(suggested && suggested.kind === 'text' ? suggested.text : null).toBe('April');
    const after = layoutDraft(text, [{ ...claim, status: 'verified', color: '#1f8a4c' }], {
      blocks,
      suggestions: [{ start: april, end: april + 5 }],
    });
    expect(after.map((b, i) => b.sig === before[i]?.sig)).toEqual([true, false, true]);
    expect(before.map((b) => b.claimIds)).toEqual([[], ['a'], []]);
  });
});
