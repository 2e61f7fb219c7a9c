// Labelled transcripts in the CheckThat! 2019 Task 1 format (line, speaker, sentence, label; TAB separated) and the
// training examples built from them: each sentence with the features the app would read from it.
import { suggestClaims } from '../suggest';
import type { ClaimKind } from '../../model/claim';
import { sentenceFeatures } from './features';

/** One labelled sentence of a transcript. */
export interface LabelledSentence {
  line: number;
  speaker: string;
  text: string;
  checkworthy: boolean;
}

/** A transcript: its name (the file name without .tsv) and its sentences in file order. */
export interface Transcript {
  name: string;
  sentences: LabelledSentence[];
}

/** A sentence ready for training or scoring: its features and its label. */
export interface Example {
  features: string[];
  checkworthy: boolean;
}

/**
 * Reads one transcript file's text. Throws an Error naming the file and the line when a line does not have four
 * TAB-separated fields, a line number and a 0/1 label.
 */
export function parseTranscript(name: string, content: string): Transcript {
  const sentences: LabelledSentence[] = [];
  content.split(/\r?\n/u).forEach((row, i) => {
    if (row.trim() === '') return;
    const fields = row.split('\t');
    const [line, speaker, text, label] = fields;
    if (fields.length !== 4 || !/^\d+$/u.test(line ?? '') || (label !== '0' && label !== '1'))
      throw new Error(
        `${name}, line ${i + 1}: expected "line<TAB>speaker<TAB>sentence<TAB>0 or 1", found "${row.slice(0, 80)}".`,
      );
    sentences.push({ line: Number(line), speaker: speaker ?? '', text: text ?? '', checkworthy: label === '1' });
  });
  return { name, sentences };
}

/**
 * The examples of one transcript: the sentences are joined one a line into a draft, the suggestion pass runs over it
 * as it would in the app, and each sentence gets the kinds of span found inside it.
 */
export function transcriptExamples(transcript: Transcript): Example[] {
  const starts: number[] = [];
  let at = 0;
  for (const s of transcript.sentences) {
    starts.push(at);
    at += s.text.length + 1;
  }
  const text = transcript.sentences.map((s) => s.text).join('\n');
  const kinds: Set<ClaimKind>[] = transcript.sentences.map(() => new Set());
  let i = 0;
  for (const s of suggestClaims(text)) {
    while (i + 1 < starts.length && (starts[i + 1] ?? Infinity) <= s.start) i++;
    for (let j = i; j < starts.length && (starts[j] ?? Infinity) < s.end; j++) kinds[j]?.add(s.kind);
  }
  return transcript.sentences.map((s, k) => ({
    features: sentenceFeatures(s.text, kinds[k] ?? []),
    checkworthy: s.checkworthy,
  }));
}
