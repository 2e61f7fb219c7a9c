// The shape of a suggestion: a check-worthy span of the draft, its kind and a one-line reason a reporter understands.
import type { ClaimKind } from '../model/claim';

/** One check-worthy span of the draft, found by a rule that can say why. Offsets are UTF-16 indices into the text. */
export interface Suggestion {
  start: number;
  end: number;
  /** Exactly text.slice(start, end) of the draft as given. */
  text: string;
  kind: ClaimKind;
  /** One line, e.g. "Direct quote attributed to Bass" or "Prediction: 'is expected to'". */
  reason: string;
  /**
   * Quotes: who the draft says spoke; attributions: the source named. A person's name as written, titles trimmed
   * ("Karen Bass"), or a document or organisation as written ("the ordinance"). Null when no one is identified.
   */
  speaker: string | null;
  /**
   * Check-worthiness from 0 to 1, learned from the sentences fact-checkers chose to check in debate transcripts: the
   * share of those chosen sentences that look less worth checking than the sentence holding this span (0.7 = more
   * than 70% of them). Spans of one sentence share its score.
   */
  score: number;
  /** 'person' when `speaker` names a person, 'document' for a statement, report, document or organisation, else null. */
  speakerKind: SpeakerKind;
}

/** What a quote's or attribution's speaker is: a person, a document (or organisation), or not identified (null). */
export type SpeakerKind = 'person' | 'document' | null;

/** A span a detector found, before the text is cut out and overlaps are resolved. */
export interface Found {
  start: number;
  end: number;
  kind: ClaimKind;
  reason: string;
  speaker: string | null;
  /** As in Suggestion; detectors that never name a speaker leave it out (null). */
  speakerKind?: SpeakerKind;
}

/** A half-open range [start, end) of the draft. */
export interface Range {
  start: number;
  end: number;
}

/** True when two half-open ranges share at least one character. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Merges overlapping spans of one detector into one, keeping the reason of the first. Input in any order. */
export function mergeOverlapping(spans: Found[]): Found[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
