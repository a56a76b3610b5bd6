import type { Cluster } from '../model/types';
import type { Reachability } from '../evaluate/reachability';
import type { Explanation, Probe } from '../evaluate/types';
import { createEndpointMatcher } from './match-endpoints';
import { describeRef } from './describe-intent';
import type { Intent, IntentResult } from './types';

/** Breaking pairs explained per intent; the count still covers all of them. */
export const MAX_EXPLAINED = 5;

/** What checking needs of an analysis (the CLI's and the Worker's `Analysis` both fit). */
export interface IntentTarget {
  cluster: Cluster;
  reachability: Reachability;
}

const portText = (p: Probe) => `${p.port}/${p.protocol}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Checks each intent against the evaluator. An `allow` intent holds when EVERY source it matches
 * can reach EVERY destination it matches on its port; a `deny` intent when NONE can. A pair of an
 * endpoint with itself, and External→External, is not a connection and is skipped. A side that
 * matches nothing fails the intent (a typo must not pass silently).
 *
 * @example
 * checkIntents(parseIntents(text, 'x').intents, analyze(files))[0].passed // true or false
 */
export function checkIntents(intents: readonly Intent[], target: IntentTarget): IntentResult[] {
  const { cluster, reachability: r } = target;
  const matcher = createEndpointMatcher(cluster);
  const endpoints = r.endpoints;
  return intents.map((intent) => {
    const from = matcher.match(intent.from);
    const to = matcher.match(intent.to);
    const base = {
      intent,
      from: from.map((i) => endpoints[i]!.id),
      to: to.map((i) => endpoints[i]!.id),
    };
    const nothing = [
      from.length === 0 ? `from ${describeRef(intent.from)}` : undefined,
      to.length === 0 ? `to ${describeRef(intent.to)}` : undefined,
    ].filter((s): s is string => s !== undefined);
    if (nothing.length > 0) {
      const message = `${nothing.join(' and ')} ${nothing.length === 1 ? 'matches' : 'match'} no endpoint, so nothing was checked`;
      return { ...base, passed: false, pairs: 0, breaking: 0, explanations: [], message };
    }
    // Endpoints of one class are told apart by no selector, ipBlock or port, so a pair's verdict
    // is its classes' — a selector over thousands of pods costs one lookup per class pair.
    const byClasses = new Map<string, boolean>();
    const classOf = r.classes.classOf;
    let pairs = 0;
    let breaking = 0;
    const explanations: Explanation[] = [];
    for (const f of from) {
      for (const t of to) {
        if (f === t || (endpoints[f]!.kind === 'External' && endpoints[t]!.kind === 'External')) {
          continue;
        }
        pairs++;
        const key = `${classOf[f]},${classOf[t]}`;
        let allowed = byClasses.get(key);
        if (allowed === undefined) {
          allowed = r.isAllowed(f, t, intent.probe);
          byClasses.set(key, allowed);
        }
        if (allowed === (intent.expect === 'allow')) continue;
        breaking++;
        if (explanations.length < MAX_EXPLAINED) explanations.push(r.explain(f, t, intent.probe));
      }
    }
    if (pairs === 0) {
      const message =
        'from and to match only the same endpoint, so there is no connection to check';
      return { ...base, passed: false, pairs, breaking, explanations, message };
    }
    const port = portText(intent.probe);
    const verdict = intent.expect === 'allow' ? 'allowed' : 'denied';
    const opposite = intent.expect === 'allow' ? 'denied' : 'allowed';
    const message =
      breaking === 0
        ? pairs === 1
          ? `holds: the connection is ${verdict} on ${port}`
          : `holds: all ${pairs} connections are ${verdict} on ${port}`
        : `fails: ${breaking} of ${plural(pairs, 'connection')} ${breaking === 1 ? 'is' : 'are'} ${opposite} on ${port}` +
          (intent.expect === 'allow'
            ? ' (allow needs every source to reach every destination)'
            : ' (deny needs no source to reach any destination)');
    return { ...base, passed: breaking === 0, pairs, breaking, explanations, message };
  });
}
