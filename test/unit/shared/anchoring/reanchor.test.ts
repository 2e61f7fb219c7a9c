import { describe, expect, it } from 'vitest';
import { reanchorClaims, MIN_SCORE } from '../../../../shared/anchoring/reanchor';
import { createAnchor } from '../../../../shared/anchoring/text-quote';
import type { Anchor } from '../../../../shared/model/claim';
import { isGraphemeBoundary } from '../../../../shared/text/graphemes';
import {
  REALISTIC_EDIT,
  applyEdits,
  benchDraft,
  readFixture,
  seeded,
} from '../../../fixtures/anchoring/scripted-edits';

const DRAFT = readFixture('council-draft.txt').trim();
const PARAS = DRAFT.split('\n\n');

/** The anchor of the n-th occurrence of `exact` in `text`. */
function anchorOf(text: string, exact: string, occurrence = 0): Anchor {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(exact, at + 1);
  if (at < 0) throw new Error(`"${exact}" is not in the text`);
  return createAnchor(text, at, at + exact.length, 'v1');
}

function one(oldText: string, newText: string, anchor: Anchor) {
  const [outcome] = reanchorClaims(oldText, newText, [anchor], 'v2');
  if (!outcome) throw new Error('no outcome');
  return outcome;
}

describe('reanchorClaims', () => {
  it('keeps an unchanged claim exact, at the same place', () => {
    const anchor = anchorOf(DRAFT, 'traffic through the port grew by 7 percent last year');
    const outcome = one(DRAFT, DRAFT, anchor);
    expect(outcome.anchor).toEqual({ ...anchor, draftId: 'v2', state: 'exact' });
    expect(outcome.score).toBeGreaterThan(0.9);
  });

  it('scores an exact match with its context 1, a short claim as much as a long one', () => {
    for (const exact of ['Mayor Ruth Okafor', 'harbour', '7', 'the fastest growth in a decade']) {
      const inserted = `A new first paragraph.\n\n${DRAFT}`;
      const outcome = one(DRAFT, inserted, anchorOf(DRAFT, exact));
      expect(outcome.anchor.state).toBe('exact');
      expect(outcome.score).toBe(1);
    }
    const typo = one(
      DRAFT.replace('fastest', 'fastset'),
      DRAFT,
      anchorOf(DRAFT.replace('fastest', 'fastset'), 'the fastset growth'),
    );
    expect(typo.anchor).toMatchObject({ state: 'changed', exact: 'the fastest growth' });
    expect(typo.score).toBeGreaterThan(MIN_SCORE);
    expect(typo.score).toBeLessThan(1);
  });

  it('follows a moved paragraph and updates prefix and suffix', () => {
    const moved = [PARAS[2], PARAS[0], PARAS[1], PARAS[3], PARAS[4]].join('\n\n');
    const anchor = anchorOf(DRAFT, 'Two council members voted against the plan');
    const outcome = one(DRAFT, moved, anchor);
    expect(outcome.anchor.state).toBe('exact');
    expect(moved.slice(outcome.anchor.start, outcome.anchor.end)).toBe('Two council members voted against the plan');
    expect(outcome.anchor.prefix).toBe(moved.slice(outcome.anchor.start - 32, outcome.anchor.start));
    expect(outcome.anchor.draftId).toBe('v2');
  });

  it('marks a reworded claim changed, with a word diff', () => {
    const edited = DRAFT.replace('grew by 7 percent last year', 'grew by 9 percent in 2024');
    const anchor = anchorOf(DRAFT, 'traffic through the port grew by 7 percent last year');
    const outcome = one(DRAFT, edited, anchor);
    expect(outcome.anchor.state).toBe('changed');
    expect(outcome.anchor.exact).toBe('traffic through the port grew by 9 percent in 2024');
    expect(outcome.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(outcome.diff).toEqual([
      { op: 'equal', text: 'traffic through the port grew by ' },
      { op: 'delete', text: '7' },
      { op: 'insert', text: '9' },
      { op: 'equal', text: ' percent ' },
      { op: 'delete', text: 'last year' },
      { op: 'insert', text: 'in 2024' },
    ]);
  });

  it('orphans the claim of a deleted sentence instead of attaching it to a similar one', () => {
    const sentence = 'The council said it would hold a separate hearing on Mill Street in the spring.';
    const edited = DRAFT.replace(` ${sentence}`, '');
    for (const exact of [sentence, 'hold a separate hearing on Mill Street', 'Mill Street']) {
      const outcome = one(DRAFT, edited, anchorOf(DRAFT, exact, exact === 'Mill Street' ? 1 : 0));
      expect(outcome.anchor.state).toBe('orphaned');
      expect(outcome.anchor.exact).toBe(exact);
      expect(outcome.anchor.draftId).toBe('v2');
      expect(outcome.anchor.start).toBe(outcome.anchor.end);
      expect(outcome.score).toBeLessThan(MIN_SCORE);
    }
  });

  it('orphans a claim when more than half of its words are gone', () => {
    const edited = DRAFT.replace('the fastest growth in a decade', 'a figure officials called modest');
    const outcome = one(DRAFT, edited, anchorOf(DRAFT, 'the fastest growth in a decade'));
    expect(outcome.anchor.state).toBe('orphaned');
  });

  it('tells repeated text apart by its context, even after the paragraphs moved', () => {
    const first = anchorOf(DRAFT, 'Mill Street', 0);
    const second = anchorOf(DRAFT, 'Mill Street', 1);
    const edited = [PARAS[3], PARAS[0], PARAS[1], PARAS[2], PARAS[4]].join('\n\n').replace('divided', 'split');
    const [a, b] = reanchorClaims(DRAFT, edited, [first, second], 'v2');
    expect(a?.anchor.state).toBe('exact');
    expect(b?.anchor.state).toBe('exact');
    expect(a?.anchor.prefix.endsWith('ignored the flooding on ')).toBe(true);
    expect(b?.anchor.prefix.endsWith('a separate hearing on ')).toBe(true);
    expect(edited.slice(a?.anchor.start, a?.anchor.end)).toBe('Mill Street');
    expect(edited.slice(b?.anchor.start, b?.anchor.end)).toBe('Mill Street');
  });

  it('finds a one-character claim by its context and orphans it when its sentence is gone', () => {
    const anchor = anchorOf(DRAFT, '7');
    const inserted = `Breaking: 7 boats sank.\n\n${DRAFT}`;
    const outcome = one(DRAFT, inserted, anchor);
    expect(outcome.anchor.state).toBe('exact');
    expect(outcome.anchor.start).toBe(anchor.start + 'Breaking: 7 boats sank.\n\n'.length);
    const deleted = DRAFT.replace(/According to[^.]+\. /, 'In 2027 7 ferries will run. ');
    expect(one(DRAFT, deleted, anchor).anchor.state).toBe('orphaned');
  });

  it('keeps a whole-paragraph claim, exact when moved and changed when a word changes', () => {
    const anchor = anchorOf(DRAFT, PARAS[1] as string);
    const moved = [PARAS[0], PARAS[2], PARAS[1], PARAS[3], PARAS[4]].join('\n\n');
    expect(one(DRAFT, moved, anchor).anchor).toMatchObject({ state: 'exact', exact: PARAS[1] });
    const edited = moved.replace('had doubled since March', 'had tripled since March');
    const changed = one(DRAFT, edited, anchor);
    expect(changed.anchor.state).toBe('changed');
    expect(changed.anchor.exact).toBe((PARAS[1] as string).replace('doubled', 'tripled'));
  });

  it('calls a claim exact when only typography changed', () => {
    const anchor = anchorOf(DRAFT, 'the vote was "a turning point for the waterfront" and');
    const edited = DRAFT.replace(
      '"a turning point for the waterfront"',
      '\u201Ca turning point for the waterfront\u201D',
    )
      .replace(/\n\n/g, '\r\n\r\n')
      .replace('Mayor Ruth', 'Mayor\u00a0Ruth');
    const outcome = one(DRAFT, edited, anchor);
    expect(outcome.anchor.state).toBe('exact');
    expect(outcome.anchor.exact).toBe('the vote was \u201Ca turning point for the waterfront\u201D and');
    expect(outcome.diff).toBeUndefined();
  });

  it('resolves claims in emoji, CJK and right-to-left text without splitting a grapheme', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const old = `Intro line.\n\nThe ${family} family said \u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD loudly. 東京都に行く予定です。 Zoe\u0308 agreed.`;
    const claims = [
      anchorOf(old, `${family} family said`),
      anchorOf(old, '\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD'),
      anchorOf(old, '東京都に行く'),
      anchorOf(old, 'Zoe\u0308 agreed'),
    ];
    const edited = `New opening paragraph here.\r\n\r\n${old
      .replace('Intro line.\n\n', '')
      .replace(
        '\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD',
        '\u202B\u05E9\u05DC\u05D5\u05DD\u200F \u05E2\u05D5\u05DC\u05DD\u202C',
      )
      .replace('Zoe\u0308', 'Zo\u00eb')
      .replace('東京都に行く', '東京都に\u200B行く')}`;
    const outcomes = reanchorClaims(old, edited, claims, 'v2');
    expect(outcomes.map((o) => o.anchor.state)).toEqual(['exact', 'exact', 'exact', 'exact']);
    expect(outcomes.map((o) => o.anchor.exact)).toEqual([
      `${family} family said`,
      '\u05E9\u05DC\u05D5\u05DD\u200F \u05E2\u05D5\u05DC\u05DD', // inside the embedding, its controls left out
      '東京都に\u200B行く',
      'Zo\u00eb agreed',
    ]);
    for (const o of outcomes) {
      expect(isGraphemeBoundary(edited, o.anchor.start)).toBe(true);
      expect(isGraphemeBoundary(edited, o.anchor.end)).toBe(true);
    }
  });

  it('finds an orphan again when its text comes back in a later version', () => {
    const anchor = anchorOf(DRAFT, 'cut the crossing time to the island');
    const without = DRAFT.replace(PARAS[4] as string, 'The ferry plan was dropped.');
    const orphan = one(DRAFT, without, anchor).anchor;
    expect(orphan.state).toBe('orphaned');
    const back = one(without, DRAFT, orphan);
    expect(back.anchor).toMatchObject({ state: 'exact', exact: 'cut the crossing time to the island' });
  });

  it('returns an outcome per anchor, in order, and nothing for none', () => {
    expect(reanchorClaims(DRAFT, DRAFT, [], 'v2')).toEqual([]);
    const anchors = ['4.2 million dollars', 'Mayor Ruth Okafor', 'ferry landing'].map((e) => anchorOf(DRAFT, e));
    expect(reanchorClaims(DRAFT, '', anchors, 'v2').map((o) => o.anchor.state)).toEqual([
      'orphaned',
      'orphaned',
      'orphaned',
    ]);
    expect(reanchorClaims(DRAFT, DRAFT, anchors, 'v2').map((o) => o.anchor.exact)).toEqual([
      '4.2 million dollars',
      'Mayor Ruth Okafor',
      'ferry landing',
    ]);
  });

  it('attaches no claim to a wrong passage after scripted edits of a long draft', () => {
    const text = benchDraft();
    const random = seeded(42);
    const sentences = [...text.matchAll(/[A-Z][^.!?\n]{40,160}[.!?]/g)];
    const claims = Array.from({ length: 120 }, () => {
      const m = sentences[Math.floor(random() * sentences.length)] as RegExpMatchArray;
      const words = [...m[0].matchAll(/\S+/g)].slice(1, 7);
      const first = words[0] as RegExpMatchArray;
      const last = words[words.length - 1] as RegExpMatchArray;
      const start = (m.index as number) + (first.index as number);
      return { start, end: (m.index as number) + (last.index as number) + last[0].length };
    });
    const edited = applyEdits(text, REALISTIC_EDIT, claims, random);
    const outcomes = reanchorClaims(
      text,
      edited.text,
      claims.map((c) => createAnchor(text, c.start, c.end, 'v1')),
      'v2',
    );
    outcomes.forEach((outcome, k) => {
      if (outcome.anchor.state === 'orphaned') return;
      const claim = claims[k] as { start: number; end: number };
      const landed = Array.from(edited.origin.subarray(outcome.anchor.start, outcome.anchor.end));
      expect(landed.some((o) => o >= claim.start && o < claim.end)).toBe(true);
    });
    expect(outcomes.filter((o) => o.anchor.state !== 'orphaned').length).toBeGreaterThan(100);
  });
});
