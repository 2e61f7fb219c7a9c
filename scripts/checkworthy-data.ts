// Reads the labelled check-worthiness transcripts (CheckThat! 2019 Task 1 format) from a folder, for the training
// script and the bench. Says clearly which folder is missing or which file is wrong.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseTranscript, transcriptExamples, type Example } from '../shared/detect/checkworthy/dataset';

/** Where the CLEF 2019 transcripts live beside a checkout: ../shared/datasets/clef2019-checkworthy. */
export const CLEF_DIR = resolve(import.meta.dirname, '../../shared/datasets/clef2019-checkworthy');

/** A transcript's name and its sentences as training examples, in file order. */
export interface TranscriptExamples {
  name: string;
  examples: Example[];
}

/** Thrown when the folder is missing or holds no transcripts; its message says where the data was looked for. */
export class MissingDatasetError extends Error {}

/** Loads every *.tsv in `dir` (sorted by name) as examples. */
export function loadTranscripts(dir: string): TranscriptExamples[] {
  if (!existsSync(dir))
    throw new MissingDatasetError(
      `The check-worthiness transcripts are not at ${dir}: put the CheckThat! 2019 Task 1 training files (*.tsv) there.`,
    );
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort();
  if (files.length === 0) throw new MissingDatasetError(`${dir} holds no transcripts (*.tsv files).`);
  return files.map((f) => {
    const transcript = parseTranscript(f, readFileSync(join(dir, f), 'utf8'));
    return { name: f.replace(/\.tsv$/u, ''), examples: transcriptExamples(transcript) };
  });
}
