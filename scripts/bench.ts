/**
 * `npm run bench [-- --quick] [-- --filter=<text>]`: performance of the pipeline stages on
 * synthetic clusters. Not a test: it prints one JSON object per measurement on stdout, then one
 * `# PASS|MISS` line per target, and exits 0 either way. Progress goes to stderr.
 *
 * Each job runs in its own child process (scripts/bench/child.ts) so peak RSS is per job. Dumps
 * are generated once into .bench/ (gitignored) and reused while scripts/bench/generate.ts is
 * unchanged.
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchLine, ChildMessage, DumpMeta, Job } from './bench/jobs';

const root = fileURLToPath(new URL('..', import.meta.url));
const childPath = fileURLToPath(new URL('./bench/child.ts', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filter = args.find((a) => a.startsWith('--filter='))?.slice('--filter='.length);
const JOB_TIMEOUT_MS = 240_000;

const lines: BenchLine[] = [];

function label(job: Job): string {
  switch (job.type) {
    case 'cluster':
      return `cluster ${job.pods}/${job.policies}/${job.labelSets}`;
    case 'floor':
      return `floor ${job.pods}`;
    case 'gen-dump':
      return `gen-dump ${job.targetMB}MB`;
    case 'dump':
      return `${job.what} ${job.format} ${job.file.replace(/^.*\//, '')}`;
  }
}

function runJob(job: Job): Promise<DumpMeta | undefined> {
  return new Promise((resolve) => {
    const started = performance.now();
    let meta: DumpMeta | undefined;
    const child = fork(childPath, [JSON.stringify(job)], {
      execArgv: [...process.execArgv, '--expose-gc'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.stdout?.pipe(process.stderr);
    const timer = setTimeout(() => {
      console.error(`bench: ${label(job)} timed out after ${JOB_TIMEOUT_MS / 1000} s`);
      child.kill('SIGKILL');
    }, JOB_TIMEOUT_MS);
    child.on('message', (m: ChildMessage) => {
      if (m.kind === 'line') {
        lines.push(m.line);
        console.log(JSON.stringify(m.line));
      } else if (m.kind === 'meta') meta = m.meta;
      else console.error(`bench: ${label(job)}: ${m.text}`);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const secs = ((performance.now() - started) / 1000).toFixed(1);
      console.error(
        `bench: ${label(job)} done in ${secs} s${code ? ` (exit ${code})` : ''}${signal ? ` (${signal})` : ''}`,
      );
      resolve(meta);
    });
  });
}

/** Generates (or reuses) a kubectl dump of about `targetMB` as YAML and JSON. */
async function ensureDump(targetMB: number): Promise<{ base: string; meta: DumpMeta } | undefined> {
  const dir = `${root}.bench`;
  mkdirSync(dir, { recursive: true });
  const hash = createHash('sha1');
  for (const f of ['./bench/generate.ts', './bench/child.ts'])
    hash.update(readFileSync(fileURLToPath(new URL(f, import.meta.url))));
  const base = `${dir}/kubectl-${targetMB}MB-${hash.digest('hex').slice(0, 8)}`;
  if (existsSync(`${base}.meta.json`)) {
    const meta = JSON.parse(readFileSync(`${base}.meta.json`, 'utf8')) as Partial<DumpMeta>;
    if (meta.yaml && meta.json) return { base, meta: meta as DumpMeta };
  }
  // Dumps of an older generator are stale: remove them (only this benchmark writes these names).
  const stale = new RegExp(`^kubectl-${targetMB}MB-[0-9a-f]{8}\\.`);
  for (const f of readdirSync(dir)) if (stale.test(f)) rmSync(`${dir}/${f}`);
  const meta = await runJob({ type: 'gen-dump', targetMB, base });
  return meta ? { base, meta } : undefined;
}

const wanted = (job: Job) => !filter || label(job).includes(filter);

function loadNote(when: string): string {
  const [one] = loadavg();
  return `bench: load average ${one!.toFixed(2)} on ${cpus().length} CPUs ${when}${one! > 1 ? ' (other work is running: timings are noisy)' : ''}`;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  console.error(loadNote('at start'));
  const configs: [number, number][] = quick
    ? [
        [1000, 50],
        [5000, 500],
        [20000, 500],
      ]
    : [
        [1000, 50],
        [1000, 500],
        [5000, 50],
        [5000, 500],
        [5000, 2000],
        [20000, 50],
        [20000, 500],
        [20000, 2000],
      ];
  const floors = quick ? [20000] : [1000, 5000, 20000];
  const dumps = quick ? [10] : [10, 50];

  for (const pods of floors) {
    const job: Job = { type: 'floor', pods };
    if (wanted(job)) await runJob(job);
  }
  for (const [pods, labelSets] of configs) {
    const job: Job = { type: 'cluster', pods, policies: Math.round(pods * 0.05), labelSets, quick };
    if (wanted(job)) await runJob(job);
  }

  const parserPresent = existsSync(`${root}src/parse/parse-manifests.ts`);
  if (!parserPresent)
    console.error('bench: src/parse/parse-manifests.ts not found: parse and pipeline skipped');
  for (const mb of dumps) {
    const specs: {
      what: 'parse' | 'library' | 'pipeline';
      format: 'yaml' | 'json';
      runs: number;
    }[] = [];
    for (const format of ['yaml', 'json'] as const) {
      for (const what of ['library', 'parse', 'pipeline'] as const) {
        if (what !== 'library' && !parserPresent) continue;
        const runs = what === 'pipeline' ? (mb >= 50 ? 1 : 2) : mb >= 50 || quick ? 3 : 4;
        if (!filter || `${what} ${format} ${mb}MB`.includes(filter))
          specs.push({ what, format, runs });
      }
    }
    if (specs.length === 0) continue;
    const dump = await ensureDump(mb);
    if (!dump) {
      console.error(`bench: could not generate the ${mb} MB dump`);
      continue;
    }
    for (const spec of specs) {
      await runJob({
        type: 'dump',
        ...spec,
        file: `${dump.base}.${spec.format}`,
        meta: dump.meta[spec.format],
      });
    }
  }

  summary();
  console.error(loadNote('at end'));
  console.error(`bench: total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function find(bench: string, pred: (l: BenchLine) => boolean = () => true): BenchLine[] {
  return lines.filter((l) => l.bench === bench && pred(l));
}

function verdict(name: string, ok: boolean | undefined, detail: string): void {
  const status = ok === undefined ? 'NOT RUN' : ok ? 'PASS' : 'MISS';
  console.log(`# ${status} ${name}: ${detail}`);
}

function summary(): void {
  const at = (pods: number, labelSets: number) => (l: BenchLine) =>
    l.pods >= pods * 0.98 && l.pods <= pods * 1.02 && l.labelSets === labelSets;
  for (const [ls, limit] of [
    [500, 100],
    [2000, 1000],
  ] as const) {
    const l = find('evaluate', at(20000, ls))[0];
    verdict(
      `evaluate 20k pods/1000 policies/${ls} label sets <= ${limit} ms`,
      l && l.ms <= limit,
      l ? `${l.ms} ms (${String(l.classes)} classes)` : 'not measured',
    );
  }
  const edits = find('edit', (l) => l.pods >= 19600);
  verdict(
    'edit (one policy changed, re-evaluate) at 20k pods <= 50 ms',
    edits.length ? edits.every((l) => l.ms <= 50) : undefined,
    edits.length
      ? edits.map((l) => `${l.labelSets} label sets ${l.ms} ms`).join(', ')
      : 'not measured',
  );
  const yaml = find('parse', (l) => l.format === 'yaml');
  verdict(
    'YAML parse >= 20 MB/s',
    yaml.length ? yaml.every((l) => (l.mbPerSec as number) >= 20) : undefined,
    yaml.length
      ? yaml.map((l) => `${mb(l)} ${String(l.mbPerSec)} MB/s`).join(', ') +
          `; js-yaml.load alone: ${find('js-yaml.load')
            .map((l) => `${mb(l)} ${String(l.mbPerSec)} MB/s`)
            .join(', ')}`
      : 'parser not available',
  );
  const json = find('parse', (l) => l.format === 'json');
  const jsonRatio = (l: BenchLine) => {
    const base = find('JSON.parse', (b) => b.bytes === l.bytes)[0];
    return base ? (l.mbPerSec as number) / (base.mbPerSec as number) : 0;
  };
  verdict(
    'JSON parse at JSON.parse speed (>= 0.5x of JSON.parse MB/s)',
    json.length ? json.every((l) => jsonRatio(l) >= 0.5) : undefined,
    json.length
      ? json
          .map(
            (l) => `${mb(l)} ${String(l.mbPerSec)} MB/s = ${jsonRatio(l).toFixed(2)}x JSON.parse`,
          )
          .join(', ')
      : `parser not available; JSON.parse: ${find('JSON.parse')
          .map((l) => `${mb(l)} ${String(l.mbPerSec)} MB/s`)
          .join(', ')}`,
  );
  const mem = [...find('parse'), ...find('pipeline')];
  verdict(
    'peak memory <= 4x input size (RSS over the pre-read baseline / input bytes)',
    mem.length ? mem.every((l) => (l.memX as number) <= 4) : undefined,
    mem.length
      ? mem.map((l) => `${l.bench} ${String(l.format)} ${mb(l)} ${String(l.memX)}x`).join(', ')
      : 'parser not available',
  );
  // Memory must follow classes: at equal class counts, 4x the pods may cost at most ~4x (the
  // per-endpoint index), never the 16x of pod pairs; and it stays well under the N x N bit matrix.
  const evals = find('evaluate', (l) => l.pods >= 19600);
  const scaling = find('evaluate', (l) => l.pods >= 19600 && l.labelSets === 2000)[0];
  const smaller = find(
    'evaluate',
    (l) => l.pods <= 5100 && l.pods >= 4900 && l.labelSets === 2000,
  )[0];
  const growth =
    scaling && smaller
      ? (scaling.retainedMB as number) / (smaller.retainedMB as number)
      : undefined;
  verdict(
    'evaluate memory grows with classes, not pod pairs (retained < 1/4 of the N x N bit matrix at 20k pods; 5k -> 20k pods at ~2000 classes grows < 8x)',
    evals.length
      ? evals.every((l) => (l.retainedMB as number) < (l.podPairMB as number) / 4) &&
          (growth === undefined || growth < 8)
      : undefined,
    evals.length === 0
      ? 'not measured'
      : evals
          .map(
            (l) =>
              `${String(l.classes)} classes: retained ${String(l.retainedMB)} MB, stage RSS +${String(l.deltaMB)} MB`,
          )
          .join('; ') +
          (` (N x N bits ${String(evals[0]?.podPairMB)} MB)` +
            (growth !== undefined ? `; 5k -> 20k pods: retained x${growth.toFixed(1)}` : '')),
  );
}

function mb(l: BenchLine): string {
  return `${Math.round((l.bytes as number) / 1048576)}MB`;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 0;
});
