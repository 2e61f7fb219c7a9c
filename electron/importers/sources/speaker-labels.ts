// Recognising speaker labels in transcript lines: "NAME: text", "Q:"/"A:", timestamps like "[00:01:02]" or
// "(01:02)" before or after the name, and the "Speaker 1  00:01:02" header lines of transcription services.
import { displayLabel } from '../../../shared/people';

/** A timestamp as transcripts write it: "1:02", "01:02", "00:01:02", "00:01:02.5", in [] or () or bare. */
const TIME = String.raw`(\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)`;
const BRACKETED_TIME = String.raw`(?:\[${TIME}\]|\(${TIME}\)|${TIME})`;

/** "[00:01:02] NAME: text", "NAME [00:01:02]: text", "NAME: (01:02) text", "Karen Bass (01:02):". */
const INLINE = new RegExp(
  String.raw`^[ \t]*(?:${BRACKETED_TIME}[ \t]+)?([^:\s\[\](][^:\[\]()\n]{0,59}?)[ \t]*(?:${BRACKETED_TIME}[ \t]*)?:(?:[ \t]+|$)(?:${BRACKETED_TIME}(?:[ \t]+|$))?`,
  'u',
);
/** "Speaker 1  00:01:02", "Karen Bass  1:02", "Speaker 2 [00:01:02]" alone on a line. */
const HEADER = new RegExp(
  String.raw`^[ \t]*([^\s\[\](:\d][^:\[\]()\n]{0,59}?)(?:[ \t]*[|·–-])?[ \t]+${BRACKETED_TIME}[ \t]*$`,
  'u',
);
/** "[00:01:02] text" with no name: a timed paragraph. */
const LEADING_TIME = new RegExp(String.raw`^[ \t]*(?:\[${TIME}\]|\(${TIME}\))[ \t]+`, 'u');
/** The first line of a single-speaker text: "Speaker: Jane Doe" (the quote-check CLI writes it). */
const SPEAKER_HEADER = /^[ \t]*(?:Speaker|President)[ \t]*:[ \t]*(\S[^\n]{0,79}?)[ \t]*$/iu;

/** Words that end in a colon at the start of a line but are not people. */
const NOT_SPEAKERS = new Set(
  [
    'note',
    'notes',
    "editor's note",
    'editor’s note',
    'editors note',
    'update',
    'updated',
    'correction',
    'source',
    'sources',
    'photo',
    'photos',
    'caption',
    'credit',
    'credits',
    'date',
    'dated',
    'time',
    'location',
    'place',
    'subject',
    're',
    'fwd',
    'fw',
    'title',
    'tags',
    'summary',
    'keywords',
    'duration',
    'length',
    'url',
    'link',
    'links',
    'file',
    'filename',
    'recorded',
    'transcript',
    'transcribed by',
    'transcription',
    'audio',
    'video',
    'warning',
    'disclaimer',
    'ps',
    'p.s',
    'cc',
    'bcc',
    'from',
    'to',
    'sent',
    'attendees',
    'present',
    'description',
    'category',
    'topic',
    'agenda',
    'chapter',
    'section',
    'part',
    'step',
    'example',
    'http',
    'https',
    'mailto',
    'tel',
    'warning',
    'important',
    'edit',
    'edited',
    'background',
    'context',
    'attachment',
    'attachments',
    'phone',
    'email',
    'e-mail',
    'address',
    'venue',
    'event',
    'format',
    'language',
    'status',
    'version',
    'copyright',
  ].map((w) => w.toLowerCase()),
);

/** Lower-case words allowed between the capitalised words of a name or a role. */
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  'y',
  'e',
  'di',
  'du',
  'dos',
  'das',
  'of',
  'the',
  'and',
  'for',
  'st.',
]);

const UPPER_WORD = /^[\p{Lu}\p{Lt}][\p{Lu}\p{Lt}\p{M}'’.-]*$/u;
const TITLE_WORD = /^(?:[\p{Lu}\p{Lt}]|[\p{Ll}]{1,3}['’-][\p{Lu}])[\p{L}\p{M}'’.-]*$/u;
const NUMBER_WORD = /^#?\d{1,3}$/;

/**
 * True for a speaker name or role: one to five words of capitals ("MAYOR BASS") or Title Case ("Karen Bass",
 * "Speaker 1", "Rep. Alexandria Ocasio-Cortez"), lower-case particles allowed inside ("Ursula von der Leyen"),
 * and not a metadata key such as "Note" or "Date".
 */
export function isSpeakerName(candidate: string): boolean {
  const name = candidate.trim();
  if (!name || name.length > 60) return false;
  if (NOT_SPEAKERS.has(name.toLowerCase())) return false;
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  if (!UPPER_WORD.test(words[0] ?? '') && !TITLE_WORD.test(words[0] ?? '')) return false;
  let letters = false;
  for (const word of words) {
    if (NUMBER_WORD.test(word)) continue;
    if (PARTICLES.has(word)) continue;
    if (!UPPER_WORD.test(word) && !TITLE_WORD.test(word)) return false;
    letters = true;
  }
  return letters && !/^\d/.test(name);
}

/** Seconds in a timestamp such as "01:02", "1:02:03" or "00:01:02.500". */
export function timestampSeconds(stamp: string): number {
  const [clock, fraction] = stamp.split(/[.,]/);
  const parts = (clock ?? '').split(':').map(Number);
  let seconds = 0;
  for (const part of parts) seconds = seconds * 60 + part;
  if (fraction) seconds += Number(`0.${fraction}`);
  return seconds;
}

/** "00:01:02": the label a time pinpoint shows, hours always written, fractions left out. */
export function timeLabel(seconds: number): string {
  const whole = Math.floor(seconds + 1e-6);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(whole / 3600))}:${pad(Math.floor(whole / 60) % 60)}:${pad(whole % 60)}`;
}

export interface LabelMatch {
  speaker: string | null;
  /** Seconds from the start when the line carries a timestamp. */
  seconds?: number;
  /** Offset, within the line, where the turn's own words begin (the line's length when they start on the next line). */
  contentOffset: number;
  /** True for a "Speaker 1  00:01:02" header line, whose words follow on the next lines. */
  header: boolean;
  /** True when the name was typed in capitals ("MARIA LOPEZ:"), as scripts and court transcripts label turns; the
   *  speaker itself is shown in ordinary case ("Maria Lopez"). */
  capitals: boolean;
}

const firstTime = (match: RegExpExecArray, from: number, count: number): string | undefined => {
  for (let i = from; i < from + count; i++) if (match[i]) return match[i];
  return undefined;
};

/** A label as a reader sees it: as written, spaces collapsed, never in CAPS ("KAREN BASS" shows "Karen Bass"). */
function cleanName(name: string): string {
  return displayLabel(name);
}

/** A name typed in capitals: it has letters, and no lower-case ones. */
const inCapitals = (name: string): boolean => /\p{Lu}/u.test(name) && name === name.toUpperCase();

/**
 * Reads a speaker label at the start of a line, or returns null. `line` is one line without its line ending;
 * only its first ~130 characters are examined, so a very long line costs no more than a short one.
 */
export function matchSpeakerLine(line: string): LabelMatch | null {
  const head = line.length > 160 ? line.slice(0, 160) : line;
  const header = HEADER.exec(head);
  if (header && line.length === head.length && header[1] && isSpeakerName(header[1])) {
    const stamp = firstTime(header, 2, 3);
    return {
      speaker: cleanName(header[1]),
      ...(stamp ? { seconds: timestampSeconds(stamp) } : {}),
      contentOffset: line.length,
      header: true,
      capitals: inCapitals(header[1]),
    };
  }
  const inline = INLINE.exec(head);
  if (inline?.[4] && isSpeakerName(inline[4])) {
    const stamp = firstTime(inline, 1, 3) ?? firstTime(inline, 5, 3) ?? firstTime(inline, 8, 3);
    return {
      speaker: cleanName(inline[4]),
      ...(stamp ? { seconds: timestampSeconds(stamp) } : {}),
      contentOffset: inline[0].length,
      header: false,
      capitals: inCapitals(inline[4]),
    };
  }
  const leading = LEADING_TIME.exec(head);
  if (leading) {
    const stamp = firstTime(leading, 1, 2);
    if (stamp)
      return {
        speaker: null,
        seconds: timestampSeconds(stamp),
        contentOffset: leading[0].length,
        header: false,
        capitals: false,
      };
  }
  return null;
}

const EDITORIAL = /^[ \t]*(?:note|notes|editor['’]?s note|update|updated|correction|clarification)[ \t]*:/i;

/** True for a line that starts an editor's aside ("Note:", "Update:", "Correction:"), which no speaker says. */
export function isEditorialLine(line: string): boolean {
  return EDITORIAL.test(line);
}

/** The name in a "Speaker: Jane Doe" first line, or null. */
export function matchSpeakerHeader(line: string): string | null {
  if (line.length > 100) return null;
  const match = SPEAKER_HEADER.exec(line);
  return match?.[1] && isSpeakerName(match[1]) ? cleanName(match[1]) : null;
}
