// Suggested sources for a claim: the supporting sentence first for paraphrased claims, with its matched words marked.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../../shared/search/search-index';
import { readFileSync } from 'node:fs';
import { claimTerms, MIN_SUGGESTION_SCORE, suggestSources } from '../../../../shared/search/suggest';
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

/** Local-news claims the speeches and sample passages say nothing about: nothing should be suggested for them. */
const UNRELATED = [
  'The county closed three fire stations last winter to save money',
  'Bus fares will rise to 2.50 dollars in March, the transit agency said',
  'The school board approved a 4 percent raise for teachers',
  'Rents in the city rose 12 percent last year',
  'The stadium deal will cost taxpayers 300 million dollars',
  'Police made 40 arrests at the weekend protest downtown',
  'The hospital cut its emergency room wait times by half',
  'The mayor said the new bike lanes reduced crashes by 20 percent',
  'Councilmember Ortiz voted against the library budget',
  'The river flooded 200 homes in the eastern district',
  'Unemployment in the county fell to 3.1 percent in June',
  'The airport expansion will add two runways by 2030',
  'Farmers lost a third of their harvest to the drought',
  'The governor vetoed the minimum wage bill on Friday',
  'The museum attendance doubled after free entry began',
];

describe('weak suggestions', () => {
  const ids = new Set(allTestDocs().map((d) => d.id));
  const paraphrases = (
    JSON.parse(readFileSync(new URL('../../../fixtures/search/hand-paraphrases.json', import.meta.url), 'utf8')) as {
      items: { query: string; target: string }[];
    }
  ).items.filter((p) => ids.has(p.target));

  it('keeps the source sentence of every hand-written paraphrase', () => {
    expect(paraphrases.length).toBeGreaterThanOrEqual(5);
    for (const p of paraphrases) {
      const found = suggestSources(index, p.query, 10).find((r) => r.doc.id === p.target);
      expect(found?.score, p.query).toBeGreaterThanOrEqual(MIN_SUGGESTION_SCORE);
    }
  });

  it('suggests nothing for claims that share only a common word or two with the library', () => {
    for (const claim of UNRELATED) expect(suggestSources(index, claim, 10), claim).toEqual([]);
  });
});
