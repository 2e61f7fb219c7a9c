// Speakers on the attribution drafts (test/fixtures/attribution): quotes from public-domain presidential speeches
// written into news copy in every pattern Factdesk reads, some deliberately credited to the wrong president.
import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../../../shared/detect/suggest';
import { loadDrafts, scoreAttribution, speechIndex } from '../../../fixtures/attribution/evaluate';

const PATTERNS = [
  'said-x',
  'x-said',
  'said-title-name',
  'according-to',
  'told-audience',
  'lead-in-colon',
  'continuation',
  'pronoun',
  'split',
  'two-speakers',
  'document',
  'unnamed',
  'scare-quote',
];

describe('speakers on the attribution drafts', () => {
  const score = scoreAttribution((text) => suggestClaims(text).filter((s) => s.kind === 'quote'), speechIndex());

  it('covers at least 60 quotes over every pattern, with wrong attributions among them', () => {
    expect(score.quotes).toBeGreaterThanOrEqual(60);
    for (const p of PATTERNS) expect(score.patterns, p).toContain(p);
    expect(score.wrongTotal).toBeGreaterThanOrEqual(5);
    expect(loadDrafts().length).toBeGreaterThanOrEqual(8);
  });

  it('names the right speaker (person, document or none) for at least 98% of quotes', () => {
    const detail = score.misses.map((m) => `${m.file}: "${m.quote}" expected ${m.expected}, got ${m.got}`).join('\n');
    expect(score.right / score.quotes, detail).toBeGreaterThanOrEqual(0.98);
  });

  it('flags every wrong speaker and never reports an unknown speaker as a match', () => {
    expect(score.wrongFlagged).toBe(score.wrongTotal);
    expect(score.unknownAsMatch).toBe(0);
  });

  it('does not return scare quotes or quoted titles as quotes to check', () => {
    expect(score.absentReturned).toBe(0);
  });
});
