// Suggested sources for a claim: the supporting sentence first for paraphrased claims, with its matched words marked.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../../shared/search/search-index';
import { claimTerms, suggestSources } from '../../../../shared/search/suggest';
import { allTestDocs } from '../../../fixtures/search/sample-docs';

const index = buildIndex(allTestDocs());

describe('suggestSources', () => {
  it('finds the source sentence of paraphrased claims', () => {
    const cases: [string, string][] = [
      ['Roosevelt said the only thing Americans had to fear was fear itself', '1933-03-04-first-inaugural-address#6'],
      [
        'Eisenhower warned against the unwarranted influence of the military-industrial complex',
        '1961-01-17-farewell-address#46',
      ],
      ['Reagan urged Gorbachev to tear down the Berlin wall', '1987-06-12-address-brandenburg-gate-berlin-wall#67'],
      ['The mayor says the housing plan is urgent and will add 1,500 homes', 'pr-1'],
      ['Ångström expects the harbour budget to double by 2030', 'int-1'],
    ];
    for (const [claim, target] of cases) {
      const ids = suggestSources(index, claim, 5).map((r) => r.doc.id);
      expect(ids.slice(0, 3), claim).toContain(target);
    }
  });

  it('marks the claim words in the suggested passage', () => {
    const top = suggestSources(index, 'the harbour budget will double', 3)[0];
    expect(top?.doc.id).toBe('int-1');
    const words = top ? top.highlights.map(([s, e]) => top.doc.text.slice(s, e)) : [];
    expect(words).toEqual(expect.arrayContaining(['harbour', 'budget', 'double']));
  });

  it('weighs numbers and names above other words and drops stop words', () => {
    const terms = claimTerms('The council said Ruiz will build 1,500 homes');
    expect(terms.map((t) => t.text)).toEqual(['council', 'said', 'ruiz', 'build', '1,500', 'homes']);
    expect(terms.find((t) => t.text === 'ruiz')?.boost).toBeGreaterThan(1);
    expect(terms.find((t) => t.text === '1,500')?.number).toBe(true);
    expect(suggestSources(index, '', 5)).toEqual([]);
  });
});
