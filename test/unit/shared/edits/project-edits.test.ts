import { describe, expect, it } from 'vitest';
import {
  applyClaimChange,
  applyDraftText,
  applyMark,
  applyReattach,
  deleteClaimFrom,
  kindOfSpan,
} from '../../../../shared/edits/project-edits';
import { createProjectDoc } from '../../../../shared/model/project';

const DRAFT = [
  'Council approves bridge repairs',
  '"We are ahead of schedule and under budget," said Mayor Ruth Okafor on Tuesday.',
  'The repairs will cost $4.2 million, and the bridge is expected to reopen in September.',
].join('\n\n');

describe('kindOfSpan', () => {
  it('gives a marked span the kind of the suggestion it matches, quotes with or without their marks', () => {
    const quote = DRAFT.indexOf('"We are');
    const closing = DRAFT.indexOf('budget,"') + 'budget,"'.length;
    expect(kindOfSpan(DRAFT, quote, closing)).toBe('quote');
    expect(kindOfSpan(DRAFT, quote + 1, closing - 2)).toBe('quote');
    const money = DRAFT.indexOf('$4.2 million');
    expect(kindOfSpan(DRAFT, money, money + '$4.2 million'.length)).toBe('number');
    expect(kindOfSpan(DRAFT, 0, 7)).toBe('other');
  });

  it('gives words picked by hand the kind of the date or number they hold, or quote inside a direct quote', () => {
    const at = (words: string) => [DRAFT.indexOf(words), DRAFT.indexOf(words) + words.length] as const;
    expect(kindOfSpan(DRAFT, ...at('ahead of schedule'))).toBe('quote');
    expect(kindOfSpan(DRAFT, ...at('reopen in September'))).toBe('date');
    expect(kindOfSpan(DRAFT, ...at('cost $4.2 million, and'))).toBe('number');
    expect(kindOfSpan(DRAFT, ...at('said Mayor Ruth'))).toBe('other');
    expect(kindOfSpan(DRAFT, ...at('bridge is expected'))).toBe('other');
  });
});

describe('refused edits return a Result with a code and a sentence', () => {
  const by = 'Ana';
  const now = '2026-01-01T00:00:00.000Z';
  const blank = createProjectDoc({ id: 'p1', title: 'Bridge', now });
  const doc = applyDraftText(blank, { text: DRAFT, origin: 'paste', by, now, newId: () => 'd1' }).doc;

  it('refuses marking without a draft, outside the draft, on spaces or with an unknown status', () => {
    expect(applyMark(blank, { start: 0, end: 3, by, now, id: 'c1' })).toEqual({
      ok: false,
      error: { code: 'no-draft', message: 'This project has no draft yet: paste or import the draft first.' },
    });
    const outside = applyMark(doc, { start: 5, end: DRAFT.length + 1, by, now, id: 'c1' });
    expect(outside.ok ? null : outside.error).toEqual({
      code: 'invalid-input',
      message: `The selection 5-${DRAFT.length + 1} is outside the draft (it has ${DRAFT.length} characters).`,
    });
    const gap = DRAFT.indexOf('\n\n');
    const spaces = applyMark(doc, { start: gap, end: gap + 2, by, now, id: 'c1' });
    expect(spaces.ok ? null : spaces.error.code).toBe('invalid-input');
    const status = applyMark(doc, { start: 0, end: 7, status: 'nope', by, now, id: 'c1' });
    expect(status.ok ? null : status.error.message).toBe('"nope" is not a status of this project.');
  });

  it('marks, changes, re-attaches and deletes a claim, and refuses a claim that is gone', () => {
    const marked = applyMark(doc, { start: 0, end: 7, by, now, id: 'c1' });
    if (!marked.ok) throw new Error(marked.error.message);
    expect(marked.value.claimId).toBe('c1');
    const withClaim = marked.value.doc;
    expect(applyClaimChange(withClaim, 'c1', { notes: 'checked' }, by, now).ok).toBe(true);
    expect(applyReattach(withClaim, { claimId: 'c1', start: 8, end: 15, by, now }).ok).toBe(true);
    const deleted = deleteClaimFrom(withClaim, 'c1');
    expect(deleted.ok && deleted.value.claims).toEqual([]);
    const gone = { code: 'not-found', message: 'That claim no longer exists in this project.' };
    for (const result of [
      applyClaimChange(doc, 'c1', { notes: 'x' }, by, now),
      applyReattach(doc, { claimId: 'c1', start: 0, end: 7, by, now }),
      deleteClaimFrom(doc, 'c1'),
    ]) {
      expect(result.ok ? null : result.error).toEqual(gone);
    }
    const empty = applyReattach(withClaim, { claimId: 'c1', start: 7, end: 7, by, now });
    expect(empty.ok ? null : empty.error.code).toBe('invalid-input');
  });
});
