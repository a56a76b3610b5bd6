/**
 * Runs one benchmark job (JSON in argv[2]) in a fresh process, so each job's peak RSS is its own,
 * and reports lines to the parent over IPC.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dump, load } from 'js-yaml';
import { buildCluster } from '../../src/model/build-cluster';
import type { Cluster, ManifestObjects } from '../../src/model/types';
import { evaluateReachability, type Reachability } from '../../src/evaluate/reachability';
import { editedPolicy, generateCluster, kubectlList } from './generate';
import type {
  ChildMessage,
  ClusterJob,
  DumpJob,
  DumpMeta,
  FloorJob,
  GenDumpJob,
  Job,
} from './jobs';
import { gc, round, rssKB, runStage, RssSampler } from './measure';

type ParseManifests = (
  files: { name: string; text: string }[],
  options: { defaultNamespace: string },
) => { objects: ManifestObjects; diagnostics: { severity: string; message: string }[] };

const PARSER = new URL('../../src/parse/parse-manifests.ts', import.meta.url);

async function loadParser(): Promise<ParseManifests> {
  if (!existsSync(fileURLToPath(PARSER))) throw new Error('src/parse/parse-manifests.ts not found');
  const mod = (await import(PARSER.href)) as { parseManifests: ParseManifests };
  return mod.parseManifests;
}

const pending: Promise<void>[] = [];

function send(message: ChildMessage): void {
  if (process.send) {
    pending.push(new Promise((resolve) => process.send!(message, undefined, {}, () => resolve())));
  } else if (message.kind === 'line') console.log(JSON.stringify(message.line));
  else console.error(message.kind === 'note' ? message.text : JSON.stringify(message.meta));
}

function heapMB(): number {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
}

function classStats(r: Reachability) {
  const reps = r.classes.members;
  let probes = 0;
  for (const m of reps) probes += r.probes(m[0]!).length;
  return { classes: reps.length, probes };
}

function clusterJob(job: ClusterJob, sampler: RssSampler): void {
  const shape = { pods: job.pods, policies: job.policies, labelSets: job.labelSets };
  const g = generateCluster(shape);
  const base = {
    pods: g.objects.pods.length,
    policies: g.objects.policies.length,
    labelSets: job.labelSets,
  };
  const big = job.pods >= 20000;
  const runs = job.quick ? 3 : 5;
  const evalRuns = { runs, budgetMs: big ? 10000 : 5000 };

  const model = runStage(sampler, () => buildCluster(g.objects), { runs, budgetMs: 3000 });
  const cluster: Cluster = model.value.cluster;
  send({
    kind: 'line',
    line: {
      bench: 'model',
      ...base,
      ms: model.ms,
      peakMB: model.peakMB,
      deltaMB: model.deltaMB,
      endpoints: cluster.endpoints.length,
      runs: model.runs,
    },
  });

  // Every run gets fresh endpoint and policy objects: a cache keyed on object identity in src/
  // must not turn the repeated runs into cache hits.
  const fresh = (): Cluster => ({
    ...cluster,
    endpoints: cluster.endpoints.map((e) => ({ ...e })),
    policies: cluster.policies.map((p) => ({ ...p })),
  });
  const evaluate = runStage(sampler, (c: Cluster) => evaluateReachability(c), evalRuns, fresh);
  const stats = classStats(evaluate.value);
  // What one evaluation keeps alive (heap + array buffers after a full GC), on the cluster that
  // is already in memory: the class matrix and its indexes, not garbage made on the way.
  gc();
  const heapBefore = heapMB();
  const kept = evaluateReachability(cluster);
  gc();
  const retainedMB = round(heapMB() - heapBefore, 1);
  if (kept.classes.members.length !== stats.classes) throw new Error('class count changed');
  const podPairMB = round((job.pods * Math.ceil(job.pods / 32) * 4) / 1048576, 1);
  send({
    kind: 'line',
    line: {
      bench: 'evaluate',
      ...base,
      ms: evaluate.ms,
      peakMB: evaluate.peakMB,
      deltaMB: evaluate.deltaMB,
      retainedMB,
      podPairMB,
      ...stats,
      firstMs: evaluate.firstMs,
      runs: evaluate.runs,
    },
  });

  // Successive edits of one policy, as in the editor: each run evaluates the cluster with that
  // policy replaced by a new object (a different extra port each time), handing the evaluator the
  // previous result so it can keep the classes and the unchanged policies' compiled bitsets.
  const at = g.editablePolicy;
  let current = evaluateReachability(cluster);
  let policies = cluster.policies;
  const edit = runStage(
    sampler,
    (next: Cluster) => {
      current = evaluateReachability(next, {}, current);
      return current;
    },
    evalRuns,
    (run) => {
      policies = policies.map((p, i) => (i === at ? editedPolicy(cluster.policies[at]!, run) : p));
      return { ...cluster, policies };
    },
  );
  send({
    kind: 'line',
    line: {
      bench: 'edit',
      ...base,
      ms: edit.ms,
      peakMB: edit.peakMB,
      deltaMB: edit.deltaMB,
      classes: current.classes.representatives.length,
      changed: `${policies[at]!.namespace}/${policies[at]!.name}`,
      firstMs: edit.firstMs,
      runs: edit.runs,
    },
  });
}

function floorJob(job: FloorJob, sampler: RssSampler): void {
  const n = job.pods;
  const words = Math.ceil(n / 32);
  const fill = () => {
    const m = new Uint32Array(n * words);
    for (let i = 0; i < n; i++) {
      const row = i * words;
      const pattern = (i * 2654435761) >>> 0;
      for (let w = 0; w < words; w++) m[row + w] = pattern ^ w;
    }
    return m;
  };
  const r = runStage(sampler, fill, { runs: 5, budgetMs: 3000 });
  send({
    kind: 'line',
    line: {
      bench: 'floor',
      pods: n,
      policies: 0,
      labelSets: 0,
      ms: r.ms,
      peakMB: r.peakMB,
      matrixMB: round(r.value.byteLength / 1048576, 1),
      runs: r.runs,
    },
  });
}

const YAML_OPTIONS = { noRefs: true, lineWidth: -1, noArrayIndent: true };

function genDumpJob(job: GenDumpJob): void {
  const shapeOf = (pods: number) => ({
    pods,
    policies: Math.round(pods * 0.05),
    labelSets: Math.max(10, Math.round(pods / 8)),
  });
  const render = {
    yaml: (list: unknown) => dump(list, YAML_OPTIONS),
    // kubectl -o json indents by four spaces.
    json: (list: unknown) => JSON.stringify(list, null, 4),
  };
  const meta: Partial<DumpMeta> = {};
  for (const format of ['yaml', 'json'] as const) {
    // Size a sample, then scale the pod count to the target.
    const sample = render[format](kubectlList(generateCluster(shapeOf(400)))).length;
    const shape = shapeOf(Math.round((job.targetMB * 1048576 * 400) / sample));
    const g = generateCluster(shape);
    const text = render[format](kubectlList(g));
    writeFileSync(`${job.base}.${format}`, text);
    meta[format] = {
      pods: g.objects.pods.length,
      policies: g.objects.policies.length,
      labelSets: shape.labelSets,
      bytes: Buffer.byteLength(text),
    };
  }
  writeFileSync(`${job.base}.meta.json`, JSON.stringify(meta));
  send({ kind: 'meta', meta: meta as DumpMeta });
}

async function dumpJob(job: DumpJob, sampler: RssSampler): Promise<void> {
  const parse = job.what === 'library' ? undefined : await loadParser();
  gc();
  const baseKB = rssKB();
  const text = readFileSync(job.file, 'utf8');
  const bytes = Buffer.byteLength(text);
  const inputMB = bytes / 1048576;
  const base = { pods: job.meta.pods, policies: job.meta.policies, labelSets: job.meta.labelSets };
  const files = () => [{ name: job.file.replace(/^.*\//, ''), text }];
  const common = (r: { ms: number; peakMB: number; runs: number }) => ({
    ms: r.ms,
    peakMB: r.peakMB,
    format: job.format,
    bytes,
    mbPerSec: round(inputMB / (r.ms / 1000), 1),
    memX: round((r.peakMB - baseKB / 1024) / inputMB, 2),
    runs: r.runs,
  });
  if (job.what === 'library') {
    const fn = job.format === 'json' ? () => JSON.parse(text) as unknown : () => load(text);
    const r = runStage(sampler, fn, { runs: job.runs, budgetMs: 20000 });
    send({
      kind: 'line',
      line: { bench: job.format === 'json' ? 'JSON.parse' : 'js-yaml.load', ...base, ...common(r) },
    });
    return;
  }
  if (job.what === 'parse') {
    const r = runStage(sampler, () => parse!(files(), { defaultNamespace: 'default' }), {
      runs: job.runs,
      budgetMs: 20000,
    });
    const { objects, diagnostics } = r.value;
    const errors = diagnostics.filter((d) => d.severity === 'error');
    send({
      kind: 'line',
      line: {
        bench: 'parse',
        ...base,
        ...common(r),
        parsedPods: objects.pods.length,
        parsedPolicies: objects.policies.length,
        errors: errors.length,
        ...(errors[0] ? { firstError: errors[0].message } : {}),
      },
    });
    return;
  }
  const split = { parseMs: 0, modelMs: 0, evaluateMs: 0 };
  const r = runStage(
    sampler,
    () => {
      const t0 = performance.now();
      const { objects } = parse!(files(), { defaultNamespace: 'default' });
      const t1 = performance.now();
      const { cluster } = buildCluster(objects);
      const t2 = performance.now();
      const reachability = evaluateReachability(cluster);
      split.parseMs = round(t1 - t0);
      split.modelMs = round(t2 - t1);
      split.evaluateMs = round(performance.now() - t2);
      return reachability;
    },
    { runs: job.runs, budgetMs: 20000 },
  );
  send({
    kind: 'line',
    line: {
      bench: 'pipeline',
      ...base,
      ...common(r),
      ...split,
      classes: r.value.classes.representatives.length,
    },
  });
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '{}') as Job;
  const sampler = new RssSampler();
  try {
    if (job.type === 'cluster') clusterJob(job, sampler);
    else if (job.type === 'floor') floorJob(job, sampler);
    else if (job.type === 'gen-dump') genDumpJob(job);
    else await dumpJob(job, sampler);
  } finally {
    await sampler.stop();
    await Promise.all(pending);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    () => process.exit(0),
    async (e: unknown) => {
      send({
        kind: 'note',
        text: `job failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      });
      await Promise.all(pending);
      process.exit(1);
    },
  );
}
