// Text to passages, for .txt files and for the text of DOCX, HTML and Markdown: speaker turns when the text reads
// as a transcript ("NAME: text", "Q:"/"A:", "Speaker 1  00:01:02" headers), paragraphs otherwise. Two linear passes:
// the first finds labels and decides, the second builds passages with their pinpoints.
import { ok } from '../../../shared/api/result';
import type { Failure, Result } from '../../../shared/api/result';
import { tooManyPassages } from './limits';
import { splitLongRange } from './long-passages';
import type { Pacer } from './pacer';
import { isEditorialLine, matchSpeakerHeader, matchSpeakerLine, timeLabel } from './speaker-labels';
import type { LabelMatch } from './speaker-labels';
import type { PassageDraft } from './types';

export interface SegmentedText {
  passages: PassageDraft[];
  /** True when speaker labels or timestamps were found and used. */
  transcript: boolean;
}

interface Lines {
  starts: number[];
  ends: number[];
  /** Line index of each label candidate, ascending, with the match. */
  labelLines: number[];
  labels: LabelMatch[];
  /** Line indexes of editor's asides ("Note: ..."), which end a turn. */
  editorialLines: number[];
  /** Labels on the first line of a paragraph (after a blank line): turns separated by blank lines. */
  labelsAfterBlank: number;
  /** The line index of a "Speaker: Jane Doe" first line, or -1. */
  headerLine: number;
  defaultSpeaker: string | null;
  paragraphs: number;
}

function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c && c !== 0x0b && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

/**
 * Pass 1: line offsets and label candidates. Only lines with a colon in their first 130 characters are tried.
 * Refuses text with more paragraphs than the passage limit, and stops when the import is cancelled.
 */
async function scanLines(text: string, pacer: Pacer): Promise<Result<Lines>> {
  const lines: Lines = {
    starts: [],
    ends: [],
    labelLines: [],
    labels: [],
    editorialLines: [],
    labelsAfterBlank: 0,
    headerLine: -1,
    defaultSpeaker: null,
    paragraphs: 0,
  };
  const breaks = /\r\n|\n|\r/g;
  let lineStart = 0;
  let nextColon = -2;
  let firstContent = true;
  let inParagraph = false;
  for (;;) {
    const match = breaks.exec(text);
    const lineEnd = match ? match.index : text.length;
    const index = lines.starts.length;
    lines.starts.push(lineStart);
    lines.ends.push(lineEnd);
    if (!isBlankRange(text, lineStart, lineEnd)) {
      const startsParagraph = !inParagraph;
      if (startsParagraph && ++lines.paragraphs > pacer.limits.maxPassages) {
        return tooManyPassages(pacer.name, pacer.limits.maxPassages, 'passages', pacer.limits, true);
      }
      inParagraph = true;
      if (nextColon !== -1 && nextColon < lineStart) nextColon = text.indexOf(':', lineStart);
      if (nextColon >= 0 && nextColon < Math.min(lineEnd, lineStart + 130)) {
        const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 161));
        const header = firstContent ? matchSpeakerHeader(line) : null;
        if (header) {
          lines.headerLine = index;
          lines.defaultSpeaker = header;
        } else if (isEditorialLine(line)) {
          lines.editorialLines.push(index);
        } else {
          const label = matchSpeakerLine(lineEnd - lineStart > 160 ? text.slice(lineStart, lineEnd) : line);
          if (label) {
            lines.labelLines.push(index);
            lines.labels.push(label);
            if (startsParagraph) lines.labelsAfterBlank++;
          }
        }
      }
      firstContent = false;
    } else inParagraph = false;
    if (!match) break;
    lineStart = match.index + match[0].length;
    if (pacer.due(lineStart)) {
      const cancelled = await pacer.pause(lineStart);
      if (cancelled) return cancelled;
    }
  }
  return ok(lines);
}

/**
 * A transcript has at least two labelled turns with a name that comes back (or names in capitals, or timestamps),
 * and its labels start at least one paragraph in ten; "Note:" once in an article is not a transcript.
 */
function readsAsTranscript(lines: Lines): boolean {
  const labels = lines.labels;
  if (labels.length < 2 || labels.length * 10 < lines.paragraphs) return false;
  const counts = new Map<string, number>();
  let timed = 0;
  let caps = 0;
  for (const label of labels) {
    if (label.seconds !== undefined) timed++;
    if (label.speaker === null) continue;
    counts.set(label.speaker, (counts.get(label.speaker) ?? 0) + 1);
    // As typed: the speaker is already in ordinary case ("MARIA LOPEZ" reads "Maria Lopez").
    if (label.capitals) caps++;
  }
  if (timed >= 2) return true;
  if (caps === labels.length) return true;
  for (const count of counts.values()) if (count >= 2) return true;
  return false;
}

interface Turn {
  ordinal: number;
  /** A "Speaker 1  00:01:02" header, whose words come on the lines after it. */
  header: boolean;
  speaker: string | null;
  seconds?: number;
}

/**
 * Splits text into passages. Transcript: each turn's paragraphs are passages with the turn's speaker and its time
 * ("00:01:02", endSeconds the next timed turn's start) or "¶ n"; lines without a label continue the turn. Otherwise
 * each paragraph is a passage ("¶ n"). A first line "Speaker: Jane Doe" names the speaker of unlabelled passages.
 * Progress runs from `pacer` units 0 to 2 × text.length. Refuses text with more passages than the limit, and stops
 * with 'cancelled' when the import is cancelled.
 */
export async function segmentText(text: string, pacer: Pacer): Promise<Result<SegmentedText>> {
  const scanned = await scanLines(text, pacer);
  if (!scanned.ok) return scanned;
  const lines = scanned.value;
  const transcript = readsAsTranscript(lines);
  const passages: PassageDraft[] = [];
  const turnOf: (Turn | null)[] = [];
  let turn: Turn | null = null;
  let turns = 0;
  let paragraph = 0;
  let open = -1;
  let openEnd = -1;
  let nextLabel = 0;
  let nextEditorial = 0;
  // When turns are separated by blank lines, a paragraph without a label goes on with the turn (a long answer);
  // when they follow each other line by line, a paragraph after a blank line is narration, not the last speaker's.
  const paragraphsContinueTurns = lines.labelsAfterBlank * 2 >= lines.labels.length;

  /** Ends the open paragraph as passages; the refusal when they pass the limit. */
  const close = (): Failure<'invalid-file'> | undefined => {
    if (open < 0) return undefined;
    for (const [start, end] of splitLongRange(text, open, openEnd)) {
      if (passages.length >= pacer.limits.maxPassages) {
        return tooManyPassages(pacer.name, pacer.limits.maxPassages, 'passages', pacer.limits, true);
      }
      const seconds = turn?.seconds;
      passages.push({
        index: passages.length,
        text: text.slice(start, end).replace(/[ \t]*(?:\r\n|\n|\r)[ \t]*/g, ' '),
        speaker: turn?.speaker ?? lines.defaultSpeaker,
        pinpoint:
          seconds === undefined
            ? { label: `¶ ${paragraph}`, paragraph }
            : { label: timeLabel(seconds), startSeconds: seconds },
        start,
        end,
      });
      turnOf.push(turn);
    }
    open = -1;
    return undefined;
  };
  const extend = (from: number, to: number): void => {
    while (from < to && isBlankRange(text, from, from + 1)) from++;
    while (to > from && isBlankRange(text, to - 1, to)) to--;
    if (to <= from) return;
    if (open < 0) {
      open = from;
      paragraph++;
    }
    openEnd = to;
  };

  const base = text.length;
  for (let i = 0; i < lines.starts.length; i++) {
    const start = lines.starts[i] ?? 0;
    const end = lines.ends[i] ?? 0;
    if (pacer.due(base + start)) {
      const cancelled = await pacer.pause(base + start);
      if (cancelled) return cancelled;
    }
    let label: LabelMatch | undefined;
    if (lines.labelLines[nextLabel] === i) {
      label = lines.labels[nextLabel];
      nextLabel++;
    }
    if (lines.editorialLines[nextEditorial] === i) {
      nextEditorial++;
      if (open < 0) turn = null;
    }
    if (i === lines.headerLine || isBlankRange(text, start, end)) {
      const refused = close();
      if (refused) return refused;
      if (transcript && !paragraphsContinueTurns && turn && !turn.header) turn = null;
      continue;
    }
    if (transcript && label) {
      const refused = close();
      if (refused) return refused;
      turn = {
        ordinal: turns++,
        header: label.header && label.contentOffset >= end - start,
        speaker: label.speaker,
        ...(label.seconds !== undefined ? { seconds: label.seconds } : {}),
      };
      extend(start + label.contentOffset, end);
      continue;
    }
    extend(start, end);
  }
  const refused = close();
  if (refused) return refused;
  fillEndTimes(passages, turnOf);
  return ok({ passages, transcript });
}

/** endSeconds of a timed turn's passages: the start of the next timed turn. */
function fillEndTimes(passages: PassageDraft[], turnOf: (Turn | null)[]): void {
  let nextStart: number | undefined;
  let nextOrdinal = -1;
  let laterStart: number | undefined;
  for (let i = passages.length - 1; i >= 0; i--) {
    const turn = turnOf[i];
    const passage = passages[i];
    if (!turn || !passage || turn.seconds === undefined) continue;
    if (turn.ordinal !== nextOrdinal) {
      nextStart = laterStart;
      nextOrdinal = turn.ordinal;
      laterStart = turn.seconds;
    }
    if (nextStart !== undefined && nextStart >= turn.seconds) passage.pinpoint.endSeconds = nextStart;
  }
}
