// `npm test`: every check in order, carrying on after a failure so the summary is complete.
// The last line is `N passed, N failed[, N skipped]`, which CI reads: tests counted from the
// vitest and Playwright JSON reports, plus one failure per failing non-test step.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const VITEST_JSON = 'test-results/vitest.json';
const PLAYWRIGHT_JSON = 'test-results/playwright.json';

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/** @returns {any} the parsed report, or undefined when it is missing or unreadable. */
function readReport(file) {
  try {
    return JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
}

/** @returns {Counts | undefined} */
function vitestCounts() {
  const r = readReport(VITEST_JSON);
  if (!r || typeof r.numPassedTests !== 'number') return undefined;
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

/** @returns {Counts | undefined} */
function playwrightCounts() {
  const stats = readReport(PLAYWRIGHT_JSON)?.stats;
  if (!stats || typeof stats.expected !== 'number') return undefined;
  // With retries 0 nothing is flaky; should retries come back, a flaky test did pass in the end.
  return {
    passed: stats.expected + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

const steps = [
  { name: 'lint', command: ['npm', 'run', 'lint'] },
  { name: 'typecheck', command: ['npm', 'run', 'typecheck'] },
  {
    name: 'unit',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${VITEST_JSON}`,
    ],
    report: VITEST_JSON,
    count: vitestCounts,
  },
  { name: 'build:cli', command: ['npm', 'run', 'build:cli'] },
  {
    name: 'browser',
    command: ['node', 'scripts/run-playwright.js'],
    report: PLAYWRIGHT_JSON,
    count: playwrightCounts,
  },
];

mkdirSync(new URL('../test-results', import.meta.url), { recursive: true });
const results = [];
for (const step of steps) {
  // A report left over from an earlier run must not be counted as this run's.
  if (step.report) rmSync(new URL(`../${step.report}`, import.meta.url), { force: true });
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}\n`);
  const started = Date.now();
  const run = spawnSync(step.command[0], step.command.slice(1), { cwd: root, stdio: 'inherit' });
  const ok = run.status === 0;
  if (run.error) console.error(`${step.name}: could not start: ${run.error.message}`);
  const counts = step.count?.();
  results.push({ name: step.name, ok, counts, seconds: (Date.now() - started) / 1000 });
}

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\n=== summary');
for (const { name, ok, counts, seconds } of results) {
  let detail = '';
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    detail = `  tests: passed ${counts.passed} / failed ${counts.failed} / skipped ${counts.skipped}`;
  }
  // A failing step with no failing test (lint, a crash, a test file that does not load) counts once.
  if (!ok && (!counts || counts.failed === 0)) total.failed += 1;
  const status = ok ? 'ok' : 'FAILED';
  console.log(
    `  ${name.padEnd(10)} ${status.padEnd(6)} ${seconds.toFixed(1).padStart(6)} s${detail}`,
  );
}

const testsRan = results.reduce(
  (n, r) => n + (r.counts ? r.counts.passed + r.counts.failed : 0),
  0,
);
if (testsRan === 0) console.log('  no test ran: that counts as a failure');
const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(results.every((r) => r.ok) && testsRan > 0 ? 0 : 1);
