// `npm run test:hostile`: the hostile-input suite. Builds the Node bundles (cases run the real built CLI), runs every
// file in test/hostile plus the unit tests that already cover hostile cases, and prints what the suite measured:
// cases (tests), kills (SIGKILLs sent) and inputs (hostile files written), totalled from test-results/hostile/.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countVitest } from './test.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results', 'hostile');
const report = path.join(resultsDir, 'vitest.json');
const countsFile = path.join(resultsDir, 'counts.jsonl');

/** Unit tests that already hold against hostile input; listed here rather than copied into test/hostile. */
export const HELD_CASES = [
  // SIGKILL during saves
  'test/unit/electron/storage/crash.test.ts',
  // damaged, truncated, zero-filled, wrong-typed and newer project files; a full disk
  'test/unit/electron/storage/project-file.test.ts',
  'test/unit/electron/storage/small-disk.test.ts',
  'test/unit/electron/cli.test.ts',
  // concurrent writers (locks, read-only second opener) and external edits of the project file
  'test/unit/electron/storage/project-session.test.ts',
  // scripts and handlers in drafts and sources never become markup; formula injection in CSV
  'test/unit/electron/importers/html-to-text.test.ts',
  'test/unit/electron/importers/markdown.test.ts',
  'test/unit/electron/importers/sources/parse-source.test.ts',
  'test/unit/shared/appendix/formats.test.ts',
  // confidential sources redacted from every appendix format unless included
  'test/unit/shared/appendix/model.test.ts',
  'test/unit/shared/appendix/claim-review.test.ts',
  'test/unit/electron/exporters/docx.test.ts',
];

/** Tests in HELD_CASES files that measure speed on large inputs rather than hostile ones; `npm test` still runs them. */
export const NOT_HOSTILE = ['a 50 MB transcript'];

function run(command, args, env) {
  return new Promise((resolve) => {
    console.log(`\n> ${[command, ...args].map((a) => path.relative(root, a) || a).join(' ')}\n`);
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Totals the lines test/hostile/counts.ts appended. */
export function totalCounts(text) {
  const total = { kills: 0, inputs: 0 };
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line);
    total.kills += Number(entry.kills) || 0;
    total.inputs += Number(entry.inputs) || 0;
  }
  return total;
}

async function main() {
  const started = Date.now();
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const buildExit = await run(process.execPath, [path.join(root, 'scripts', 'build-node.mjs')]);
  if (buildExit !== 0) {
    console.log('hostile-input suite: the build failed, so the suite could not run.');
    process.exitCode = 1;
    return;
  }
  const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const exit = await run(
    process.execPath,
    [
      vitest,
      'run',
      'test/hostile/',
      ...HELD_CASES,
      `--testNamePattern=^(?!.*(?:${NOT_HOSTILE.join('|')}))`,
      // Cases wait on real processes; a busy machine slows them down but must not fail them.
      '--testTimeout=180000',
      '--hookTimeout=180000',
      // Two files at a time: the cases spend most of their time waiting on the processes they start and kill.
      '--maxWorkers=2',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${path.relative(root, report)}`,
    ],
    { FACTDESK_HOSTILE_COUNTS: countsFile },
  );
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    parsed = null;
  }
  const cases = countVitest(parsed, exit);
  let counts = { kills: 0, inputs: 0 };
  try {
    counts = totalCounts(readFileSync(countsFile, 'utf8'));
  } catch {
    // no case recorded anything
  }
  const files = Array.isArray(parsed?.testResults) ? parsed.testResults.length : 0;
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `hostile-input suite: ${cases.passed + cases.failed} cases in ${files} files ` +
      `(${cases.passed} passed, ${cases.failed} failed), ` +
      `${counts.kills} kills, ${counts.inputs} inputs, ${seconds} s${cases.note ? ` (${cases.note})` : ''}`,
  );
  process.exitCode = cases.failed > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
