// How much one source file may hold, and the sentences that refuse a file past a limit: each names the file, what it
// holds, the limit, and how to split it. The limits sit far above real newsroom material (a 10-hour transcript, a
// 100 MB quote list) and far below what would make the library or its search index unusable. Each sentence comes as a
// refusal (a Failure) that the parse passes up.
import { fail } from '../../../shared/api/result';
import type { Failure } from '../../../shared/api/result';
import { formatBytes } from '../docx-gate';

export interface SourceFileLimits {
  /** Largest source file, in bytes. */
  maxFileBytes: number;
  /** Most passages (quote-list rows, paragraphs, speaker turns, merged cues) taken from one file. */
  maxPassages: number;
  /** Most subtitle cues read from one .srt or .vtt file. */
  maxCues: number;
  /** Longest single passage: one quote-list cell or one subtitle cue, in characters. */
  maxEntryChars: number;
  /** Most pages read from one PDF. */
  maxPdfPages: number;
}

/** The limits the app, the CLI and the harness apply; tests may pass smaller ones through ParseSourceOptions. */
export const FILE_LIMITS: SourceFileLimits = {
  maxFileBytes: 200_000_000,
  maxPassages: 1_000_000,
  maxCues: 200_000,
  maxEntryChars: 1_000_000,
  maxPdfPages: 5_000,
};

const n = (value: number): string => value.toLocaleString('en-US');

/** The limits for one import: FILE_LIMITS with the caller's overrides. */
export function resolveLimits(overrides: Partial<SourceFileLimits> | undefined): SourceFileLimits {
  return { ...FILE_LIMITS, ...overrides };
}

/** "interview.srt is 250.0 MB; Factdesk takes at most 200.0 MB from one file. Split it ...". */
export function tooManyBytes(name: string, bytes: number, limits: SourceFileLimits): Failure<'invalid-file'> {
  return fail(
    'invalid-file',
    `${name} is ${formatBytes(bytes)}; Factdesk takes at most ${formatBytes(limits.maxFileBytes)} from one file. Split it into files of at most ${formatBytes(limits.maxFileBytes)} (for a CSV or TSV list, repeat the header row at the top of each) and add them one by one.`,
    { limit: 'bytes', bytes, maxBytes: limits.maxFileBytes },
  );
}

/** "filing.pdf is 250.0 MB; Factdesk takes at most 200.0 MB from one PDF. Split it ...": the byte limit, for a PDF. */
export function tooManyPdfBytes(name: string, bytes: number, limits: SourceFileLimits): Failure<'invalid-file'> {
  const max = formatBytes(limits.maxFileBytes);
  return fail(
    'invalid-file',
    `${name} is ${formatBytes(bytes)}; Factdesk takes at most ${max} from one PDF. Save a smaller copy in a PDF tool (reduce its file size, which shrinks the images) or split it into PDFs of at most ${max} (any PDF tool can extract page ranges), and add them one by one.`,
    { limit: 'bytes', bytes, maxBytes: limits.maxFileBytes },
  );
}

/** Refuses a subtitle file with more than maxCues cues; `cues` is how many it has. */
export function tooManyCues(name: string, cues: number, limits: SourceFileLimits): Failure<'invalid-file'> {
  const hours = Math.round((limits.maxCues * 2) / 3600);
  return fail(
    'invalid-file',
    `${name} has ${n(cues)} subtitle cues; Factdesk takes at most ${n(limits.maxCues)} cues from one file. Split it into files of at most ${n(limits.maxCues)} cues (about ${n(hours)} hours of speech each) and add them one by one.`,
    { limit: 'cues', cues, maxCues: limits.maxCues },
  );
}

/** Refuses a PDF with more than maxPdfPages pages; `pages` is how many it has. */
export function tooManyPages(name: string, pages: number, limits: SourceFileLimits): Failure<'invalid-file'> {
  return fail(
    'invalid-file',
    `${name} has ${n(pages)} pages; Factdesk takes at most ${n(limits.maxPdfPages)} pages from one PDF. Split it into PDFs of at most ${n(limits.maxPdfPages)} pages (any PDF tool can extract page ranges) and add them one by one.`,
    { limit: 'pages', pages, maxPdfPages: limits.maxPdfPages },
  );
}

/** What one passage of a format is called in a refusal. */
export type PassageNoun = 'rows' | 'entries' | 'passages';

/** Refuses a file with more than maxPassages passages; `counted` is how many were found (perhaps only "more than"). */
export function tooManyPassages(
  name: string,
  counted: number,
  noun: PassageNoun,
  limits: SourceFileLimits,
  atLeast = false,
): Failure<'invalid-file'> {
  const held = `${atLeast ? 'more than ' : ''}${n(counted)} ${noun === 'rows' ? 'quote rows' : noun}`;
  const how =
    noun === 'rows'
      ? `files of at most ${n(limits.maxPassages)} rows, each starting with the header row,`
      : noun === 'entries'
        ? `files of at most ${n(limits.maxPassages)} entries`
        : `smaller files`;
  return fail(
    'invalid-file',
    `${name} has ${held}; Factdesk takes at most ${n(limits.maxPassages)} passages from one file. Split it into ${how} and add them one by one.`,
    { limit: 'passages', passages: counted, maxPassages: limits.maxPassages },
  );
}

/**
 * Refuses a passage longer than maxEntryChars. `where` names it ("Row 12", "The cue on line 40"); `hint` says what
 * usually causes it.
 */
export function passageTooLong(
  name: string,
  where: string,
  chars: number,
  limits: SourceFileLimits,
  hint: string,
): Failure<'invalid-file'> {
  return fail(
    'invalid-file',
    `${where} of ${name} holds ${n(chars)} characters in one passage; Factdesk takes at most ${n(limits.maxEntryChars)} characters per passage. ${hint}`,
    { limit: 'passage-length', chars, maxEntryChars: limits.maxEntryChars },
  );
}
