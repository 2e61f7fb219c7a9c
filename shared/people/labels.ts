// Transcript speaker labels as a reader sees them: an all-caps label ("KAREN BASS") shows as "Karen Bass", and the
// labels of whoever asks the questions (REPORTER, INTERVIEWER, Q, MODERATOR) name the interviewer, never a source.

/** Lower-case particles and roman numerals keep their usual form when a CAPS label is turned into a name. */
const LOWER = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'y',
  'e',
  'bin',
  'ibn',
  'al',
  'of',
  'the',
  'and',
  'for',
]);
const ROMAN = /^(?:I{1,3}|IV|V|VI{0,3}|IX|X)$/u;

function capitalise(word: string): string {
  // "O'BRIEN" -> "O'Brien", "MARC-ANDRÉ" -> "Marc-André", "DR." -> "Dr.", "MCDONALD" -> "McDonald"
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(
      /(^|-)Mc(\p{Ll}{2})/gu,
      (_m, sep: string, rest: string) => `${sep}Mc${rest[0]!.toUpperCase()}${rest.slice(1)}`,
    );
}

/**
 * The label as a reader should see it: as written, except that a label written all in capitals ("KAREN BASS",
 * "MAYOR BASS", "O'BRIEN") is shown in the case of a name ("Karen Bass", "Mayor Bass", "O'Brien"). One-letter labels
 * ("Q", "A") and labels already in mixed case are left as they are. Only the display changes: matching compares
 * names without case (see `samePerson`), so the label as the transcript wrote it keeps matching.
 */
export function displayLabel(label: string): string {
  const name = label.trim().replace(/\s+/gu, ' ');
  if (/\p{Ll}/u.test(name) || (name.match(/\p{Lu}/gu) ?? []).length < 2) return name;
  return name
    .split(' ')
    .map((w, i) => (ROMAN.test(w) && i > 0 ? w : i > 0 && LOWER.has(w.toLowerCase()) ? w.toLowerCase() : capitalise(w)))
    .join(' ');
}

const INTERVIEWER =
  /^(?:(?:an?|the|unidentified|unknown|male|female|another|second|third|other|off[- ]camera|audience)\s+)*(?:q|question|questioner|questions|reporter|reporters|journalist|journalists|interviewer|moderator|host|co-?host|anchor|press|audience|audience member|participant|caller|voice|inaudible|crosstalk|unidentified speaker)(?:\s*#?\d{1,2})?\.?$/u;

/**
 * True for a label that stands for whoever asks the questions or speaks from the floor: "REPORTER", "Q",
 * "Interviewer", "MODERATOR", "Unidentified Reporter 2", "Audience Member". Their turns are kept in the source (so
 * a quote found there is found) but never count as words of the source's speaker.
 */
export function isInterviewerLabel(label: string | null | undefined): boolean {
  if (!label) return false;
  return INTERVIEWER.test(label.trim().toLowerCase().replace(/\s+/gu, ' '));
}
