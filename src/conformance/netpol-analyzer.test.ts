/**
 * External conformance: np-guard/netpol-analyzer's full-connectivity connlist cases, read from
 * `../shared/conformance` beside the repository (never copied into it). Skipped when absent.
 *
 * Every ordered pair of distinct workloads, every port reachmap probes on the destination (its
 * container ports, the ports the policies name, a fixed set), and externals at the first and last
 * address of every IP range netpol-analyzer would report, are compared with the expected output.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_ROOT, corpusAvailable, loadCases } from './corpus';
import { agrees, formatResult, runCase } from './compare';
import { KNOWN_DIVERGENCES } from './known-divergences';

const available = corpusAvailable();
if (!available) {
  console.warn(
    `netpol-analyzer conformance skipped: ${CORPUS_ROOT} not found ` +
      '(CI clones shared/ beside the repository; locally, put it at ../shared to run this suite).',
  );
}

const { selected, skipped } = available ? loadCases() : { selected: [], skipped: [] };

describe.skipIf(!available)('netpol-analyzer conformance', () => {
  const tally = { agree: 0, knownDivergent: 0, failed: [] as string[], withErrors: [] as string[] };

  afterAll(() => {
    console.log(
      `netpol-analyzer conformance: ${selected.length} cases run ` +
        `(${skipped.length} other full-connectivity cases use kinds/options reachmap does not model); ` +
        `${tally.agree} agree, ${tally.knownDivergent} known divergences, ` +
        `${tally.failed.length} failing${tally.failed.length ? `: ${tally.failed.join(', ')}` : ''}`,
    );
    if (tally.withErrors.length > 0) {
      // Agreement there covers only what reachmap read: an object it rejected is not compared
      // unless netpol-analyzer lists a connection for it.
      console.log(`agreeing cases where reachmap reported errors: ${tally.withErrors.join('; ')}`);
    }
  });

  it('lists known divergences only for cases that run', () => {
    const keys = new Set(selected.map((c) => c.key));
    expect([...KNOWN_DIVERGENCES.keys()].filter((k) => !keys.has(k))).toEqual([]);
  });

  for (const c of selected) {
    const known = KNOWN_DIVERGENCES.get(c.key);
    it(c.key, () => {
      const result = runCase(c);
      const ok = agrees(result);
      if (known) {
        if (ok) tally.failed.push(c.key);
        else tally.knownDivergent++;
        expect(ok, `${c.key} is in KNOWN_DIVERGENCES (${known.reason}) but agrees: remove it`).toBe(
          false,
        );
        if (known.parseError) {
          const pattern = known.parseError;
          expect(
            result.errors.some((e) => pattern.test(e)),
            `${c.key}: expected a reachmap error matching ${String(pattern)}\n${formatResult(result)}`,
          ).toBe(true);
        }
      } else {
        if (ok) tally.agree++;
        else tally.failed.push(c.key);
        if (ok && result.errors.length > 0) {
          tally.withErrors.push(
            `${c.key} (${result.errors[0]!}${result.errors.length > 1 ? ', …' : ''})`,
          );
        }
        expect(ok, formatResult(result)).toBe(true);
      }
    });
    if (known?.agreesWith) {
      const options = known.agreesWith;
      it(`${c.key} with ${JSON.stringify(options)} (netpol-analyzer's choice)`, () => {
        const result = runCase(c, options);
        expect(agrees(result), formatResult(result)).toBe(true);
      });
    }
  }
});
