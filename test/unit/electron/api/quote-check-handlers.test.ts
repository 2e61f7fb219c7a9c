// The quote check finds every direct quote of the draft, however few of them the suggestion list shows: the list is
// limited to the most check-worthy sentences, the quote check never is.
import { describe, expect, it } from 'vitest';
import { draftQuoteSpans } from '../../../../electron/api/quote-check-handlers';
import { rankAndCap, suggestClaims } from '../../../../shared/detect';
import { applyDraftText } from '../../../../shared/edits/project-edits';
import { createProjectDoc } from '../../../../shared/model/project';

const paragraphs = Array.from({ length: 12 }, (_, i) =>
  [
    `"We will open station ${i + 1} on time," said Ilse Brandt.`,
    `The council met on Tuesday.`,
    `Unemployment in the district fell to ${i + 3} percent, the lowest rate since 1990.`,
  ].join(' '),
);

describe('quote check and the suggestion limit', () => {
  it('checks every direct quote even when the default list shows only some of them', () => {
    const text = paragraphs.join('\n\n');
    let n = 0;
    const { doc } = applyDraftText(createProjectDoc({ id: 'p1', title: 'Stations', now: '2026-01-01T00:00:00Z' }), {
      text,
      origin: 'paste',
      format: 'txt',
      blocks: [],
      by: 'Ana',
      now: '2026-01-01T00:00:00Z',
      newId: () => `id${++n}`,
    });
    const listed = rankAndCap(text, suggestClaims(text)).shown.filter((s) => s.kind === 'quote');
    const checked = draftQuoteSpans(doc);
    expect(checked).toHaveLength(12);
    expect(listed.length).toBeLessThan(12);
    expect(checked.every((q) => q.text.startsWith('"We will open station'))).toBe(true);
  });
});
