// @vitest-environment happy-dom
// The export preview shows each quote between one pair of quotation marks, also when the draft or the source already
// wrote them (straight or curly), and adds them when it did not.
import { createElement } from 'react';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppendixPreview } from '../../../../../renderer/features/export/AppendixPreview';
import { buildAppendix } from '../../../../../shared/appendix/model';
import { inQuotationMarks } from '../../../../../shared/appendix/text';
import { GOLDEN_OPTIONS, fixtureProject } from '../../../shared/appendix/fixture-project';

afterEach(cleanup);

function previewWith(excerpts: string[], quoted: string) {
  const appendix = buildAppendix(fixtureProject(), GOLDEN_OPTIONS);
  const claims = appendix.claims.map((claim, i) => ({
    ...claim,
    excerpt: excerpts[i] ?? claim.excerpt,
    links: claim.links.map((link) => ({ ...link, quotedText: quoted })),
  }));
  return render(createElement(AppendixPreview, { appendix: { ...appendix, claims } }));
}

describe('AppendixPreview', () => {
  it('does not double the quotation marks of a quote that carries its own', () => {
    const { container } = previewWith(
      ['"expected to be approved seamlessly"', '“the highest rise in a decade”', 'filled the square'],
      '‘we will approve it,’',
    );
    const heads = [...container.querySelectorAll('.appendix-claim-head')].map((p) => p.textContent);
    expect(heads.slice(0, 3)).toEqual([
      '1. "expected to be approved seamlessly"',
      '2. “the highest rise in a decade”',
      '3. “filled the square”',
    ]);
    // No <q> element: the browser would add its own marks around the ones in the text.
    expect(container.querySelector('q')).toBeNull();
    const quoted = [...container.querySelectorAll('.appendix-quoted')].map((s) => s.textContent?.trim());
    expect(quoted.length).toBeGreaterThan(0);
    for (const text of quoted) expect(text).toBe('‘we will approve it,’');
    expect(container.textContent).not.toMatch(/[“"]\s*[“"]|[”"]\s*[”"]/);
  });
});

describe('inQuotationMarks', () => {
  it('keeps straight and curly marks that are there and adds curly ones that are not', () => {
    expect(inQuotationMarks('"seamlessly"')).toBe('"seamlessly"');
    expect(inQuotationMarks('“seamlessly”')).toBe('“seamlessly”');
    expect(inQuotationMarks('„nahtlos“')).toBe('„nahtlos“');
    expect(inQuotationMarks('« sans accroc »')).toBe('« sans accroc »');
    expect(inQuotationMarks(' seamlessly ')).toBe('“seamlessly”');
    expect(inQuotationMarks('"')).toBe('“"”');
  });
});
