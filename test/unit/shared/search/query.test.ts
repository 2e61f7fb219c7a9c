// Reading the search box: free words, half-typed last word, phrases (closed or still open) and filter words.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../shared/search/query';
import { docsFromSources } from '../../../../shared/search/search-doc';
import { foldWords, foldedWordList } from '../../../../shared/search/words';
import { speechDocs } from '../../../fixtures/search/sample-docs';
import type { Passage, Source } from '../../../../shared/model/source';

describe('parseQuery', () => {
  it('folds words and marks the last one partial while it is typed', () => {
    const q = parseQuery('Zoë Ångs');
    expect(q.terms.map((t) => [t.text, t.partial])).toEqual([
      ['zoe', false],
      ['angs', true],
    ]);
    expect(parseQuery('zoe angs ').terms.every((t) => !t.partial)).toBe(true);
  });

  it('reads phrases, closed or still open, and curly quotes', () => {
    const q = parseQuery('“day of national” consecr');
    expect(q.phrases).toEqual([{ words: ['day', 'of', 'national'], open: false }]);
    const open = parseQuery('speech "day of nat');
    expect(open.phrases).toEqual([{ words: ['day', 'of', 'nat'], open: true }]);
    expect(open.terms.at(-1)).toMatchObject({ text: 'nat', partial: true, phrase: 0 });
  });

  it('reads filter words and keeps filters passed in', () => {
    const q = parseQuery(
      'speaker:"abraham lincoln" type:press tag:housing tag:Économie from:1860 to:1865-04 in:pers union',
      {
        library: 'project',
      },
    );
    expect(q.filters).toEqual({
      speaker: 'abraham lincoln',
      sourceType: ['press-release'],
      tags: ['housing', 'Économie'],
      from: '1860',
      to: '1865-04',
      library: 'personal',
    });
    expect(q.terms.map((t) => t.text)).toEqual(['union']);
    expect(parseQuery('note:this').terms.map((t) => t.text)).toEqual(['note', 'this']);
  });

  it('keeps at most 24 words of a pasted page', () => {
    const q = parseQuery(Array.from({ length: 400 }, (_, i) => `word${i}`).join(' '));
    expect(q.terms.length).toBe(24);
  });
});

describe('foldedWordList', () => {
  it('gives the same words on the fast ASCII path as the general folding', () => {
    for (const doc of speechDocs()) {
      expect(foldedWordList(doc.text)).toEqual(foldWords(doc.text).words.map((w) => w.word));
    }
    const tricky = "Don't `quote' 1,500.25 people--each, U.S. 3.5% 'tis dogs' e-mail";
    expect(foldedWordList(tricky)).toEqual(foldWords(tricky).words.map((w) => w.word));
  });
});

describe('docsFromSources', () => {
  it('carries the source title, type, speaker, date, tags and pinpoint label onto each passage', () => {
    const source = {
      id: 's1',
      type: 'interview',
      title: 'Interview with Zoë',
      speakers: ['Zoë Ångström'],
      date: '2024-05-02',
      url: null,
      notes: '',
      confidential: false,
      tags: ['harbour'],
      originalFile: null,
      textFile: null,
      contentHash: null,
      addedAt: '2024-05-03T10:00:00Z',
      addedBy: 'reporter',
    } as Source;
    const passage = {
      id: 'p1',
      sourceId: 's1',
      index: 0,
      text: 'We build piers.',
      speaker: null,
      pinpoint: { label: '00:01:02' },
      start: 0,
      end: 15,
      tags: ['piers'],
    } as Passage;
    const orphan = { ...passage, id: 'p2', sourceId: 'missing' };
    expect(docsFromSources([source], [passage, orphan], 'personal')).toEqual([
      {
        id: 'p1',
        sourceId: 's1',
        sourceTitle: 'Interview with Zoë',
        sourceType: 'interview',
        speaker: 'Zoë Ångström',
        date: '2024-05-02',
        text: 'We build piers.',
        tags: ['piers', 'harbour'],
        library: 'personal',
        pinpoint: '00:01:02',
      },
    ]);
  });
});
