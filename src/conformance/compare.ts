/**
 * Runs one netpol-analyzer case through reachmap's `analyze()` and compares, pair by pair and port
 * by port, reachmap's verdicts with the expected connectivity.
 */
import { analyze, type AnalyzeOptions } from '../analyze';
import type { NetworkPolicy, Protocol } from '../model/types';
import type { EvaluateOptions, Probe } from '../evaluate/types';
import {
  loadExpected,
  loadInputFiles,
  type CorpusCase,
  type ExpectedAllowed,
  type ExpectedConnection,
} from './corpus';
import {
  cidrRange,
  elementaryRanges,
  ipv4ToNumber,
  numberToIPv4,
  policyBlocks,
  representativeAddresses,
} from './ip-ranges';
import { endpointNames, expectedPeerName } from './naming';

/** Probed on every destination besides its container ports and the ports the policies name. */
export const FIXED_PROBES: readonly Probe[] = [
  { port: 53, protocol: 'UDP' },
  { port: 53, protocol: 'TCP' },
  { port: 80, protocol: 'TCP' },
  { port: 443, protocol: 'TCP' },
  { port: 8080, protocol: 'TCP' },
  { port: 9090, protocol: 'SCTP' },
];

export interface Mismatch {
  /** netpol-analyzer names (an External side is named by the reachmap address). */
  src: string;
  dst: string;
  port: number;
  protocol: Protocol;
  expected: boolean;
  actual: boolean;
  /** reachmap endpoint ids of the first pair that showed it. */
  from: string;
  to: string;
  /** The expected connection line, for the diff. */
  expectedText: string;
  summary: string;
}

export interface CaseResult {
  key: string;
  /** Number of (reachmap endpoint pair, probe) verdicts compared. */
  compared: number;
  /** Distinct (netpol-analyzer pair, probe) mismatches. */
  mismatches: Mismatch[];
  /** Workloads of the expected output that no reachmap endpoint maps to. */
  unmatchedExpected: string[];
  /** Diagnostics of severity error from reachmap's parse/model stages. */
  errors: string[];
  externals: number;
  endpoints: number;
}

type Range = [number, number];

interface IPEntry {
  first: number;
  last: number;
  allowed: ExpectedAllowed;
  text: string;
}

function describeAllowed(a: ExpectedAllowed): string {
  if (a === 'all') return 'All Connections';
  return Object.entries(a)
    .map(([proto, ranges]) =>
      (ranges ?? []).map(([lo, hi]) => `${proto} ${lo === hi ? lo : `${lo}-${hi}`}`).join(','),
    )
    .join(',');
}

export function admits(a: ExpectedAllowed | undefined, probe: Probe): boolean {
  if (a === undefined) return false;
  if (a === 'all') return true;
  return (a[probe.protocol] ?? []).some(([lo, hi]) => probe.port >= lo && probe.port <= hi);
}

function mergeAllowed(a: ExpectedAllowed | undefined, b: ExpectedAllowed): ExpectedAllowed {
  if (a === undefined) return b;
  if (a === 'all' || b === 'all') return 'all';
  const out: Partial<Record<string, [number, number][]>> = { ...a };
  for (const [proto, ranges] of Object.entries(b)) {
    out[proto] = [...(out[proto] ?? []), ...(ranges ?? [])];
  }
  return out;
}

/** Ports the case's policies name, with both ends of endPort ranges and the ports just outside. */
function policyProbes(policies: readonly NetworkPolicy[]): Probe[] {
  const out: Probe[] = [];
  for (const p of policies) {
    for (const rule of [...p.ingress, ...p.egress]) {
      for (const entry of rule.ports ?? []) {
        if (typeof entry.port !== 'number') continue;
        const protocol = entry.protocol;
        const ports = [entry.port];
        if (entry.endPort !== undefined) ports.push(entry.endPort, entry.endPort + 1);
        ports.push(entry.port - 1);
        for (const port of ports) if (port >= 1 && port <= 65535) out.push({ port, protocol });
      }
    }
  }
  return out;
}

function dedupeProbes(probes: readonly Probe[]): Probe[] {
  const seen = new Map<string, Probe>();
  for (const p of probes) seen.set(`${p.port}/${p.protocol}`, p);
  return [...seen.values()];
}

export function runCase(c: CorpusCase, evaluate: EvaluateOptions = {}): CaseResult {
  const files = loadInputFiles(c);
  const expected = loadExpected(c).filter(
    (x) => x.src.type !== 'ingress-controller' && x.dst.type !== 'ingress-controller',
  );

  // First pass: the policies, for the ports and ipBlock boundaries to probe.
  const first = analyze(files, evaluate);
  const ranges: Range[] = [];
  for (const text of policyBlocks(first.cluster)) {
    const r = cidrRange(text);
    if (r) ranges.push(r);
  }
  for (const x of expected) {
    for (const peer of [x.src, x.dst]) {
      if (peer.type !== 'ip') continue;
      const lo = ipv4ToNumber(peer.first);
      const hi = ipv4ToNumber(peer.last);
      if (lo !== undefined && hi !== undefined) ranges.push([lo, hi]);
    }
  }
  const externals = representativeAddresses(elementaryRanges(ranges));
  const extraPorts = dedupeProbes([...policyProbes(first.cluster.policies), ...FIXED_PROBES]);
  const options: AnalyzeOptions = { ...evaluate, externals, extraPorts };
  const analysis = analyze(files, options);
  const { cluster, reachability: r } = analysis;

  // Expected connectivity, indexed.
  const pairs = new Map<string, { allowed: ExpectedAllowed; text: string }>();
  const toIP = new Map<string, IPEntry[]>(); // workload -> ranges it may reach
  const fromIP = new Map<string, IPEntry[]>(); // workload -> ranges that may reach it
  const workloads = new Set<string>();
  const addIP = (
    map: Map<string, IPEntry[]>,
    w: string,
    ip: ExpectedConnection['src'],
    x: ExpectedConnection,
  ) => {
    if (ip.type !== 'ip') return;
    const lo = ipv4ToNumber(ip.first);
    const hi = ipv4ToNumber(ip.last);
    if (lo === undefined || hi === undefined) return;
    const list = map.get(w) ?? [];
    list.push({ first: lo, last: hi, allowed: x.allowed, text: lineOf(x) });
    map.set(w, list);
  };
  for (const x of expected) {
    const s = expectedPeerName(x.src);
    const d = expectedPeerName(x.dst);
    if (x.src.type === 'workload') workloads.add(s);
    if (x.dst.type === 'workload') workloads.add(d);
    if (x.src.type === 'workload' && x.dst.type === 'workload') {
      const key = `${s}\u0000${d}`;
      const prev = pairs.get(key);
      pairs.set(key, {
        allowed: mergeAllowed(prev?.allowed, x.allowed),
        text: prev ? `${prev.text}; ${lineOf(x)}` : lineOf(x),
      });
    } else if (x.src.type === 'workload') addIP(toIP, s, x.dst, x);
    else if (x.dst.type === 'workload') addIP(fromIP, d, x.src, x);
  }

  const names = endpointNames(cluster);
  const addresses = cluster.endpoints.map((e) =>
    e.kind === 'External' ? ipv4ToNumber(e.id) : undefined,
  );
  const present = new Set(names.filter((n): n is string => n !== undefined));
  const unmatchedExpected = [...workloads].filter((w) => !present.has(w)).sort();

  const lookupIP = (list: IPEntry[] | undefined, address: number) => {
    let allowed: ExpectedAllowed | undefined;
    const texts: string[] = [];
    for (const e of list ?? []) {
      if (address < e.first || address > e.last) continue;
      allowed = mergeAllowed(allowed, e.allowed);
      texts.push(e.text);
    }
    return { allowed, text: texts.join('; ') };
  };

  const mismatches = new Map<string, Mismatch>();
  let compared = 0;
  const n = cluster.endpoints.length;
  for (let from = 0; from < n; from++) {
    const srcName = names[from];
    const srcAddr = addresses[from];
    for (let to = 0; to < n; to++) {
      if (from === to) continue;
      const dstName = names[to];
      const dstAddr = addresses[to];
      let exp: { allowed: ExpectedAllowed | undefined; text: string };
      let sLabel: string;
      let dLabel: string;
      if (srcName !== undefined && dstName !== undefined) {
        if (srcName === dstName) continue; // the same workload: never listed
        exp = pairs.get(`${srcName}\u0000${dstName}`) ?? { allowed: undefined, text: '' };
        sLabel = srcName;
        dLabel = dstName;
      } else if (srcName !== undefined && dstAddr !== undefined) {
        exp = lookupIP(toIP.get(srcName), dstAddr);
        sLabel = srcName;
        dLabel = numberToIPv4(dstAddr);
      } else if (dstName !== undefined && srcAddr !== undefined) {
        exp = lookupIP(fromIP.get(dstName), srcAddr);
        sLabel = numberToIPv4(srcAddr);
        dLabel = dstName;
      } else continue; // External to External, or an IPv6 external
      for (const probe of r.probes(to)) {
        compared++;
        const actual = r.isAllowed(from, to, probe);
        const want = admits(exp.allowed, probe);
        if (actual === want) continue;
        const key = `${sLabel}\u0000${dLabel}\u0000${probe.port}/${probe.protocol}`;
        if (mismatches.has(key)) continue;
        mismatches.set(key, {
          src: sLabel,
          dst: dLabel,
          port: probe.port,
          protocol: probe.protocol,
          expected: want,
          actual,
          from: cluster.endpoints[from]!.id,
          to: cluster.endpoints[to]!.id,
          expectedText: exp.text || '(pair not listed: nothing allowed)',
          summary: '',
        });
      }
    }
  }
  const list = [...mismatches.values()];
  // Explanations are rule by rule; only compute them for what gets printed.
  for (const m of list.slice(0, 10)) {
    const probe = { port: m.port, protocol: m.protocol };
    m.summary = r.explain(r.indexOf(m.from)!, r.indexOf(m.to)!, probe).summary;
  }
  return {
    key: c.key,
    compared,
    mismatches: list,
    unmatchedExpected,
    errors: analysis.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.file}: doc ${d.doc}, line ${d.line}: ${d.message}`),
    externals: externals.length,
    endpoints: n,
  };
}

function lineOf(x: ExpectedConnection): string {
  return `${expectedPeerName(x.src)} => ${expectedPeerName(x.dst)} : ${describeAllowed(x.allowed)}`;
}

/** A compact diff: the first mismatches, each with reachmap's explanation. */
export function formatResult(result: CaseResult, limit = 10): string {
  const lines: string[] = [];
  lines.push(
    `${result.key}: ${result.mismatches.length} mismatching (pair, port) of ${result.compared} verdicts compared` +
      ` (${result.endpoints} endpoints incl. ${result.externals} externals)`,
  );
  for (const e of result.errors.slice(0, 5)) lines.push(`  reachmap error: ${e}`);
  if (result.unmatchedExpected.length > 0) {
    lines.push(
      `  expected workloads with no reachmap endpoint: ${result.unmatchedExpected.slice(0, 8).join(', ')}` +
        (result.unmatchedExpected.length > 8 ? ` (+${result.unmatchedExpected.length - 8})` : ''),
    );
  }
  for (const m of result.mismatches.slice(0, limit)) {
    const verdict = m.actual ? 'reachmap ALLOWS' : 'reachmap DENIES';
    lines.push(
      `  ${m.src} => ${m.dst} ${m.port}/${m.protocol}: ${verdict}, netpol-analyzer ${m.expected ? 'allows' : 'denies'}`,
    );
    lines.push(`      expected: ${m.expectedText}`);
    lines.push(`      reachmap (${m.from} -> ${m.to}): ${m.summary}`);
  }
  if (result.mismatches.length > limit) lines.push(`  … ${result.mismatches.length - limit} more`);
  return lines.join('\n');
}

export function agrees(result: CaseResult): boolean {
  // Diagnostics alone do not fail a case (a multi-port Service without port names is invalid for
  // the API server but changes no connection); an object they drop shows up as unmatched.
  return result.mismatches.length === 0 && result.unmatchedExpected.length === 0;
}
