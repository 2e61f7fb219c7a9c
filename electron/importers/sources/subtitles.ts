// SRT and WebVTT cues to passages: tags stripped to text, speakers from <v Name> voice tags or "NAME:" prefixes
// (">>" marks a new, unnamed speaker), and adjacent cues of one speaker merged while a sentence runs on.
//
// Merging rule: a cue joins the passage before it when both have the same speaker (or neither has one), the
// passage so far does not end a sentence (., !, ?, … with any closing quote or bracket), and the result stays
// within SOURCE_LIMITS.maxMergedCueChars (500). A search hit then shows a whole sentence with its time range,
// while a passage never grows past a few cues.
import { ok } from '../../../shared/api/result';
import type { Result } from '../../../shared/api/result';
import type { Pacer } from './pacer';
import { decodeEntities } from '../html-entities';
import { displayLabel } from '../../../shared/people';
import { isSpeakerName, timeLabel } from './speaker-labels';
import type { Cue } from './subtitle-cues';
import { SOURCE_LIMITS } from './types';
import type { PassageDraft } from './types';

interface Segment {
  speaker: string | null;
  text: string;
  start: number;
  end: number;
}

/** Character references decoded; &lrm; and &rlm; are dropped: a direction mark in a cue is layout, not words. */
function decodeCueEntities(text: string): string {
  return decodeEntities(text.replace(/&(?:lrm|rlm);/gi, ''));
}

/** Tags as subtitles write them: <i>, </b>, <font color="...">, <c.yellow>, <00:01:02.000>, and {\an8} codes. */
const TAG = /<\/?(?:[a-z][^<>]{0,200}|\d{1,2}:\d{2}[^<>]{0,20})>|\{\\[^{}]{0,100}\}/gi;
const VOICE = /<v(?:\.[^\s>]*)?[ \t]+([^>]{1,80})>|<\/v>/gi;
const PREFIX_LABEL = /^[ \t]*(?:>>+[ \t]*)?([^:<>\n]{1,60}?)[ \t]*:[ \t]+(?=\S)/u;
const CHEVRONS = /^[ \t]*>>+[ \t]*/;

const clean = (text: string): string => decodeCueEntities(text.replace(TAG, '')).replace(/\s+/g, ' ').trim();

/** "NAME:" at the start of a cue line: names in capitals always, Title Case names only when `known` has them. */
function prefixLabel(line: string, known: Set<string>): { name: string; rest: string } | null {
  const match = PREFIX_LABEL.exec(line);
  const name = match?.[1]?.trim();
  if (!match || !name || !isSpeakerName(name)) return null;
  if (name !== name.toUpperCase() && !known.has(name)) return null;
  return { name, rest: line.slice(match[0].length) };
}

/** Title Case labels that begin at least two cue lines: only those count as speakers ("Look: ..." once does not). */
function repeatedLabels(cues: Cue[]): Set<string> {
  const seen = new Map<string, number>();
  for (const cue of cues) {
    for (const line of cue.payload) {
      const name = PREFIX_LABEL.exec(line.replace(TAG, ''))?.[1]?.trim();
      if (name && isSpeakerName(name)) seen.set(name, (seen.get(name) ?? 0) + 1);
    }
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([name]) => name));
}

/** Splits one cue into segments by voice: <v Name> spans, or "NAME:" at the start of a line; `speaker` carries over. */
function cueSegments(
  cue: Cue,
  known: Set<string>,
  carried: string | null,
): { segments: Segment[]; speaker: string | null } {
  const segments: Segment[] = [];
  let speaker = carried;
  let words: string[] = [];
  const flush = (): void => {
    const text = clean(words.join(' '));
    words = [];
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.speaker === speaker) last.text = `${last.text} ${text}`;
    else segments.push({ speaker, text, start: cue.start, end: cue.end });
  };
  for (const raw of cue.payload) {
    let line = raw;
    if (CHEVRONS.test(line)) {
      flush();
      speaker = null;
      line = line.replace(CHEVRONS, '');
    }
    const label = prefixLabel(line.replace(TAG, ''), known);
    if (label) {
      flush();
      speaker = displayLabel(label.name);
      line = label.rest;
    }
    let at = 0;
    VOICE.lastIndex = 0;
    for (let match = VOICE.exec(line); match; match = VOICE.exec(line)) {
      words.push(line.slice(at, match.index));
      at = match.index + match[0].length;
      const voice = match[1] ? displayLabel(clean(match[1])) : '';
      if (voice && voice !== speaker) {
        flush();
        speaker = voice;
      }
    }
    words.push(line.slice(at));
  }
  flush();
  return { segments, speaker };
}

function endsSentence(text: string): boolean {
  const trimmed = text.replace(/["'”’)\]»♪\s]+$/u, '');
  return /[.!?…]$/u.test(trimmed) || trimmed.length === 0;
}

export interface SubtitlePassages {
  text: string;
  passages: PassageDraft[];
}

/**
 * Builds the extracted text (one paragraph per passage, "NAME: " before a passage whose speaker changes) and the
 * passages (pinpoint "00:01:02" with start and end seconds) from cues. Progress: `pacer` units `base` + cue offset;
 * stops with 'cancelled' when the import is cancelled.
 */
export async function cuesToPassages(cues: Cue[], pacer: Pacer, base: number): Promise<Result<SubtitlePassages>> {
  const known = repeatedLabels(cues);
  const merged: Segment[] = [];
  let speaker: string | null = null;
  for (const cue of cues) {
    if (pacer.due(base + cue.offset)) {
      const cancelled = await pacer.pause(base + cue.offset);
      if (cancelled) return cancelled;
    }
    const result = cueSegments(cue, known, speaker);
    speaker = result.speaker;
    for (const segment of result.segments) {
      const last = merged[merged.length - 1];
      if (
        last &&
        last.speaker === segment.speaker &&
        !endsSentence(last.text) &&
        last.text.length + 1 + segment.text.length <= SOURCE_LIMITS.maxMergedCueChars
      ) {
        last.text = `${last.text} ${segment.text}`;
        last.end = Math.max(last.end, segment.end);
      } else merged.push({ ...segment });
    }
  }
  const parts: string[] = [];
  const passages: PassageDraft[] = [];
  let offset = 0;
  let previousSpeaker: string | null = null;
  for (const segment of merged) {
    if (parts.length > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    if (segment.speaker !== null && segment.speaker !== previousSpeaker) {
      const label = `${segment.speaker}: `;
      parts.push(label);
      offset += label.length;
    }
    previousSpeaker = segment.speaker;
    parts.push(segment.text);
    passages.push({
      index: passages.length,
      text: segment.text,
      speaker: segment.speaker,
      pinpoint: { label: timeLabel(segment.start), startSeconds: segment.start, endSeconds: segment.end },
      start: offset,
      end: offset + segment.text.length,
    });
    offset += segment.text.length;
  }
  return ok({ text: parts.join(''), passages });
}
