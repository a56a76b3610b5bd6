// `reachmap check` end to end through runCli (in memory), on fixtures/intents; the expected
// verdicts are the ones written by hand beside each intent in the fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIO } from './run';

const DIR = 'fixtures/intents';
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function memoryIO(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    readFile: async (path) => {
      try {
        return read(path);
      } catch {
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      }
    },
    readStdin: async () => stdin,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdoutIsTTY: false,
    version: '0.0.0',
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function check(args: string[], stdin = '') {
  const m = memoryIO(stdin);
  const code = await runCli(['check', ...args], m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

describe('reachmap check', () => {
  it('exits 0 when every intent holds, printing one line per intent and the counts', async () => {
    const r = await check(['--intents', `${DIR}/pass.intents.yaml`, `${DIR}/shop.yaml`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.match(/^✓ pass /gm)).toHaveLength(8);
    expect(r.stdout).toMatch(
      /^✓ pass {2}fixtures\/intents\/pass\.intents\.yaml:2 {2}web calls the API \(shop\/web → shop\/api on 8080\/TCP: allow\)$/m,
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('8 intents: 8 passed, 0 failed');
  });

  it('exits 1 on failing intents and explains each with the deciding policy', async () => {
    const r = await check([`${DIR}/shop.yaml`, `--intents=${DIR}/fail.intents.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/^✗ FAIL /gm)).toHaveLength(5);
    expect(r.stdout).toContain(
      'monitoring/Deployment/prometheus → shop/Deployment/api: Denied: shop/Deployment/api is isolated for ingress by shop/api-ingress',
    );
    expect(r.stdout).toContain('fails: 6 of 8 connections are denied on 5432/TCP');
    expect(r.stdout).toContain('… and 1 more');
    expect(r.stdout).toContain('from shop/wbe matches no endpoint, so nothing was checked');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('5 intents: 0 passed, 5 failed');
  });

  it('exits 1 on a broken intents file, with every error on stderr, and checks the good entries', async () => {
    const r = await check(['--intents', `${DIR}/broken.intents.yaml`, `${DIR}/shop.yaml`]);
    expect(r.code).toBe(1);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(8);
    expect(errors[0]).toBe(
      'fixtures/intents/broken.intents.yaml: document 0, line 6:3: error: intent 2: from "web": no namespace: write namespace/web, or use an endpoint id (namespace/name, namespace/Kind/name or an IP) or a selector such as {namespace: production, labels: {app: web}}',
    );
    expect(r.stdout.match(/^✓ pass /gm)).toHaveLength(2);
    expect(r.stdout).toMatch(/2 intents: 2 passed, 0 failed, 8 errors in the intents file\n$/);
  });

  it('prints json with results, matched endpoints, reasons and errors', async () => {
    const r = await check([
      '--format',
      'json',
      '--intents',
      `${DIR}/fail.intents.yaml`,
      `${DIR}/shop.yaml`,
    ]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toEqual({ total: 5, passed: 0, failed: 5, errors: 0 });
    expect(json.intents[0]).toMatchObject({
      index: 0,
      name: 'prometheus scrapes the API',
      file: 'fixtures/intents/fail.intents.yaml',
      line: 3,
      from: 'monitoring/prometheus',
      to: 'shop/api',
      port: 9090,
      protocol: 'TCP',
      expect: 'allow',
      passed: false,
      matched: { from: ['monitoring/Deployment/prometheus'], to: ['shop/Deployment/api'] },
      pairs: 1,
      breaking: 1,
      breakingPairs: [
        {
          from: 'monitoring/Deployment/prometheus',
          to: 'shop/Deployment/api',
          allowed: false,
          reason: expect.stringMatching(
            /shop\/api-ingress rule 1 admits pods app=web on 8080\/TCP/,
          ),
        },
      ],
    });
    expect(json.intents[1].from).toEqual({ namespaceLabels: { team: 'web' } });
    expect(json.intents[1].breakingPairs).toHaveLength(5);
  });

  it('prints a markdown table for a pull-request comment', async () => {
    const r = await check([
      '--format',
      'md',
      '--intents',
      `${DIR}/broken.intents.yaml`,
      `${DIR}/shop.yaml`,
    ]);
    expect(r.stdout).toMatch(
      /^### reachmap check: 2 intents: 2 passed, 0 failed, 8 errors in the intents file\n/,
    );
    expect(r.stdout).toContain(
      '- **error** `fixtures/intents/broken.intents.yaml` line 12: intent 3: port must be',
    );
    expect(r.stdout).toContain('| Result | Intent | Where | Why |');
    expect(r.stdout).toContain(
      '| ✓ pass | shop/web → shop/api on 8080/TCP: allow | `fixtures/intents/broken.intents.yaml` line 2 | holds: the connection is allowed on 8080/TCP |',
    );
  });

  it('adds the IPs intents name as externals, and reads intents from stdin', async () => {
    const intents = '- {from: shop/web, to: 203.0.113.10, port: 443, expect: allow}\n';
    const r = await check(['--intents', '-', `${DIR}/shop.yaml`], intents);
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([
      0,
      '✓ pass  <stdin>:1  shop/web → 203.0.113.10 on 443/TCP: allow',
    ]);
  });

  it('exits 2 on usage errors and 1 on unreadable or broken inputs', async () => {
    expect((await check([`${DIR}/shop.yaml`])).code).toBe(2);
    expect((await check(['--intents', `${DIR}/pass.intents.yaml`])).code).toBe(2);
    expect((await check(['--intents'])).code).toBe(2);
    const badFormat = await check(['--format', 'csv', '--intents', 'x', `${DIR}/shop.yaml`]);
    expect([badFormat.code, badFormat.stderr.split('\n')[0]]).toEqual([
      2,
      "reachmap: --format must be one of text, json, md; got 'csv'",
    ]);
    expect((await check(['--intents', '-', '-'])).code).toBe(2);
    const missing = await check(['--intents', 'nope.yaml', `${DIR}/shop.yaml`]);
    expect([missing.code, missing.stderr]).toEqual([
      1,
      'reachmap: cannot read nope.yaml: no such file or directory\n',
    ]);
    const broken = await check([
      '--intents',
      `${DIR}/pass.intents.yaml`,
      'fixtures/cli/broken.yaml',
    ]);
    expect([broken.code, broken.stdout]).toEqual([1, '']);
    expect((await check(['--help'])).stdout).toMatch(/--intents FILE/);
  });
});
