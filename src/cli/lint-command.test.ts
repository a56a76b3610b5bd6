// `reachmap lint` through runCli, on the shared fixtures/findings files read from disk.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIO } from './run';

const SHOP = 'fixtures/findings/shop.yaml';
const FIXED = 'fixtures/findings/shop-fixed.yaml';

async function lint(args: readonly string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    readFile: async (path) => readFileSync(path, 'utf8'),
    readStdin: async () => stdin,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdoutIsTTY: false,
    version: '9.9.9',
  };
  const status = await runCli(['lint', ...args], io);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

describe('reachmap lint', () => {
  it('prints text by default and exits 1 when a finding is an error', async () => {
    const r = await lint([SHOP]);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      `${SHOP}:6:1: info: Namespace shop has 3 NetworkPolicies but no default-deny (podSelector: {}) for egress, so pods they do not select, including ones added later, are not isolated for egress; add a default-deny policy if that is not intended. [namespace-without-default-deny]`,
      `${SHOP}:99:1: error: Service shop/api selects app=api, which matches no pod or workload in namespace shop, so it has no backends. [service-selects-nothing]`,
      `${SHOP}:122:1: warning: shop/Deployment/web is isolated for egress by shop/web-egress but cannot reach DNS on 53/UDP and 53/TCP because no egress rule allows it to kube-system/Deployment/coredns, so their name lookups fail. [egress-blocks-dns]`,
      '1 error, 1 warning, 1 info',
      '',
    ]);
    expect(r.stderr).toBe('');
  });

  it('exits 0 when no finding is an error (warnings and infos do not fail a build)', async () => {
    const r = await lint([FIXED, '--format', 'json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.counts).toEqual({ error: 0, warning: 0, info: 1 });
    expect(json.findings.map((f: { id: string }) => f.id)).toEqual([
      'namespace-without-default-deny',
    ]);
  });

  it('sarif and md name the same findings', async () => {
    const sarif = await lint(['--format=sarif', SHOP]);
    expect(sarif.status).toBe(1);
    const run = JSON.parse(sarif.stdout).runs[0];
    expect(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['namespace-without-default-deny', 'note'],
      ['service-selects-nothing', 'error'],
      ['egress-blocks-dns', 'warning'],
    ]);
    expect(run.results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: SHOP, uriBaseId: '%SRCROOT%' },
      region: { startLine: 99, startColumn: 1 },
    });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain(
      'service-selects-nothing',
    );
    const md = await lint([SHOP, '--format', 'md']);
    expect(md.stdout).toContain('### reachmap lint: 1 error, 1 warning, 1 info');
    expect(md.stdout).toContain('| ❌ error | Service shop/api selects app=api');
  });

  it('reports input it cannot read as invalid-object findings, still exiting 1', async () => {
    const broken = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n   labels: {}\n';
    const r = await lint(['-'], broken);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^<stdin>:5:\d+: error: Document 0 of <stdin> cannot be read \(YAML syntax error: .+\), so it is left out of the evaluation\. \[invalid-object\]\n1 error\n$/,
    );
    // Diagnostics still go to stderr, as for every command.
    expect(r.stderr).toContain('<stdin>: document 0, line 5');
  });

  it('--namespace places objects that have none', async () => {
    const pods =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web-0, labels: {app: web}}\nspec: {containers: [{name: c, image: x}]}\n---\n' +
      'apiVersion: v1\nkind: Service\nmetadata: {name: api}\nspec: {selector: {app: api}, ports: [{port: 80}]}\n';
    const r = await lint(['--namespace', 'shop', '-', '--format', 'json'], pods);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({
      id: 'service-selects-nothing',
      objects: ['shop/Service/api'],
      line: 6,
    });
  });

  it('an empty input has no findings and exits 0', async () => {
    const r = await lint(['-'], '');
    expect(r).toEqual({ status: 0, stdout: 'no findings\n', stderr: '' });
  });

  it('usage errors exit 2: a format of another command, an unknown option, no file', async () => {
    for (const args of [[SHOP, '--format', 'table'], [SHOP, '--port', '53'], []]) {
      const r = await lint(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^reachmap: .+\nUsage:\n {2}reachmap lint /);
    }
    const r = await lint([SHOP, '--format', 'xml']);
    expect(r.stderr).toContain('--format must be one of text, json, md, sarif');
  });

  it('an unreadable file exits 1 with nothing on stdout', async () => {
    const r = await lint(['fixtures/findings/missing.yaml']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cannot read fixtures/findings/missing.yaml');
  });

  it('help describes the command and its exit status', async () => {
    const r = await lint(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--format text|json|md|sarif');
    expect(r.stdout).toContain('Exit status: 0 no error found, 1 an error finding');
  });
});
