/**
 * `npm run bench:browser [-- --quick] [-- --filter=<name>] [-- --runs=N] [-- --no-build]`: the
 * explorer's performance targets measured in Chromium, on the production build. Not a test: it
 * prints a table (median and worst run against each target), writes .bench/browser.json, and
 * exits 0 on a miss; non-zero only when it could not run (build, server or browser failed).
 *
 * Scenarios (names for --filter): sample, load-2000, load-2000-managed, edit-1000, expand-150,
 * pan-3000. Timings are taken in the page (scripts/bench/browser/probe.ts), never across a
 * Playwright round-trip. Progress goes to stderr.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureEdit } from './bench/browser/edit-scenario';
import { measureLoad, measureSample, type BenchContext } from './bench/browser/load-scenarios';
import { printTable, writeJson, type Environment } from './bench/browser/report';
import { notMeasured, type Row } from './bench/browser/rows';
import { buildApp, OUT_DIR, serveApp } from './bench/browser/server';
import { launchBrowser, VIEWPORT } from './bench/browser/session';
import { measureWide } from './bench/browser/wide-scenarios';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filter = args.find((a) => a.startsWith('--filter='))?.slice('--filter='.length);
const runsArg = args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length);
const runs = runsArg ? Math.max(1, Number(runsArg)) : quick ? 1 : 3;
const wanted = (name: string) => !filter || name.includes(filter);

const log = (message: string) => console.error(`bench:browser: ${message}`);
const load1 = () => Math.round(loadavg()[0]! * 100) / 100;

interface Scenario {
  names: string[];
  /** Left out by --quick (unless asked for by --filter). */
  slow?: boolean;
  run(ctx: BenchContext): Promise<Row[]>;
}

const SCENARIOS: Scenario[] = [
  { names: ['sample'], run: measureSample },
  { names: ['load-2000'], run: (ctx) => measureLoad(ctx, 'pods-2000') },
  { names: ['load-2000-managed'], slow: true, run: (ctx) => measureLoad(ctx, 'pods-2000-managed') },
  { names: ['edit-1000'], run: measureEdit },
  {
    names: ['expand-150', 'pan-3000'],
    run: (ctx) => measureWide(ctx, { expand: wanted('expand-150'), pan: wanted('pan-3000') }),
  },
];

async function main(): Promise<number> {
  const started = performance.now();
  const loadStart = load1();
  log(
    `load average ${loadStart} on ${cpus().length} CPUs${loadStart > 1 ? ' (other work is running: figures are noisy)' : ''}`,
  );
  const chosen = SCENARIOS.filter((s) => s.names.some(wanted) && !(quick && s.slow && !filter));
  if (chosen.length === 0) {
    log(`no scenario matches --filter=${filter ?? ''}`);
    return 2;
  }

  if (args.includes('--no-build') && existsSync(`${root}${OUT_DIR}/index.html`))
    log(`reusing ${OUT_DIR}/`);
  else {
    log(`building into ${OUT_DIR}/`);
    buildApp();
  }
  const server = await serveApp();
  const browser = await launchBrowser();
  const rows: Row[] = [];
  try {
    const ctx: BenchContext = { browser, url: server.url, runs, log };
    for (const s of chosen) {
      const t0 = performance.now();
      log(`${s.names.join(' + ')}: start`);
      try {
        rows.push(...(await s.run(ctx)));
      } catch (e) {
        const why = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
        log(`${s.names.join(' + ')} failed: ${why}`);
        for (const name of s.names.filter(wanted))
          rows.push(notMeasured(name, '(scenario failed)', 'ms', why));
      }
      log(`${s.names.join(' + ')}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    const env: Environment = {
      date: new Date().toISOString(),
      cpus: cpus().length,
      loadAverage: { start: loadStart, end: load1() },
      node: process.version,
      chromium: browser.version(),
      viewport: VIEWPORT,
      runs,
      quick,
      ...(filter ? { filter } : {}),
    };
    await browser.close();
    server.stop();
    printTable(rows);
    writeJson(`${root}.bench/browser.json`, env, rows);
    log(
      `load average ${env.loadAverage.end} at the end; total ${((performance.now() - started) / 1000).toFixed(1)} s; wrote .bench/browser.json`,
    );
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
