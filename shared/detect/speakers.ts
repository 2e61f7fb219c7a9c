// Who said each quote: the attribution after it, earlier in its sentence, in a lead-in ending in a colon, shared with
// the quote before it, or carried over from the previous paragraph. Pronouns ("she said", "he added") resolve to the
// last person named before them; statements, reports and ordinances make a document quote.
import { attributionAfter, attributionBefore, onlyEndsSentence, type RawAttribution } from './attribution';
import { contextAttribution, leadInAttribution } from './lead-in';
import { isOrganisation } from './names';
import type { QuoteSpan } from './quotes';
import { isNewline, isSpace, paragraphStart, type SentenceIndex } from './text';
import type { Range, SpeakerKind } from './types';

/** How the speaker of a quote was found. */
export type SpeakerSource = 'named' | 'pronoun' | 'shared' | 'carried' | 'lead-in' | 'unnamed' | 'none';

export interface QuoteSpeaker {
  speaker: string | null;
  /** 'person', 'document' (a statement, report, ordinance or organisation), or null when no one is identified. */
  kind: SpeakerKind;
  source: SpeakerSource;
  /** The pronoun the draft used, when it used one. */
  pronoun: string | null;
  /** The attribution phrase, so it is not suggested a second time as a paraphrase. */
  attribution: Range | null;
}

/** Surname -> fullest name seen, and where each surname is mentioned, to resolve pronouns. */
class People {
  private readonly full = new Map<string, string>();
  private mentions: { at: number; surname: string }[] = [];

  add(name: string): void {
    if (isOrganisation(name)) return;
    const surname = name.split(/\s+/u).pop() ?? '';
    if (surname.length < 2) return;
    const known = this.full.get(surname);
    if (!known || name.length > known.length) this.full.set(surname, name);
  }

  index(text: string): void {
    const surnames = [...this.full.keys()].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (surnames.length === 0) return;
    const re = new RegExp(`(?<![\\p{L}\\p{M}])(?:${surnames.join('|')})(?![\\p{L}\\p{M}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) this.mentions.push({ at: m.index, surname: m[0] });
  }

  /** The fullest form of a name ("Holloway" -> "Karen Holloway"). */
  fullName(name: string): string {
    const surname = name.split(/\s+/u).pop() ?? '';
    const known = this.full.get(surname);
    return known && known.endsWith(name) ? known : name;
  }

  /** The person last mentioned before `at`, or null. */
  lastBefore(at: number): string | null {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid]?.at ?? 0) < at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const mention = this.mentions[found];
    return mention ? (this.full.get(mention.surname) ?? null) : null;
  }
}

function startsParagraph(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const ch = text[k];
    if (ch === undefined || isNewline(ch)) return true;
    if (!isSpace(ch)) return false;
  }
  return true;
}

function previousParagraphStart(text: string, para: number): number {
  let k = para - 1;
  while (k >= 0 && (isNewline(text[k]) || isSpace(text[k]))) k--;
  return k < 0 ? -1 : paragraphStart(text, k);
}

function endsWithStop(text: string, q: QuoteSpan): boolean {
  let k = q.innerEnd - 1;
  while (k > q.innerStart && isSpace(text[k])) k--;
  return text[k] === '.';
}

/**
 * Finds the speaker of every quote. `knownNames` are people named elsewhere in the draft (titled names, paraphrase
 * attributions) so that "she said" can resolve to the last of them mentioned. Quotes with no attribution of their own
 * share the speaker of the quote just before them in the same sentence run (`“A,” Bass said. “B.”`) or carry it over
 * from the previous paragraph when the draft goes straight on quoting.
 */
export function attributeQuotes(
  text: string,
  quotes: QuoteSpan[],
  sentences: SentenceIndex,
  knownNames: string[],
): QuoteSpeaker[] {
  const raw: ({ attribution: RawAttribution; source: SpeakerSource } | null)[] = [];
  quotes.forEach((q, i) => {
    const prev = quotes[i - 1];
    const para = paragraphStart(text, q.start);
    const after = q.closed && !endsWithStop(text, q) ? attributionAfter(text, q.end) : null;
    if (after) return raw.push({ attribution: after, source: 'named' });
    const leadIn = leadInAttribution(text, q.start, sentences, prev ? prev.end : 0);
    if (leadIn) return raw.push({ attribution: leadIn, source: 'lead-in' });
    const from = Math.max(sentences.sentenceAt(q.start).start, para, prev && prev.end <= q.start ? prev.end : 0);
    const before = attributionBefore(text, from, q.start);
    if (before) return raw.push({ attribution: before, source: 'named' });
    const shared = prev ? raw[i - 1] : null;
    if (prev && shared && sentences.sentenceAt(prev.start).start === sentences.sentenceAt(q.start).start) {
      return raw.push({ attribution: shared.attribution, source: 'shared' }); // two partial quotes in one sentence
    }
    if (prev && shared && prev.end > para && shared.attribution.start >= prev.end) {
      if (onlyEndsSentence(text.slice(shared.attribution.end, q.start)))
        return raw.push({ attribution: shared.attribution, source: 'shared' });
    }
    if (
      prev &&
      shared &&
      startsParagraph(text, q.start) &&
      paragraphStart(text, Math.max(prev.start, prev.end - 1)) === previousParagraphStart(text, para)
    ) {
      const tailFrom = Math.max(prev.end, shared.attribution.end);
      if (onlyEndsSentence(text.slice(tailFrom, para).trimEnd()))
        return raw.push({ attribution: shared.attribution, source: 'carried' });
    }
    const context = contextAttribution(text, q.start, sentences, para);
    return raw.push(context ? { attribution: context, source: 'shared' } : null);
  });

  const people = new People();
  for (const name of knownNames) people.add(name);
  for (const r of raw) if (r?.attribution.name) people.add(r.attribution.name);
  people.index(text);

  return raw.map((r): QuoteSpeaker => {
    if (!r) return { speaker: null, kind: null, source: 'none', pronoun: null, attribution: null };
    const a = r.attribution;
    const range = r.source === 'named' || r.source === 'lead-in' ? { start: a.start, end: a.end } : null;
    const source = r.source === 'lead-in' ? 'named' : r.source;
    if (a.name) return { speaker: people.fullName(a.name), kind: 'person', source, pronoun: null, attribution: range };
    if (a.document) return { speaker: a.document, kind: 'document', source, pronoun: null, attribution: range };
    if (a.pronoun) {
      const who = people.lastBefore(a.start);
      return {
        speaker: who,
        kind: who ? 'person' : null,
        source: who ? (source === 'named' ? 'pronoun' : source) : 'unnamed',
        pronoun: a.pronoun,
        attribution: range,
      };
    }
    return { speaker: null, kind: null, source: 'unnamed', pronoun: null, attribution: range };
  });
}

/** The one-line reason shown with a quote suggestion. */
export function quoteReason(q: QuoteSpan, s: QuoteSpeaker): string {
  let reason: string;
  if (s.kind === 'document' && s.speaker)
    reason = `Document quote from ${s.speaker}: check it against the document${s.source === 'named' ? '' : ' (continues the quote before it)'}`;
  else if (s.speaker && s.source === 'pronoun')
    reason = `Direct quote attributed to ${s.speaker} (the draft says '${s.pronoun ?? ''}')`;
  else if (s.speaker && (s.source === 'shared' || s.source === 'carried'))
    reason = `Direct quote attributed to ${s.speaker} (continues the quote before it)`;
  else if (s.speaker) reason = `Direct quote attributed to ${s.speaker}`;
  else if (s.pronoun) reason = `Direct quote; the draft only says '${s.pronoun}', and no one is named before it`;
  else if (s.source === 'unnamed') reason = 'Direct quote from a source the draft does not name';
  else reason = 'Direct quote with no speaker named';
  if (q.paragraphs > 1) reason += `, over ${q.paragraphs} paragraphs`;
  if (!q.closed) reason += ' (the closing quote mark is missing)';
  return reason;
}
