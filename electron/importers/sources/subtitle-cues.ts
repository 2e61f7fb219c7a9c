// Reading SRT and WebVTT files into timed cues, leniently: a missing blank line, a BOM, CRLF, NOTE/STYLE/REGION
// blocks, cue identifiers and settings are all handled; cues with unreadable times are left out with a warning.
// Our own reader on purpose: @plussub/srt-vtt-parser 2.0.5 read 5 of 14 test files the same and broke the rest
// (exceptions, NaN end times, cues run together, no line numbers for warnings); see the commit that removed it.
import { ok } from '../../../shared/api/result';
import type { Failure, Result } from '../../../shared/api/result';
import { passageTooLong, tooManyCues } from './limits';
import { count, listLines } from './line-list';
import type { Pacer } from './pacer';

export interface Cue {
  start: number;
  end: number;
  /** The cue's text lines, as written (tags still in). */
  payload: string[];
  /** 1-based line number of the timing line. */
  line: number;
  /** Offset of the timing line in the file's text, for progress. */
  offset: number;
}

export interface CueFile {
  cues: Cue[];
  warnings: string[];
}

const TIME = String.raw`(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,:](\d{1,3}))?`;
const TIMING = new RegExp(String.raw`^[ \t]*${TIME}[ \t]*-+>[ \t]*${TIME}(?:[ \t]+.*)?[ \t]*$`);
const ARROW = /-->/;
const BLOCK_KEYWORD = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

function seconds(h: string | undefined, m: string, s: string, f: string | undefined): number | null {
  const minutes = Number(m);
  const secs = Number(s);
  if (minutes >= 60 || secs >= 60) return null;
  const fraction = f ? Number(f.padEnd(3, '0')) / 1000 : 0;
  return Number(h ?? 0) * 3600 + minutes * 60 + secs + fraction;
}

/** The start and end of a timing line, or null when it is not one or its times cannot be read. */
export function parseTiming(line: string): { start: number; end: number } | null {
  const match = TIMING.exec(line);
  if (!match) return null;
  const start = seconds(match[1], match[2] ?? '', match[3] ?? '', match[4]);
  const end = seconds(match[5], match[6] ?? '', match[7] ?? '', match[8]);
  return start === null || end === null ? null : { start, end };
}

const isBlank = (line: string): boolean => line.trim() === '';

/**
 * Reads the cues of an SRT or WebVTT text (`vtt` says which rules apply to the header and to NOTE/STYLE/REGION
 * blocks). `name` is the file name for warnings. Progress runs over `pacer` units 0 to text.length. Refuses a file
 * with more cues than the limit or a cue longer than a passage may be; stops with 'cancelled' when the import is.
 */
export async function readCues(text: string, vtt: boolean, name: string, pacer: Pacer): Promise<Result<CueFile>> {
  const lines = text.split(/\r\n|\n|\r/);
  const cues: Cue[] = [];
  const warnings: string[] = [];
  const badTimes: number[] = [];
  const stray: number[] = [];
  let missingBlank = 0;
  let extraCues = 0;
  let current: Cue | null = null;
  let skipping = false;
  let offset = 0;
  let i = 0;
  if (vtt) {
    if (!/^\uFEFF?WEBVTT(?:[ \t]|$)/.test(lines[0] ?? '')) {
      warnings.push(`${name} does not start with "WEBVTT" as WebVTT files should; Factdesk read its cues anyway.`);
    } else {
      // The header block runs to the first blank line.
      for (; i < lines.length && !isBlank(lines[i] ?? ''); i++) offset += (lines[i] ?? '').length + 1;
    }
  }
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineOffset = offset;
    offset += line.length + 1;
    if (pacer.due(lineOffset)) {
      const cancelled = await pacer.pause(lineOffset);
      if (cancelled) return cancelled;
    }
    if (isBlank(line)) {
      current = null;
      skipping = false;
      continue;
    }
    const looksTimed = ARROW.test(line);
    const timing = looksTimed ? parseTiming(line) : null;
    if (skipping) {
      // A NOTE or STYLE block never holds "-->": a timing line there is a cue that lacks its blank line.
      if (!timing) continue;
      missingBlank++;
      skipping = false;
    }
    if (current) {
      const numberThenTiming = /^\s*\d+\s*$/.test(line) && ARROW.test(lines[i + 1] ?? '');
      if (!looksTimed && !numberThenTiming) {
        current.payload.push(line);
        continue;
      }
      missingBlank++;
      current = null;
      if (numberThenTiming) continue;
    }
    if (timing) {
      if (cues.length >= pacer.limits.maxCues) {
        // Past the limit only the count goes on, for the refusal's sentence.
        extraCues++;
        skipping = true;
        continue;
      }
      current = { start: timing.start, end: timing.end, payload: [], line: i + 1, offset: lineOffset };
      cues.push(current);
      continue;
    }
    if (looksTimed) {
      badTimes.push(i + 1);
      skipping = true;
      continue;
    }
    if (vtt && BLOCK_KEYWORD.test(line)) {
      skipping = true;
      continue;
    }
    const next = lines[i + 1] ?? '';
    // A cue identifier (SRT's number, any WebVTT text) sits on the line before the timing line.
    if (ARROW.test(next)) continue;
    stray.push(i + 1);
    skipping = true;
  }
  if (extraCues > 0) return tooManyCues(name, cues.length + extraCues, pacer.limits);
  const tooLong = checkCueLength(cues, name, pacer);
  if (tooLong) return tooLong;
  if (missingBlank > 0) {
    warnings.push(
      `${count(missingBlank, 'cue')} of ${name} had no blank line before ${missingBlank === 1 ? 'it' : 'them'}; Factdesk read ${missingBlank === 1 ? 'it' : 'them'} anyway.`,
    );
  }
  if (badTimes.length > 0) {
    warnings.push(
      `The times on ${listLines(badTimes)} of ${name} cannot be read, so ${badTimes.length === 1 ? 'that cue was' : 'those cues were'} left out.`,
    );
  }
  if (stray.length > 0) {
    warnings.push(
      `Text on ${listLines(stray)} of ${name} is not part of any cue (no times above it), so it was left out.`,
    );
  }
  checkOrder(cues, name, warnings);
  return ok({ cues, warnings });
}

/** The refusal of a cue whose text alone is longer than a passage may be, or undefined. */
function checkCueLength(cues: Cue[], name: string, pacer: Pacer): Failure<'invalid-file'> | undefined {
  for (const cue of cues) {
    let chars = 0;
    for (const line of cue.payload) chars += line.length + 1;
    if (chars - 1 > pacer.limits.maxEntryChars) {
      return passageTooLong(
        name,
        `The cue on line ${cue.line.toLocaleString('en-US')}`,
        chars - 1,
        pacer.limits,
        'Split it into shorter cues, or check the file: a cue that runs on for pages usually means blank lines between cues are missing.',
      );
    }
  }
  return undefined;
}

/** Warns about cues that go back in time or end before they start (kept in the file's order, ends fixed). */
function checkOrder(cues: Cue[], name: string, warnings: string[]): void {
  let backwards = 0;
  let reversed = 0;
  let previous = -1;
  for (const cue of cues) {
    if (cue.start < previous) backwards++;
    previous = cue.start;
    if (cue.end < cue.start) {
      reversed++;
      cue.end = cue.start;
    }
  }
  if (backwards > 0) {
    warnings.push(
      `${count(backwards, 'cue')} of ${name} ${backwards === 1 ? 'starts' : 'start'} earlier than the cue before; they are kept in the order of the file.`,
    );
  }
  if (reversed > 0) {
    warnings.push(
      `${count(reversed, 'cue')} of ${name} ${reversed === 1 ? 'ends' : 'end'} before ${reversed === 1 ? 'it starts' : 'they start'}; the end was set to the start.`,
    );
  }
}
