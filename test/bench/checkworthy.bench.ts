// Bench: how well the check-worthiness score ranks the sentences fact-checkers chose, measured leave-one-transcript-out
// on the CheckThat! 2019 Task 1 training transcripts in ../shared/datasets/clef2019-checkworthy (each transcript is
// ranked by a model trained on the other 18, with the same code as `npm run train:checkworthy`). Scored as the lab
// does: per transcript, sentences by score (ties keep file order), then the mean over transcripts. Target: MAP >= 0.20
// (the 2019 task's best system reached 0.166 on its test transcripts, an n-gram TF-IDF + SVM baseline 0.121).
import { DEFAULT_SHARE } from '../../shared/detect/checkworthy/cap';
import { measureRanking, meanMeasures } from '../../shared/detect/checkworthy/evaluate';
import { leaveOneTranscriptOut } from '../../shared/detect/checkworthy/loto';
import { CLEF_DIR, loadTranscripts, MissingDatasetError } from '../../scripts/checkworthy-data';

const TARGET_MAP = 0.2;

let transcripts;
try {
  transcripts = loadTranscripts(CLEF_DIR);
} catch (error) {
  if (!(error instanceof MissingDatasetError)) throw error;
  console.log(
    `${error.message}\nThis bench needs ../shared beside the checkout; it cannot measure anything without it.`,
  );
  process.exit(1);
}

const t0 = performance.now();
const { perTranscript, mean } = leaveOneTranscriptOut(transcripts);
const seconds = (performance.now() - t0) / 1000;

// The same held-out scores as the app uses them: only sentences holding a detector's span can be suggested, so the
// others rank last; and the share of sentences the detectors flag before and after the default limit.
const sentences = transcripts.reduce((n, t) => n + t.examples.length, 0);
const withSpan = transcripts.reduce(
  (n, t) => n + t.examples.filter((e) => e.features.some((f) => f.startsWith('k:'))).length,
  0,
);
const spansOnly = meanMeasures(
  transcripts.map((t) => {
    const held = perTranscript.find((p) => p.name === t.name);
    return measureRanking(
      t.examples.map((e, i) => (e.features.some((f) => f.startsWith('k:')) ? (held?.scores[i] ?? 0) : -Infinity)),
      t.examples.map((e) => e.checkworthy),
    );
  }),
);

// Before the score, every sentence holding a suggestion counted the same, listed in draft order.
const before = meanMeasures(
  transcripts.map((t) =>
    measureRanking(
      t.examples.map((e) => (e.features.some((f) => f.startsWith('k:')) ? 1 : 0)),
      t.examples.map((e) => e.checkworthy),
    ),
  ),
);

const f3 = (x: number): string => x.toFixed(3);
console.log('| transcript | sentences | check-worthy | AP | P@5 | P@10 |');
console.log('|---|---|---|---|---|---|');
for (const p of perTranscript)
  console.log(
    `| ${p.name} | ${p.sentences} | ${p.checkworthy} | ${f3(p.averagePrecision)} | ${f3(p.precisionAt5)} | ${f3(p.precisionAt10)} |`,
  );
console.log('');
const ok = mean.averagePrecision >= TARGET_MAP;
console.log('| measure | value | target |');
console.log('|---|---|---|');
console.log(
  `| leave-one-transcript-out MAP (${perTranscript.length} transcripts) | ${f3(mean.averagePrecision)} | >= ${TARGET_MAP} ${ok ? 'met' : 'MISSED'} |`,
);
console.log(
  `| P@5 / P@10 / R-Precision | ${f3(mean.precisionAt5)} / ${f3(mean.precisionAt10)} / ${f3(mean.rPrecision)} | - |`,
);
console.log(`| MAP when only sentences holding a suggestion can rank | ${f3(spansOnly.averagePrecision)} | - |`);
console.log(`| MAP of the unscored suggestions (draft order) | ${f3(before.averagePrecision)} | - |`);
console.log(
  `| sentences holding a suggestion, before the limit | ${((withSpan / sentences) * 100).toFixed(1)}% of ${sentences} | - |`,
);
console.log(`| sentences flagged by default | at most ${DEFAULT_SHARE * 100}% of each draft | - |`);
console.log(`| time (19 trainings and rankings) | ${seconds.toFixed(1)} s | - |`);
if (!ok) process.exit(1);
