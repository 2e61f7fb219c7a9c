// Accuracy of the suggestion pass on the labelled drafts in test/fixtures/detect/: precision and recall per kind, and
// speaker accuracy for quotes. Set DETECT_VERBOSE=1 to list every miss and every false alarm.
//
// Matching rule: a suggestion matches a label when both have the same kind and their spans overlap by at least one
// character. Precision = suggestions that match some label / all suggestions of that kind; recall = labels matched by
// some suggestion / all labels of that kind. Overlap (not exact bounds) is the rule because the reporter accepts or
// widens a suggestion by hand; what matters is that the check-worthy thing was pointed at.
// Speaker accuracy: for each labelled quote that was found, the speaker of the best-overlapping suggested quote is
// right when both are null, or when both name someone with the same last word ("Holloway" = "Karen Holloway").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, type ClaimKind } from '../../../../shared/model/claim';
import { suggestClaims } from '../../../../shared/detect/suggest';
import type { Suggestion } from '../../../../shared/detect/types';

const DIR = join(__dirname, '../../../fixtures/detect');
const GATED: ClaimKind[] = ['quote', 'number'];
const MIN_PRECISION = 0.85;
const MIN_RECALL = 0.9;
const MIN_SPEAKER = 0.85;

interface Label {
  kind: ClaimKind;
  text: string;
  occurrence?: number;
  speaker?: string | null;
}
interface Located extends Label {
  start: number;
  end: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the n-th occurrence of the label text, not inside a longer word ("19" is not the 19 in "2019"). */
function locate(text: string, label: Label, file: string): Located {
  const before = /^[\p{L}\p{N}]/u.test(label.text) ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = /[\p{L}\p{N}]$/u.test(label.text) ? '(?![\\p{L}\\p{N}_])' : '';
  const re = new RegExp(before + escape(label.text) + after, 'gu');
  const hits = [...text.matchAll(re)];
  const hit = hits[(label.occurrence ?? 1) - 1];
  if (!hit)
    throw new Error(`${file}: the label "${label.text}" (occurrence ${label.occurrence ?? 1}) is not in the draft.`);
  return { ...label, start: hit.index, end: hit.index + label.text.length };
}

function loadDrafts(): { name: string; text: string; labels: Located[] }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => {
      const spec = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { draft: string; labels: Label[] };
      const text = readFileSync(join(DIR, spec.draft), 'utf8');
      for (const l of spec.labels)
        if (!CLAIM_KINDS.includes(l.kind)) throw new Error(`${f}: unknown kind "${l.kind}".`);
      return { name: spec.draft, text, labels: spec.labels.map((l) => locate(text, l, f)) };
    });
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const lastWord = (s: string): string => s.normalize('NFC').trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
const sameSpeaker = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a ?? null) === null || (b ?? null) === null ? (a ?? null) === (b ?? null) : lastWord(a ?? '') === lastWord(b ?? '');

interface Tally {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
}

function evaluate(): { tally: Map<ClaimKind, Tally>; speakers: { right: number; total: number }; notes: string[] } {
  const tally = new Map<ClaimKind, Tally>(CLAIM_KINDS.map((k) => [k, { predicted: 0, correct: 0, gold: 0, found: 0 }]));
  const speakers = { right: 0, total: 0 };
  const notes: string[] = [];
  for (const draft of loadDrafts()) {
    const suggestions = suggestClaims(draft.text);
    for (const s of suggestions) {
      const t = tally.get(s.kind);
      if (!t) continue;
      t.predicted++;
      if (draft.labels.some((l) => l.kind === s.kind && overlap(l, s) > 0)) t.correct++;
      else notes.push(`${draft.name}: extra ${s.kind} "${s.text}" (${s.reason})`);
    }
    for (const l of draft.labels) {
      const t = tally.get(l.kind);
      if (!t) continue;
      t.gold++;
      const hits = suggestions.filter((s: Suggestion) => s.kind === l.kind && overlap(l, s) > 0);
      if (hits.length === 0) {
        notes.push(`${draft.name}: missed ${l.kind} "${l.text}"`);
        continue;
      }
      t.found++;
      if (l.kind === 'quote') {
        const best = hits.reduce((a, b) => (overlap(b, l) > overlap(a, l) ? b : a));
        speakers.total++;
        if (sameSpeaker(best.speaker, l.speaker)) speakers.right++;
        else
          notes.push(
            `${draft.name}: speaker of "${l.text.slice(0, 40)}" is ${JSON.stringify(best.speaker)}, labelled ${JSON.stringify(l.speaker ?? null)}`,
          );
      }
    }
  }
  return { tally, speakers, notes };
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

describe('suggestion accuracy on the labelled drafts', () => {
  const drafts = loadDrafts();
  const { tally, speakers, notes } = evaluate();

  it('has at least 10 drafts and 200 labelled spans, every label found in its draft', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(10);
    expect(drafts.reduce((n, d) => n + d.labels.length, 0)).toBeGreaterThanOrEqual(200);
  });

  it(`reaches precision ${MIN_PRECISION} and recall ${MIN_RECALL} for quotes and numbers, and names quote speakers`, () => {
    const rows = [...tally].map(
      ([kind, t]) =>
        `${kind.padEnd(12)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(9)} ${pct(t.correct, t.predicted)}     ${pct(t.found, t.gold)}`,
    );
    console.log(
      [
        'kind          labels suggested precision  recall',
        ...rows,
        `quote speakers right: ${speakers.right}/${speakers.total} (${pct(speakers.right, speakers.total).trim()})`,
      ].join('\n'),
    );
    if (process.env.DETECT_VERBOSE) console.log(notes.join('\n'));
    for (const kind of GATED) {
      const t = tally.get(kind);
      expect(t, kind).toBeDefined();
      if (!t) continue;
      expect(t.correct / t.predicted, `${kind} precision`).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(t.found / t.gold, `${kind} recall`).toBeGreaterThanOrEqual(MIN_RECALL);
    }
    expect(speakers.right / speakers.total, 'quote speaker accuracy').toBeGreaterThanOrEqual(MIN_SPEAKER);
  });
});
