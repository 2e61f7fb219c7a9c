// "Import a source", the Node side: a file's bytes to its extracted text and passages with pinpoints (speaker turns,
// paragraphs, subtitle cues, quote-list rows), or a sentence naming the file and what is wrong. Formats are told
// apart by content first (a binary file is refused whatever its name), by extension second.
import { fail, ok } from '../../../shared/api/result';
import type { Result } from '../../../shared/api/result';
import type { SourceType } from '../../../shared/model/source';
import { isInterviewerLabel } from '../../../shared/people';
import { formatBytes } from '../docx-gate';
import { displayName, withoutHiddenCharacters } from '../draft-result';
import { sniffMagic } from '../sniff';
import { checkFileInput } from '../file-input';
import { decodeSourceBytes } from './decode-source';
import { extractDocx, extractHtml, extractMarkdown } from './documents';
import type { ExtractedDocument } from './documents';
import { resolveLimits, tooManyBytes, tooManyPassages, tooManyPdfBytes } from './limits';
import { Pacer } from './pacer';
import { readPdf } from './pdf';
import { pdfPassages } from './pdf-paragraphs';
import { parseQuoteList } from './quote-list';
import { segmentText } from './segment-text';
import { readCues } from './subtitle-cues';
import { cuesToPassages } from './subtitles';
import { MAPPED_FIELDS, SOURCE_LIMITS } from './types';
import type { ParsedSource, ParseSourceInput, ParseSourceOptions, PassageDraft, SourceFormat } from './types';

type Declared = 'txt' | 'srt' | 'vtt' | 'docx' | 'html' | 'md' | 'csv' | 'tsv' | 'json' | 'jsonl' | 'pdf';

const EXTENSIONS: Record<string, Declared> = {
  txt: 'txt',
  text: 'txt',
  srt: 'srt',
  vtt: 'vtt',
  webvtt: 'vtt',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkd: 'md',
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  pdf: 'pdf',
};

/** Every file name extension Factdesk reads as a source (the system picker offers these). */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/** The format a file name announces, or null for other or missing extensions. */
export function sourceFormatFromName(fileName: string): Declared | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return (match?.[1] && EXTENSIONS[match[1].toLowerCase()]) || null;
}

const SRT_START = /^\s*\d+\s*\r?\n\s*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}\s*-->/;

/** What text content says it is, when its name does not settle it. */
function formatFromContent(text: string, declared: Declared | null): Declared {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (declared === 'txt' || declared === null) {
    if (/^WEBVTT(?:[ \t\r\n]|$)/.test(head)) return 'vtt';
    if (SRT_START.test(head)) return 'srt';
  }
  if (declared !== null) return declared;
  if (/^\s*<(?:!doctype\s+html|html)[\s>]/i.test(head)) return 'html';
  if (/^\s*[[{]/.test(head)) return /^\s*\{[^\n]*\}\s*\r?\n\s*\{/.test(head) ? 'jsonl' : 'json';
  return 'txt';
}

function checkInput(input: ParseSourceInput): Result<null> {
  const given = checkFileInput(input);
  if (!given.ok) return given;
  const mapping = input.mapping as Record<string, unknown> | undefined;
  if (mapping !== undefined) {
    const bad =
      typeof mapping !== 'object' ||
      mapping === null ||
      typeof mapping.text !== 'string' ||
      !mapping.text ||
      MAPPED_FIELDS.some((f) => mapping[f] !== undefined && mapping[f] !== null && typeof mapping[f] !== 'string');
    if (bad) return fail('invalid-input', 'The column mapping must name the column that holds the quote text.');
  }
  return ok(null);
}

/** A source title's length at most, as the Add source form and the Api allow it. */
const TITLE_MAX = 500;

/**
 * A title found in a file (a PDF's, a page's, a document's first heading, a quote list's source) as a source keeps
 * it: one line, hidden characters replaced (nothing can disguise itself), at most TITLE_MAX characters.
 */
function sourceTitle(title: string): string {
  const line = withoutHiddenCharacters(title.replace(/\s+/g, ' ').trim());
  if (line.length <= TITLE_MAX) return line;
  // Cut after the last word that fits (unless that loses much), never inside a character.
  const cut = line.slice(0, TITLE_MAX - 1).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX - 60 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The file name without its extension: the title until the user gives a better one. */
function stem(name: string): string {
  return name.replace(/\.[A-Za-z0-9]{1,10}$/, '').trim() || name;
}

/** The source's speakers in order of first turn; interviewer labels (REPORTER, Q) are not source speakers. */
function distinctSpeakers(passages: PassageDraft[]): string[] {
  const seen = new Set<string>();
  for (const passage of passages)
    if (passage.speaker && !isInterviewerLabel(passage.speaker)) seen.add(passage.speaker);
  return [...seen];
}

function textSource(
  format: SourceFormat,
  text: string,
  passages: PassageDraft[],
  type: SourceType,
  title: string,
  warnings: string[],
): ParsedSource {
  return {
    format,
    text,
    passages,
    speakers: distinctSpeakers(passages),
    suggestedType: type,
    suggestedTitle: sourceTitle(title),
    warnings,
  };
}

async function parseSubtitles(vtt: boolean, text: string, name: string, pacer: Pacer): Promise<Result<ParsedSource>> {
  const cues = await readCues(text, vtt, name, pacer);
  if (!cues.ok) return cues;
  const read = cues.value;
  const passed = await cuesToPassages(read.cues, pacer, text.length);
  if (!passed.ok) return passed;
  const built = passed.value;
  if (built.passages.length === 0) {
    const example = vtt ? '00:01:02.000 --> 00:01:05.000' : '00:01:02,000 --> 00:01:05,000';
    return fail(
      'invalid-file',
      `${name} has no subtitle cue Factdesk can read: each cue needs a line of times such as "${example}" followed by its text.`,
      { warnings: read.warnings },
    );
  }
  return ok(
    textSource(
      vtt ? 'vtt' : 'srt',
      built.text,
      built.passages,
      'broadcast',
      vttTitle(text) || stem(name),
      read.warnings,
    ),
  );
}

/**
 * The title a WebVTT file gives itself after "WEBVTT" on its first line ("WEBVTT - City council hearing"); '' for
 * none, or for a file that is not WebVTT.
 */
function vttTitle(text: string): string {
  const first = /^\uFEFF?WEBVTT[ \t]+(.*)$/.exec(text.slice(0, 1000).split(/\r?\n/, 1)[0] ?? '');
  return (first?.[1] ?? '').replace(/^[-–—:\s]+/u, '').trim();
}

async function parseDocument(
  format: 'docx' | 'html' | 'md',
  extracted: ExtractedDocument,
  name: string,
  pacer: Pacer,
): Promise<Result<ParsedSource>> {
  pacer.stage(pacer.total / 3, (pacer.total * 2) / 3, extracted.text.length * 2);
  const cancelled = pacer.check();
  if (cancelled) return cancelled;
  const split = await segmentText(extracted.text, pacer);
  if (!split.ok) return split;
  const segmented = split.value;
  const type: SourceType = segmented.transcript ? 'interview' : format === 'html' ? 'web-page' : 'document';
  pacer.finish();
  return ok(
    textSource(format, extracted.text, segmented.passages, type, extracted.title || stem(name), extracted.warnings),
  );
}

async function parseDecoded(
  format: Declared,
  text: string,
  input: ParseSourceInput,
  name: string,
  warnings: string[],
  pacer: Pacer,
): Promise<Result<ParsedSource>> {
  if (format === 'html' || format === 'md') {
    const extracted = format === 'html' ? extractHtml(text, name) : extractMarkdown(text, name);
    if (!extracted.ok) return extracted;
    const parsed = await parseDocument(format, extracted.value, name, pacer);
    return parsed.ok ? ok({ ...parsed.value, warnings: [...warnings, ...parsed.value.warnings] }) : parsed;
  }
  if (format === 'json' && text.length > SOURCE_LIMITS.maxJsonBytes) {
    return fail(
      'invalid-file',
      `${name} is one JSON document of ${formatBytes(text.length)}, more than the ${formatBytes(SOURCE_LIMITS.maxJsonBytes)} Factdesk reads in one piece. Save the list as JSON Lines (.jsonl, one quote per line) or CSV and import that.`,
    );
  }
  let parsed: Result<ParsedSource>;
  if (format === 'csv' || format === 'tsv' || format === 'json' || format === 'jsonl') {
    parsed = await parseQuoteList(format, text, name, input.mapping, pacer);
    if (parsed.ok)
      parsed = ok({ ...parsed.value, suggestedTitle: sourceTitle(parsed.value.suggestedTitle || stem(name)) });
  } else if (format === 'srt' || format === 'vtt') {
    parsed = await parseSubtitles(format === 'vtt', text, name, pacer);
  } else {
    const split = await segmentText(text, pacer);
    if (!split.ok) return split;
    const segmented = split.value;
    if (segmented.passages.length === 0)
      return fail('invalid-file', `${name} has no text in it, so there is nothing to import.`);
    parsed = ok(
      textSource(
        segmented.transcript ? 'transcript' : 'txt',
        text,
        segmented.passages,
        segmented.transcript ? 'interview' : 'document',
        stem(name),
        [],
      ),
    );
  }
  if (!parsed.ok) return parsed;
  pacer.finish();
  return ok({ ...parsed.value, warnings: [...warnings, ...parsed.value.warnings] });
}

/** A PDF: the text of its pages in reading order, one passage per paragraph pinpointed by page and line. */
async function parsePdf(
  bytes: Uint8Array,
  name: string,
  limits: ReturnType<typeof resolveLimits>,
  pacer: Pacer,
): Promise<Result<ParsedSource>> {
  const read = await readPdf(bytes, name, limits, (page, pages) => {
    pacer.report(Math.round((pacer.total * page) / pages));
    return pacer.check();
  });
  if (!read.ok) return read;
  const { text, passages } = pdfPassages(read.value.pages);
  if (passages.length > limits.maxPassages) return tooManyPassages(name, passages.length, 'passages', limits);
  pacer.finish();
  return ok(textSource('pdf', text, passages, 'document', read.value.title || stem(name), read.value.warnings));
}

function refuseBinary(name: string, label: string, declared: Declared | null): Result<ParsedSource> {
  if (declared === 'docx') {
    return fail('invalid-file', `${name} is ${label}, not a Word document (.docx), so it cannot be imported as one.`);
  }
  return fail(
    'invalid-file',
    `${name} is ${label}, not a text, subtitle, Word, PDF, web page or quote-list file, so Factdesk cannot import it as a source.`,
  );
}

/**
 * Parses a source file: transcripts and plain text (.txt), subtitles (.srt, .vtt), documents (.docx, .html, .md, .pdf) and
 * quote lists (.csv, .tsv, .json, .jsonl) become their extracted text, passages with pinpoints, speakers and a
 * suggested type and title. Never throws. A file in an unknown 8-bit encoding is answered with 'needs-encoding'
 * (details.choices); a quote list whose quote column cannot be guessed with 'invalid-input' (details.needsMapping).
 * Large files report progress, yield to the event loop every chunk, and stop with 'cancelled' when `signal` aborts.
 */
export async function parseSource(
  input: ParseSourceInput,
  options: ParseSourceOptions = {},
): Promise<Result<ParsedSource>> {
  const checked = checkInput(input);
  if (!checked.ok) return checked;
  const name = displayName(input.fileName);
  const { bytes } = input;
  const limits = resolveLimits(options.limits);
  if (bytes.length === 0) return fail('invalid-file', `${name} is empty, so there is nothing to import.`);
  const declared = sourceFormatFromName(name);
  const magic = sniffMagic(bytes);
  if (bytes.length > limits.maxFileBytes) {
    const refusal = magic?.pdf || declared === 'pdf' ? tooManyPdfBytes : tooManyBytes;
    return refusal(name, bytes.length, limits);
  }
  if (options.signal?.aborted) return fail('cancelled', `The import of ${name} was cancelled; nothing was added.`);
  try {
    if (magic?.zip && (declared === 'docx' || declared === null)) {
      const pacer = new Pacer(bytes.length * 3, name, options);
      pacer.report(0);
      const extracted = await extractDocx(bytes, name, options);
      if (!extracted.ok) return extracted;
      return await parseDocument('docx', extracted.value, name, pacer);
    }
    if (magic?.pdf && (declared === 'pdf' || declared === null)) {
      const pacer = new Pacer(bytes.length, name, options);
      pacer.report(0);
      return await parsePdf(bytes, name, limits, pacer);
    }
    if (magic) return refuseBinary(name, magic.label, declared);
    if (declared === 'pdf') {
      return fail(
        'invalid-file',
        `${name} is not a PDF document: every PDF starts with "%PDF-" and this file does not. If it holds plain text, rename it to end in .txt.`,
      );
    }
    if (declared === 'docx') {
      return fail(
        'invalid-file',
        `${name} is not a real Word document (.docx): every .docx file is a zip package and this one is not. If it holds plain text, rename it to end in .txt.`,
      );
    }
    // Progress: decoding is the first third of the work, the two passes over the text the rest.
    const pacer = new Pacer(bytes.length * 3, name, options);
    pacer.stage(0, bytes.length, bytes.length);
    pacer.report(0);
    const decoded = await decodeSourceBytes(bytes, name, input.encoding, pacer);
    if (!decoded.ok) return decoded;
    const { text } = decoded.value;
    pacer.stage(bytes.length, bytes.length * 2, text.length * 2);
    const format = formatFromContent(text, declared);
    return await parseDecoded(format, text, input, name, decoded.value.warnings, pacer);
  } catch (error) {
    // Refusals come back as values; what is thrown here is a bug or a library's crash, worded as one sentence.
    return fail('internal', `Factdesk could not import ${name} because of an unexpected problem.`, {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}
