// The whole suggestion pass: draft order, overlaps, offsets in CRLF, NFD, emoji and RTL drafts.
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from '../../../../shared/model/claim';
import { suggestClaims } from '../../../../shared/detect/suggest';

describe('suggestClaims', () => {
  it('returns an empty list for an empty draft', () => {
    expect(suggestClaims('')).toEqual([]);
  });

  it('gives spans in draft order whose text is exactly the draft text at their offsets', () => {
    const t =
      'Mayor Karen Bass said Tuesday the city will spend $1.2 million, the largest grant since 2019. “We will rebuild,” Bass said.';
    const out = suggestClaims(t);
    for (const s of out) {
      expect(t.slice(s.start, s.end)).toBe(s.text);
      expect(CLAIM_KINDS).toContain(s.kind);
      expect(s.reason).not.toContain('\n');
    }
    const starts = out.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(out.map((s) => s.kind)).toEqual([
      'prediction',
      'attribution',
      'name',
      'date',
      'number',
      'superlative',
      'date',
      'quote',
    ]);
  });

  it('does not suggest numbers, dates or names inside a quote, and says the quote holds them', () => {
    const t = '“We cut 45% of the budget in 2024,” Mayor Karen Bass said.';
    const out = suggestClaims(t);
    expect(out.filter((s) => s.start < 36).map((s) => s.kind)).toEqual(['quote']);
    expect(out[0]?.reason).toBe('Direct quote attributed to Karen Bass; contains a number, a date');
  });

  it("suggests nothing from a page's notice lines: the copyright year and publisher are small print", () => {
    const text = [
      'The council voted 7 to 2 on Tuesday to spend $4 million.',
      'Copyright © 2024 Harbour Times. All rights reserved.',
      '© 2023 Harbour Times',
      'The vote came in 2024.',
    ].join('\n\n');
    expect(suggestClaims(text).map((s) => `${s.kind}: ${s.text}`)).toEqual([
      'number: 7 to 2',
      'date: Tuesday',
      'number: $4 million',
      'date: 2024',
    ]);
  });

  it('keeps numbers inside dates as part of the date and merges overlapping spans of one kind', () => {
    const out = suggestClaims('The hearing is set for Sept. 30, 2025 at 7 a.m. on Tuesday morning.');
    expect(out.filter((s) => s.kind === 'number')).toEqual([]);
    expect(out.filter((s) => s.kind === 'date').map((s) => s.text)).toEqual([
      'Sept. 30, 2025',
      '7 a.m.',
      'Tuesday morning',
    ]);
  });

  it('gives UTF-16 offsets into CRLF drafts', () => {
    const t = 'Line one.\r\n\r\n“It rose 12%,” said Bass.\r\nCosts fell 3% in 2023.';
    for (const s of suggestClaims(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(suggestClaims(t).map((s) => s.text)).toEqual(['“It rose 12%,”', '3%', '2023']);
  });

  it('never splits a combining mark or an emoji', () => {
    const nfd = '“Ça coûte 5 € de plus,” said Mayor José Núñez.'.normalize('NFD');
    for (const s of suggestClaims(nfd)) {
      expect(/^\p{M}/u.test(s.text)).toBe(false);
      expect(/^\p{M}/u.test(nfd.slice(s.end))).toBe(false);
    }
    expect(suggestClaims(nfd).find((s) => s.kind === 'name')?.text).toBe('Mayor José Núñez'.normalize('NFD'));
    const emoji = 'Fans posted “🏆⚓ champions 👩🏽‍🚒” and 40,000 👍🏽 reactions.';
    for (const s of suggestClaims(emoji)) {
      const first = s.text.charCodeAt(0);
      const last = s.text.charCodeAt(s.text.length - 1);
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
    expect(suggestClaims(emoji).map((s) => s.text)).toEqual(['“🏆⚓ champions 👩🏽‍🚒”', '40,000']);
  });

  it('finds quotes and figures in RTL text with bidi marks', () => {
    const t = 'قال الرئيس \u200F«سنعيد البناء»\u200F يوم 12 مارس، وارتفعت الأسعار 15%.';
    const out = suggestClaims(t);
    expect(out.map((s) => [s.kind, s.text])).toEqual([
      ['quote', '«سنعيد البناء»'],
      ['number', '12'],
      ['number', '15%'],
    ]);
  });
});
