// `npm test`: type checking, lint and formatting (`prettier --check .`), the unit tests (Vitest: the quick `unit`
// project, then the `slow` one, then `servers`), then the build and the end-to-end tests (Playwright), with their output streamed;
// the very last line is one total for all of them, "N passed, N failed" (", N skipped" when any).
// A suite that could not run or crashed counts as failed, never as zero tests.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
const unitReport = path.join(resultsDir, 'unit.json');
const slowReport = path.join(resultsDir, 'unit-slow.json');
const serversReport = path.join(resultsDir, 'unit-servers.json');
const e2eReport = path.join(resultsDir, 'e2e.json');
const isWindows = process.platform === 'win32';

/** Runs a command with its output streamed to ours; resolves with its exit code (or 1 when it could not start). */
function run(command, args) {
  return new Promise((resolve) => {
    console.log(`\n> ${[command, ...args].join(' ')}\n`);
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: isWindows });
    child.on('error', (error) => {
      console.error(`test: could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts from Vitest's JSON report; a file that failed to load counts as one failure. */
export function countVitest(report, exitCode) {
  if (!report || typeof report.numTotalTests !== 'number') {
    return { passed: 0, failed: 1, skipped: 0, note: 'Vitest wrote no report, so the unit suite counts as failed.' };
  }
  const files = Array.isArray(report.testResults) ? report.testResults : [];
  const brokenFiles = files.filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  const counts = {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
  if (exitCode !== 0 && counts.failed === 0) {
    return {
      ...counts,
      failed: 1,
      note: `Vitest exited with code ${exitCode} without a failing test; counted as one failure.`,
    };
  }
  return counts;
}

/** Counts from Playwright's JSON report; errors outside tests (config, global set-up) count as failures. */
export function countPlaywright(report, exitCode) {
  if (!report || !report.stats) {
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      note: 'Playwright wrote no report, so the end-to-end suite counts as failed.',
    };
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const topLevelErrors = Array.isArray(report.errors) ? report.errors.length : 0;
  const counts = { passed: expected + flaky, failed: unexpected + topLevelErrors, skipped };
  if (exitCode !== 0 && counts.failed === 0) {
    return {
      ...counts,
      failed: 1,
      note: `Playwright exited with code ${exitCode} without a failing test; counted as one failure.`,
    };
  }
  return counts;
}

/**
 * The failed tests of a Vitest JSON report, one line each (file, test, the first line of its message), so that the end
 * of a long run says which test failed without scrolling back through every suite's output.
 */
export function failedTests(report) {
  const files = Array.isArray(report?.testResults) ? report.testResults : [];
  const lines = [];
  for (const file of files) {
    const name = path.relative(root, String(file.name ?? ''));
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed) {
      const message = String((test.failureMessages ?? [])[0] ?? '').split('\n')[0] ?? '';
      lines.push(`${name} > ${test.fullName ?? test.title}: ${message.slice(0, 300)}`);
    }
    if (file.status === 'failed' && failed.length === 0) {
      lines.push(
        `${name}: ${String(file.message ?? 'did not run')
          .split('\n')[0]
          ?.slice(0, 300)}`,
      );
    }
  }
  return lines;
}

/** Type checking, lint and formatting count as one test each: main stays green only when all three pass. */
async function staticChecks() {
  const npm = isWindows ? 'npm.cmd' : 'npm';
  const results = [];
  for (const script of ['typecheck', 'lint', 'format:check']) results.push(await run(npm, ['run', '--silent', script]));
  const failed = results.filter((code) => code !== 0).length;
  return {
    passed: results.length - failed,
    failed,
    skipped: 0,
    ...(failed ? { note: 'see the typecheck, lint and formatting output above' } : {}),
  };
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  const checks = await staticChecks();
  for (const file of [unitReport, slowReport, serversReport, e2eReport]) rmSync(file, { force: true });

  /** Each failed Vitest test, printed again at the end. */
  const failures = [];
  const vitestBin = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
  /** One Vitest project (see vitest.config.ts), counted from its own JSON report. */
  const vitestProject = async (project, report) => {
    const exit = await run(process.execPath, [
      vitestBin,
      'run',
      `--project=${project}`,
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${path.relative(root, report)}`,
    ]);
    const json = readJson(report);
    failures.push(...failedTests(json).map((line) => `${project}: ${line}`));
    return countVitest(json, exit);
  };
  const unit = await vitestProject('unit', unitReport);
  const slow = await vitestProject('slow', slowReport);
  const servers = existsSync(path.join(root, 'test', 'servers'))
    ? await vitestProject('servers', serversReport)
    : { passed: 0, failed: 0, skipped: 0 };

  let e2e;
  const buildExit = await run(isWindows ? 'npm.cmd' : 'npm', ['run', 'build']);
  if (buildExit !== 0) {
    e2e = {
      passed: 0,
      failed: 1,
      skipped: 0,
      note: `The build failed (exit code ${buildExit}), so the end-to-end tests could not run.`,
    };
  } else {
    const playwrightBin = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
    const e2eExit = existsSync(playwrightBin) ? await run(process.execPath, [playwrightBin, 'test']) : 1;
    e2e = countPlaywright(readJson(e2eReport), e2eExit);
  }

  if (failures.length) {
    console.log(`\nFailed tests (${failures.length}):`);
    for (const line of failures) console.log(`  ${line}`);
    console.log('');
  }
  for (const [name, counts] of [
    ['typecheck, lint and formatting', checks],
    ['unit', unit],
    ['unit (slow)', slow],
    ['servers (PostgreSQL, CouchDB protocol)', servers],
    ['end-to-end', e2e],
  ]) {
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
    console.log(
      `${name}: ${counts.passed} passed, ${counts.failed} failed${skipped}${counts.note ? ` (${counts.note})` : ''}`,
    );
  }
  const passed = checks.passed + unit.passed + slow.passed + servers.passed + e2e.passed;
  const failed = checks.failed + unit.failed + slow.failed + servers.failed + e2e.failed;
  const skipped = unit.skipped + slow.skipped + servers.skipped + e2e.skipped;
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = failed > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
