import type { Endpoint } from '../model/types';
import type { AbstractGraph, GraphNode } from './types';

/**
 * Search over what the explorer shows: workloads, pods, Services, namespaces, NetworkPolicies,
 * labels and external peers. The index is built once per analysis; each query is scored against
 * it and only the few results kept are placed in the graph on screen, so a redraw (every selection
 * change) costs nothing and a 20,000-pod dump answers a keystroke in milliseconds.
 */

/** What the analysis tells search beyond the graph; the worker's AnalysisSnapshot satisfies it. */
export interface SearchData {
  endpoints: readonly Endpoint[];
  services: readonly { id: string; namespace: string; name: string; type: string }[];
  /** `ns/name` of every NetworkPolicy. */
  policies: readonly string[];
  policySummaries?: Readonly<
    Record<string, { policyTypes: readonly string[]; selects: readonly string[] }>
  >;
}

export type SearchKind =
  'workload' | 'pod' | 'service' | 'namespace' | 'policy' | 'label' | 'external' | 'outside';

/**
 * Where picking a match leads. A node target names the node that is drawn once nothing hides it
 * (`pod:shop/cart-1` even while its workload is folded); `endpoint` is the endpoint behind it, so
 * the node standing for it can be found while it is hidden.
 */
export type SearchTarget =
  | {
      kind: 'node';
      id: string;
      endpoint?: string;
      /**
       * Any drawn node carrying `endpoint` will do (a label's first carrier): a workload is not
       * opened to show one of its pods, only a collapsed namespace is.
       */
      anyHolder?: boolean;
    }
  | { kind: 'policy'; id: string };

export interface SearchMatch {
  kind: SearchKind;
  /** The name shown: a workload or Service name, `app=frontend`, an IP or CIDR. */
  label: string;
  namespace?: string;
  /** Second line: `StatefulSet ×3`, `ClusterIP`, `Ingress, Egress · selects 2 endpoints`… */
  detail?: string;
  target: SearchTarget;
  /**
   * The node drawn for the target now, when the target itself is not drawn: its collapsed
   * namespace, or the workload its pod is folded into.
   */
  shownAs?: string;
  /** Label matches: how many endpoints carry the label. */
  count?: number;
}

/** What `revealStep` asks of the view to bring a node target on screen, one level at a time. */
export type RevealStep =
  | { kind: 'select'; node: string }
  | { kind: 'expand-namespace'; node: string }
  | { kind: 'expand-workload'; node: string }
  | { kind: 'none' };

/** Something findable before the graph is consulted; `resolve` places it in the graph. */
type Source =
  | { from: 'node'; node: GraphNode }
  | { from: 'endpoint'; endpoint: Endpoint }
  | { from: 'service'; service: SearchData['services'][number] }
  | { from: 'policy'; id: string; detail?: string }
  | { from: 'label'; label: LabelEntry };

interface Candidate {
  kind: SearchKind;
  label: string;
  namespace?: string;
  /** Lower-cased texts the query is compared with (name, `ns/name`, endpoint id, label value). */
  keys: string[];
  source: Source;
}

interface LabelEntry {
  key: string;
  value: string;
  /** Endpoint ids carrying the label, in analysis order. */
  endpoints: string[];
  namespaces: Set<string>;
}

export interface SearchIndex {
  /** Endpoints, Services and policies: everything but the graph's own nodes. */
  candidates: Candidate[];
  /** Label candidates by lower-cased key, for `key=value` queries. */
  labels: Map<string, Candidate[]>;
  endpoints: ReadonlyMap<string, Endpoint>;
}

/** Results beyond this are noise in a dropdown; a longer query narrows them. */
export const SEARCH_LIMIT = 20;

const KIND_ORDER: Readonly<Record<SearchKind, number>> = {
  workload: 0,
  service: 1,
  namespace: 2,
  pod: 3,
  policy: 4,
  label: 5,
  external: 6,
  outside: 7,
};

/**
 * Everything findable in an analysis, independent of what the graph currently shows.
 *
 * @example
 * const index = buildSearchIndex(snapshot);
 * searchGraph(index, graph, 'postgres')[0]; // → { kind: 'workload', label: 'postgres', … }
 */
export function buildSearchIndex(data: SearchData): SearchIndex {
  const candidates: Candidate[] = [];
  for (const e of data.endpoints) {
    const kind: SearchKind =
      e.kind === 'Pod' ? 'pod' : e.kind === 'External' ? 'external' : 'workload';
    candidates.push({
      kind,
      label: e.name,
      ...(e.namespace !== undefined ? { namespace: e.namespace } : {}),
      keys: lower(
        e.namespace !== undefined ? [e.name, `${e.namespace}/${e.name}`, e.id] : [e.name],
      ),
      source: { from: 'endpoint', endpoint: e },
    });
  }
  for (const s of data.services) {
    candidates.push({
      kind: 'service',
      label: s.name,
      namespace: s.namespace,
      keys: lower([s.name, s.id]),
      source: { from: 'service', service: s },
    });
  }
  for (const id of data.policies) {
    const slash = id.indexOf('/');
    const name = id.slice(slash + 1);
    const d = data.policySummaries?.[id];
    const detail = d
      ? `${d.policyTypes.join(', ')} · selects ${plural(d.selects.length, 'endpoint')}`
      : undefined;
    candidates.push({
      kind: 'policy',
      label: name,
      namespace: id.slice(0, slash),
      keys: lower([name, id]),
      source: { from: 'policy', id, ...(detail !== undefined ? { detail } : {}) },
    });
  }

  const labels = new Map<string, Candidate[]>();
  for (const entry of labelEntries(data.endpoints)) {
    const [only] = entry.namespaces.size === 1 ? entry.namespaces : [];
    const c: Candidate = {
      kind: 'label',
      label: `${entry.key}=${entry.value}`,
      ...(only !== undefined ? { namespace: only } : {}),
      keys: [entry.value.toLowerCase()],
      source: { from: 'label', label: entry },
    };
    candidates.push(c);
    const k = entry.key.toLowerCase();
    const list = labels.get(k);
    if (list) list.push(c);
    else labels.set(k, [c]);
  }
  return { candidates, labels, endpoints: new Map(data.endpoints.map((e) => [e.id, e])) };
}

/**
 * Ranked matches for a query, placed in the graph on screen: exact names before prefixes before
 * substrings (case-insensitive) against a name, `ns/name` or endpoint id; then workloads,
 * Services, namespaces, pods, policies, labels. `key=value` or `key:value` finds a label (the value
 * may be partial: `app=` lists every app); a bare word also finds labels with that value.
 *
 * @example
 * searchGraph(index, graph, 'app=frontend');
 * // → [{ kind: 'label', label: 'app=frontend', count: 1, target: { kind: 'node', id: 'wl:…' } }]
 */
export function searchGraph(
  index: SearchIndex,
  graph: AbstractGraph,
  query: string,
  limit = SEARCH_LIMIT,
): SearchMatch[] {
  const q = query.trim().toLowerCase();
  if (q === '' || limit <= 0) return [];
  const drawn = new Map(graph.nodes.map((n) => [n.id, n]));
  const top: Scored[] = [];
  const consider = (c: Candidate, score: number) => {
    if (score > 0) keepTop(top, { c, score }, limit);
  };

  for (const n of graph.nodes) {
    const c = nodeCandidate(n, drawn);
    if (c) consider(c, bestScore(c.keys, q));
  }
  const labelQuery = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(q);
  for (const c of index.candidates) {
    if (c.source.from === 'label' && labelQuery) continue;
    // A drawn workload was found as a graph node above, with its pods counted in its detail.
    const e = c.source.from === 'endpoint' ? c.source.endpoint : undefined;
    if (e && c.kind === 'workload' && drawn.has(endpointNodeId(e))) continue;
    consider(c, bestScore(c.keys, q));
  }
  if (labelQuery) {
    for (const c of index.labels.get(labelQuery[1]!) ?? []) {
      consider(c, matchScore(c.keys[0]!, labelQuery[2]!));
    }
  }

  const wanted = new Set<string>();
  for (const { c } of top) {
    if (c.source.from === 'endpoint') wanted.add(c.source.endpoint.id);
    if (c.source.from === 'label') wanted.add(c.source.label.endpoints[0]!);
  }
  const holders = holdersOf(graph, wanted);
  return top.map(({ c }) => resolve(c, { drawn, holders, endpoints: index.endpoints }));
}

/**
 * The next thing to do to show a node target: select it when drawn; otherwise open the collapsed
 * namespace or the folded workload that hides it (one level per call, as the graph is redrawn in
 * between). When nothing can be opened, the node standing for it is selected instead.
 *
 * @example
 * revealStep(graph, { kind: 'node', id: 'pod:shop/cart-1', endpoint: 'shop/cart-1' }, 'shop');
 * // → { kind: 'expand-namespace', node: 'ns:shop' } while shop is collapsed
 */
export function revealStep(
  graph: AbstractGraph,
  target: Extract<SearchTarget, { kind: 'node' }>,
  namespace: string | undefined,
): RevealStep {
  const drawn = new Map(graph.nodes.map((n) => [n.id, n]));
  if (drawn.has(target.id)) return { kind: 'select', node: target.id };
  const holder =
    target.endpoint !== undefined
      ? holdersOf(graph, new Set([target.endpoint])).get(target.endpoint)
      : undefined;
  if (target.anyHolder && holder && holder.kind !== 'namespace') {
    return { kind: 'select', node: holder.id };
  }
  if (holder?.kind === 'workload' && holder.expanded === false) {
    return { kind: 'expand-workload', node: holder.id };
  }
  const group = holder?.kind === 'namespace' ? holder : drawn.get(`ns:${namespace ?? ''}`);
  if (group?.collapsed) return { kind: 'expand-namespace', node: group.id };
  return holder ? { kind: 'select', node: holder.id } : { kind: 'none' };
}

interface Scored {
  c: Candidate;
  score: number;
}

interface Lookup {
  drawn: ReadonlyMap<string, GraphNode>;
  holders: ReadonlyMap<string, GraphNode>;
  endpoints: ReadonlyMap<string, Endpoint>;
}

/** Namespaces, drawn workloads, Outside and policy ipBlock peers: found by what the graph says. */
function nodeCandidate(n: GraphNode, drawn: ReadonlyMap<string, GraphNode>): Candidate | undefined {
  const source = { from: 'node' as const, node: n };
  switch (n.kind) {
    case 'namespace':
      return { kind: 'namespace', label: n.label, keys: lower([n.label]), source };
    case 'workload': {
      // A dump's pods grouped under their owner: a workload with no endpoint of its own.
      const ns =
        n.parent !== undefined
          ? (drawn.get(n.parent)?.label ?? n.parent.replace(/^ns:/, ''))
          : undefined;
      const keys = [n.label, n.id.slice('wl:'.length)];
      if (ns !== undefined) keys.push(`${ns}/${n.label}`);
      return {
        kind: 'workload',
        label: n.label,
        ...(ns !== undefined ? { namespace: ns } : {}),
        keys: lower(keys),
        source,
      };
    }
    case 'outside':
      return { kind: 'outside', label: n.label, keys: lower([n.label, n.id]), source };
    case 'ipblock':
      // External endpoints are ipblock nodes too; they are found as endpoints.
      return n.endpoints.length === 0
        ? { kind: 'external', label: n.label, keys: lower([n.label]), source }
        : undefined;
    default:
      return undefined;
  }
}

function resolve(c: Candidate, g: Lookup): SearchMatch {
  const base = {
    kind: c.kind,
    label: c.label,
    ...(c.namespace !== undefined ? { namespace: c.namespace } : {}),
  };
  const s = c.source;
  switch (s.from) {
    case 'node':
      return {
        ...base,
        ...(s.node.detail !== undefined ? { detail: s.node.detail } : {}),
        target: { kind: 'node', id: s.node.id },
      };
    case 'endpoint': {
      const id = endpointNodeId(s.endpoint);
      const holder = g.drawn.has(id) ? undefined : g.holders.get(s.endpoint.id);
      return {
        ...base,
        detail: endpointDetail(s.endpoint, holder),
        target: { kind: 'node', id, endpoint: s.endpoint.id },
        ...(holder ? { shownAs: holder.id } : {}),
      };
    }
    case 'service': {
      const id = `svc:${s.service.id}`;
      const group = g.drawn.get(`ns:${s.service.namespace}`);
      const hidden = !g.drawn.has(id) && group?.collapsed === true;
      return {
        ...base,
        detail: hidden ? `${s.service.type} · in collapsed namespace` : s.service.type,
        target: { kind: 'node', id },
        ...(hidden ? { shownAs: group.id } : {}),
      };
    }
    case 'policy':
      return {
        ...base,
        ...(s.detail !== undefined ? { detail: s.detail } : {}),
        target: { kind: 'policy', id: s.id },
      };
    case 'label': {
      const { endpoints, namespaces } = s.label;
      const first = endpoints[0]!;
      const holder = g.holders.get(first);
      const spread = namespaces.size > 1 ? ` · ${namespaces.size} namespaces` : '';
      const own = g.endpoints.get(first);
      return {
        ...base,
        detail: `${plural(endpoints.length, 'endpoint')}${spread}`,
        count: endpoints.length,
        // The node carrying the first endpoint: a label is about workloads, not one of their pods.
        target:
          holder && holder.kind !== 'namespace'
            ? { kind: 'node', id: holder.id, endpoint: first }
            : {
                kind: 'node',
                id: own ? endpointNodeId(own) : first,
                endpoint: first,
                anyHolder: true,
              },
        ...(holder?.kind === 'namespace' ? { shownAs: holder.id } : {}),
      };
    }
  }
}

/**
 * The drawn node carrying each of some endpoints: its own pod or External node, else its
 * workload, else its (collapsed) namespace. Namespace nodes list every endpoint in them and an
 * expanded workload still lists its pods, so the most specific node wins.
 */
function holdersOf(graph: AbstractGraph, ids: ReadonlySet<string>): Map<string, GraphNode> {
  const found = new Map<string, GraphNode>();
  if (ids.size === 0) return found;
  const rank = (n: GraphNode) => (n.kind === 'namespace' ? 1 : n.kind === 'workload' ? 2 : 3);
  for (const n of graph.nodes) {
    for (const e of n.endpoints) {
      if (!ids.has(e)) continue;
      const had = found.get(e);
      if (!had || rank(had) < rank(n)) found.set(e, n);
    }
  }
  return found;
}

/** The node an endpoint has once nothing hides it (place-nodes.ts decides these ids). */
function endpointNodeId(e: Endpoint): string {
  if (e.kind === 'External') return `external:${e.id}`;
  return e.kind === 'Pod' ? `pod:${e.id}` : `wl:${e.id}`;
}

function endpointDetail(e: Endpoint, holder: GraphNode | undefined): string {
  const what =
    e.kind === 'Pod'
      ? 'Pod'
      : e.kind === 'External'
        ? 'External endpoint'
        : e.replicas !== undefined
          ? `${e.kind} ×${e.replicas}`
          : e.kind;
  if (holder?.kind === 'workload') return `${what} · in ${holder.label}`;
  if (holder?.kind === 'namespace') return `${what} · in collapsed namespace`;
  return what;
}

/** Every distinct `key=value` among the endpoints, with who carries it. */
function labelEntries(endpoints: readonly Endpoint[]): Iterable<LabelEntry> {
  const byPair = new Map<string, LabelEntry>();
  for (const e of endpoints) {
    for (const [key, value] of Object.entries(e.labels)) {
      const pair = `${key}\u0000${value}`;
      let entry = byPair.get(pair);
      if (!entry) byPair.set(pair, (entry = { key, value, endpoints: [], namespaces: new Set() }));
      entry.endpoints.push(e.id);
      if (e.namespace !== undefined) entry.namespaces.add(e.namespace);
    }
  }
  return byPair.values();
}

/**
 * Keeps `top` the best `limit` results, sorted: a one-letter query can hit every pod of a dump,
 * and only the first few are ever shown.
 */
function keepTop(top: Scored[], item: Scored, limit: number): void {
  if (top.length === limit && ranked(item, top[limit - 1]!) >= 0) return;
  let i = top.length;
  while (i > 0 && ranked(item, top[i - 1]!) < 0) i--;
  top.splice(i, 0, item);
  if (top.length > limit) top.pop();
}

function ranked(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    KIND_ORDER[a.c.kind] - KIND_ORDER[b.c.kind] ||
    a.c.label.length - b.c.label.length ||
    compare(a.c.label, b.c.label) ||
    compare(a.c.namespace ?? '', b.c.namespace ?? '')
  );
}

function bestScore(keys: readonly string[], q: string): number {
  let best = 0;
  for (const k of keys) {
    const s = matchScore(k, q);
    if (s > best) best = s;
  }
  return best;
}

/** 3 exact, 2 prefix, 1 substring, 0 none; an empty query is a prefix of everything. */
function matchScore(text: string, q: string): number {
  if (text === q) return 3;
  if (text.startsWith(q)) return 2;
  return q !== '' && text.includes(q) ? 1 : 0;
}

function lower(keys: readonly string[]): string[] {
  return keys.map((k) => k.toLowerCase());
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
