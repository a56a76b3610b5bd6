import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { analyzeYaml } from '../testing/yaml-cluster';
import { FINDING_RULES, findFindings } from './index';
import { KUBE_DNS, service } from './test-support';

const read = (name: string) => ({
  name: `fixtures/findings/${name}`,
  text: readFileSync(`fixtures/findings/${name}`, 'utf8'),
});

describe('FINDING_RULES', () => {
  it('has unique kebab-case ids, a severity and a one-sentence summary each', () => {
    const ids = FINDING_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of FINDING_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.summary).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('every rule has tests: its id is quoted in some test file beside this one', () => {
    const tests = readdirSync('src/findings')
      .filter((f) => f.endsWith('.test.ts') && f !== 'index.test.ts')
      .map((f) => readFileSync(`src/findings/${f}`, 'utf8'))
      .join('\n');
    const untested = FINDING_RULES.map((r) => r.id).filter((id) => !tests.includes(`'${id}'`));
    expect(untested).toEqual([]);
  });
});

describe('findFindings', () => {
  it('finds the two mistakes of the shop fixture, each at its line, sorted by line', () => {
    const findings = findFindings(analyze([read('shop.yaml')]));
    // Each at the first line (`apiVersion`) of the object it is about, counted by hand.
    expect(findings.map((f) => [f.id, f.severity, f.source.line])).toEqual([
      ['namespace-without-default-deny', 'info', 6], // Namespace shop
      ['service-selects-nothing', 'error', 99], // Service shop/api
      ['egress-blocks-dns', 'warning', 122], // NetworkPolicy shop/web-egress
    ]);
    for (const f of findings) {
      expect(f.message).toMatch(/^[^\n]+\.$/);
      const rule = FINDING_RULES.find((r) => r.id === f.id);
      expect(rule?.severity).toBe(f.severity);
    }
  });

  it('near miss: the fixed shop has information only', () => {
    const findings = findFindings(analyze([read('shop-fixed.yaml')]));
    expect(findings.map((f) => f.id)).toEqual(['namespace-without-default-deny']);
  });

  it('reads what the policies say even when the CNI enforces none', () => {
    const text = [
      ...KUBE_DNS,
      service('shop', 'web', '{selector: {app: web}, ports: [{port: 80}]}'),
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web-0, namespace: shop, labels: {app: web}}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}',
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: lock, namespace: shop}\nspec: {podSelector: {}, policyTypes: [Ingress, Egress]}',
    ].join('\n---\n');
    const enforced = findFindings(analyzeYaml(text));
    expect(enforced.map((f) => f.id)).toEqual(['service-port-blocked', 'egress-blocks-dns']);
    expect(findFindings(analyzeYaml(text, { policiesEnforced: false }))).toEqual(enforced);
  });
});
