import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { checkIntents, MAX_EXPLAINED } from './check-intents';
import { parseIntents } from './parse-intents';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/intents/${name}`, import.meta.url), 'utf8');

// Externals the CLI adds for the IPs the intents name (see intentExternals).
const shop = (text = fixture('shop.yaml')) =>
  analyze([{ name: 'shop.yaml', text }], { externals: ['203.0.113.10', '198.51.100.7'] });

function check(file: string, text?: string) {
  const parsed = parseIntents(fixture(file), file);
  expect(parsed.diagnostics).toEqual([]);
  return checkIntents(parsed.intents, shop(text));
}

describe('checkIntents on the shop fixture (expectations in the intents files, by hand)', () => {
  it('passes every intent of pass.intents.yaml, each on the endpoints its side names', () => {
    const results = check('pass.intents.yaml');
    expect(results.map((r) => [r.passed, r.message])).toEqual([
      [true, 'holds: the connection is allowed on 8080/TCP'],
      [true, 'holds: all 2 connections are allowed on 5432/TCP'],
      [true, 'holds: the connection is denied on 9090/TCP'],
      [true, 'holds: all 2 connections are denied on 5432/TCP'],
      [true, 'holds: the connection is allowed on 443/TCP'],
      [true, 'holds: the connection is denied on 443/TCP'],
      [true, 'holds: the connection is allowed on 8080/TCP'],
      [true, 'holds: all 2 connections are denied on 5432/UDP'],
    ]);
    // shop/db names the Pods of the db Deployment, found through their ReplicaSet.
    expect(results[1]!.to).toEqual(['shop/db-7c9f8d6b5-abcde', 'shop/db-7c9f8d6b5-fghij']);
    expect(results[2]!.from).toEqual(['monitoring/Deployment/prometheus']);
    expect(results[3]!.from).toEqual(['shop/Deployment/web']);
    expect(results[6]!.from).toEqual(['batch/Deployment/report']);
    expect(results.every((r) => r.explanations.length === 0 && r.breaking === 0)).toBe(true);
  });

  it('fails every intent of fail.intents.yaml and names the pairs and the deciding rule', () => {
    const [scrape, teamToDb, webDeny, typo, noPods] = check('fail.intents.yaml');
    expect(scrape!.passed).toBe(false);
    expect(scrape!.message).toBe(
      'fails: 1 of 1 connection is denied on 9090/TCP (allow needs every source to reach every destination)',
    );
    const why = scrape!.explanations[0]!;
    expect([why.from, why.to, why.allowed]).toEqual([
      'monitoring/Deployment/prometheus',
      'shop/Deployment/api',
      false,
    ]);
    expect(why.ingress.isolatingPolicies).toEqual(['shop/api-ingress']);
    expect(why.summary).toMatch(/shop\/api-ingress rule 1 admits pods app=web on 8080\/TCP/);

    // team=web: web, api, report and both db pods (5 sources) × 2 db pods, minus a pod to itself.
    expect(teamToDb!.from).toHaveLength(5);
    expect([teamToDb!.pairs, teamToDb!.breaking]).toEqual([8, 6]);
    expect(teamToDb!.explanations).toHaveLength(MAX_EXPLAINED);
    expect(
      teamToDb!.explanations.every((e) => !e.allowed && e.from !== 'shop/Deployment/api'),
    ).toBe(true);

    expect(webDeny!.message).toMatch(
      /^fails: 1 of 1 connection is allowed on 8080\/TCP \(deny needs/,
    );
    const admitted = webDeny!.explanations[0]!;
    expect(admitted.allowed).toBe(true);
    expect(admitted.egress.admittedBy).toEqual([
      { policy: 'shop/web-egress', rule: 0, peer: 0, port: 0 },
    ]);
    expect(admitted.ingress.admittedBy).toEqual([
      { policy: 'shop/api-ingress', rule: 0, peer: 0, port: 0 },
    ]);

    expect([typo!.passed, typo!.message]).toEqual([
      false,
      'from shop/wbe matches no endpoint, so nothing was checked',
    ]);
    expect(noPods!.message).toBe(
      'from {namespace shop, labels app=cache} matches no endpoint, so nothing was checked',
    );
  });

  it('follows the manifests: removing the ingress policy makes the scrape intent pass', () => {
    const text = fixture('shop.yaml');
    const start = text.indexOf('kind: NetworkPolicy\nmetadata: {name: api-ingress');
    const end = text.indexOf('---', start);
    const without =
      text.slice(0, start) +
      'kind: ConfigMap\nmetadata: {name: x, namespace: shop}\n' +
      text.slice(end);
    const [scrape, , webDeny] = check('fail.intents.yaml', without);
    expect(scrape!.passed).toBe(true);
    expect(webDeny!.passed).toBe(false);
  });

  it('skips a pair of an endpoint with itself and fails when nothing is left to check', () => {
    const { intents } = parseIntents(
      '- {from: shop/web, to: shop/web, port: 8080, expect: allow}\n',
      'x',
    );
    const [r] = checkIntents(intents, shop());
    expect([r!.passed, r!.pairs]).toEqual([false, 0]);
    expect(r!.message).toMatch(/only the same endpoint/);
  });

  it('matches externals by IP and never by selector', () => {
    const { intents } = parseIntents(
      '- {from: 203.0.113.10, to: {namespace: shop}, port: 8080, expect: deny}\n' +
        '- {from: {labels: {}}, to: shop/api, port: 8080, expect: deny}\n',
      'x',
    );
    const [fromIp, everyPod] = checkIntents(intents, shop());
    expect(fromIp!.from).toEqual(['203.0.113.10']);
    // web has no ingress policy: the outside client reaches it on 8080, so deny fails.
    expect(fromIp!.passed).toBe(false);
    expect(fromIp!.explanations.map((e) => e.to)).toEqual(['shop/Deployment/web']);
    expect(everyPod!.from).not.toContain('203.0.113.10');
    expect(everyPod!.from).toHaveLength(6);
  });
});
