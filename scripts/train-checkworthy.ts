// `npm run train:checkworthy`: learns the check-worthiness model from the CheckThat! 2019 Task 1 training transcripts
// and writes shared/detect/checkworthy/model.json with its NOTICE (citation and terms of the data). Seeded: the same
// transcripts always give the same file. Options: --data <folder> (default ../shared/datasets/clef2019-checkworthy),
// --out <folder> (default shared/detect/checkworthy).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHECKWORTHY_NOTICE } from '../shared/detect/checkworthy/notice';
import { DEFAULT_TRAIN_OPTIONS, trainModel } from '../shared/detect/checkworthy/train';
import { CLEF_DIR, loadTranscripts, MissingDatasetError } from './checkworthy-data';

const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
const dataDir = resolve(values.data ?? CLEF_DIR);
const outDir = resolve(values.out ?? join(import.meta.dirname, '../shared/detect/checkworthy'));

try {
  const transcripts = loadTranscripts(dataDir);
  const examples = transcripts.flatMap((t) => t.examples);
  const positives = examples.filter((e) => e.checkworthy).length;
  const o = DEFAULT_TRAIN_OPTIONS;
  const about =
    `Check-worthiness of a sentence: logistic regression over words, word pairs and Factdesk's detector signals, ` +
    `learned from ${transcripts.length} transcripts (${examples.length} sentences, ${positives} check-worthy) of ` +
    `the CLEF-2019 CheckThat! Task 1 training data by scripts/train-checkworthy.ts (seed ${o.seed}, ${o.epochs} ` +
    `epochs, L2 ${o.lambda}). See NOTICE.`;
  const model = trainModel(examples, about);
  mkdirSync(outDir, { recursive: true });
  const features = Object.keys(model.weights).sort();
  // One feature a line keeps the file readable and its changes reviewable.
  const body = [
    '{',
    `  "about": ${JSON.stringify(model.about)},`,
    `  "bias": ${model.bias},`,
    `  "percentiles": ${JSON.stringify(model.percentiles)},`,
    '  "weights": {',
    features.map((f) => `    ${JSON.stringify(f)}: ${model.weights[f]}`).join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'model.json'), body);
  writeFileSync(join(outDir, 'NOTICE'), CHECKWORTHY_NOTICE);
  console.log(
    `Trained on ${examples.length} sentences (${positives} check-worthy) from ${transcripts.length} transcripts; ` +
      `wrote ${features.length} weights to ${join(outDir, 'model.json')} (${(body.length / 1024).toFixed(0)} KB) and NOTICE.`,
  );
} catch (error) {
  if (!(error instanceof Error)) throw error;
  console.error(error instanceof MissingDatasetError ? error.message : `Training stopped: ${error.message}`);
  process.exit(1);
}
