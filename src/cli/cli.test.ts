// End-to-end tests of the built command (dist-cli/cli.js), as the conformance suites run it.
// Expected outputs in fixtures/cli/*.expected.json are written by hand from Kubernetes semantics.
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist-cli/cli.js');
const FIXTURES = 'fixtures/cli';
const PROD = `${FIXTURES}/prod.yaml`;
const MONITORING = `${FIXTURES}/monitoring.yaml`;

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

/** Builds the bundle only when it is missing or older than a source it is built from. */
function ensureBuilt(): void {
  const inputs = [
    newestSource(join(ROOT, 'src')),
    statSync(join(ROOT, 'package.json')).mtimeMs,
    statSync(join(ROOT, 'vite.cli.config.ts')).mtimeMs,
  ];
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= Math.max(...inputs)) return;
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

function run(args: readonly string[], input = '', script = CLI): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

function expected(name: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, FIXTURES, name), 'utf8'));
}

/** A small RFC 4180 reader, enough to check that the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

beforeAll(ensureBuilt, 180_000);

describe('reachmap matrix', () => {
  it('prints the contract json for several files merged into one cluster', async () => {
    const r = await run(['matrix', '--format', 'json', PROD, MONITORING]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected('prod-monitoring.matrix.expected.json'));
  });

  it('defaults to json when stdout is not a terminal', async () => {
    const r = await run(['matrix', PROD, MONITORING]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected('prod-monitoring.matrix.expected.json'));
  });

  it('adds --external endpoints and probes --port on every destination', async () => {
    const r = await run(['matrix', PROD, '--external=203.0.113.5', '--port', '53/udp', MONITORING]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(
      expected('prod-monitoring.external-dns.matrix.expected.json'),
    );
  });

  it('never pairs two External endpoints', async () => {
    const r = await run(['matrix', '--external', '203.0.113.5', '--external', '2001:db8::7', PROD]);
    expect(r.code).toBe(0);
    const { endpoints, verdicts } = JSON.parse(r.stdout) as {
      endpoints: { id: string; kind: string }[];
      verdicts: { from: string; to: string }[];
    };
    expect(endpoints.filter((e) => e.kind === 'External').map((e) => e.id)).toEqual([
      '2001:db8::7',
      '203.0.113.5',
    ]);
    const externals = new Set(['2001:db8::7', '203.0.113.5']);
    expect(verdicts.some((v) => externals.has(v.from) && externals.has(v.to))).toBe(false);
    // Without --port an External destination has nothing to probe.
    expect(verdicts.some((v) => externals.has(v.to))).toBe(false);
    expect(verdicts.some((v) => externals.has(v.from))).toBe(true);
  });

  it('puts objects without a namespace in --namespace', async () => {
    const r = await run(['matrix', '--namespace', 'staging', `${FIXTURES}/no-namespace.yaml`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected('no-namespace.staging.matrix.expected.json'));
    const byDefault = await run(['matrix', `${FIXTURES}/no-namespace.yaml`]);
    expect(JSON.parse(byDefault.stdout).endpoints.map((e: { id: string }) => e.id)).toEqual([
      'default/client',
      'default/server',
      'other/intruder',
    ]);
  });

  it('reads standard input for -', async () => {
    const r = await run(['matrix', '-', MONITORING], readFileSync(join(ROOT, PROD), 'utf8'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected('prod-monitoring.matrix.expected.json'));
  });

  it('runs through the package bin as well', async () => {
    const r = await run(['matrix', PROD, MONITORING], '', join(ROOT, 'bin/reachmap.js'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected('prod-monitoring.matrix.expected.json'));
  });
});

describe('reachmap matrix formats', () => {
  const files = [PROD, MONITORING, '--external', '203.0.113.5', '--port', '53/UDP'];

  it('csv parses back to the json verdicts', async () => {
    const [json, csv] = await Promise.all([
      run(['matrix', '--format', 'json', ...files]),
      run(['matrix', '--format', 'csv', ...files]),
    ]);
    expect(csv.code).toBe(0);
    const [header, ...records] = parseCsv(csv.stdout);
    expect(header).toEqual(['from', 'to', 'port', 'protocol', 'allowed']);
    const fromCsv = records.map(([from, to, port, protocol, allowed]) => ({
      from,
      to,
      port: Number(port),
      protocol,
      allowed: allowed === 'true',
    }));
    expect(fromCsv).toEqual(JSON.parse(json.stdout).verdicts);
  });

  it('table shows a header, one line per verdict and a count', async () => {
    const r = await run(['matrix', '--format=table', PROD, MONITORING]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^FROM\s+TO\s+PORT\s+VERDICT$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^prod\/web-0\s+prod\/api-0\s+8080\/TCP\s+allowed$/),
    );
    expect(lines.at(-1)).toBe('12 verdicts between 4 endpoints: 8 allowed, 4 denied');
  });

  it('md is a Markdown table', async () => {
    const r = await run(['matrix', '--format', 'md', PROD, MONITORING]);
    expect(r.stdout).toMatch(
      /^\| From \| To \| Port \| Verdict \|\n\| --- \| --- \| --- \| --- \|\n/,
    );
    expect(r.stdout).toContain('| prod/web-0 | prod/api-0 | 8080/TCP | allowed |');
  });

  it('dot is a digraph with one edge per allowed pair', async () => {
    const r = await run(['matrix', '--format', 'dot', ...files]);
    expect(r.stdout).toMatch(/^digraph reachmap \{\n[\s\S]*\}\n$/);
    expect(r.stdout).toContain('subgraph "cluster_monitoring" {');
    expect(r.stdout).toContain('"prod/web-0" -> "prod/api-0" [label="8080/TCP"];');
    expect(r.stdout).toContain(
      '"monitoring/Deployment/grafana" -> "monitoring/prometheus-0" [label="9090/TCP, 53/UDP"];',
    );
    expect(r.stdout).not.toContain('"monitoring/Deployment/grafana" -> "prod/web-0"');
  });
});

describe('reachmap services', () => {
  it('prints the contract json', async () => {
    const r = await run(['services', PROD, MONITORING]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected('prod-monitoring.services.expected.json'));
  });

  it('has readable table, csv, md and dot forms', async () => {
    const [table, csv, md, dot] = await Promise.all(
      ['table', 'csv', 'md', 'dot'].map((f) => run(['services', '--format', f, PROD, MONITORING])),
    );
    expect(table!.stdout).toMatch(
      /^prod\/web\s+NodePort\s+10\.96\.0\.10\s+http 80->80\/TCP nodePort=30080\s+prod\/web-0\s+yes \(NodePort\)$/m,
    );
    expect(table!.stdout).toContain('4 services, 1 externally reachable');
    const rows = parseCsv(csv!.stdout);
    expect(rows).toHaveLength(5);
    expect(rows[4]).toEqual([
      'prod/web',
      'NodePort',
      'web.prod.svc.cluster.local',
      '10.96.0.10',
      'false',
      'http',
      '80',
      '80',
      'TCP',
      '30080',
      'prod/web-0',
      'true',
    ]);
    expect(md!.stdout).toMatch(/^\| Service \| Type \|/);
    expect(dot!.stdout).toContain('"svc:prod/api" -> "prod/api-0" [label="80->8080/TCP"];');
    expect(dot!.stdout).toContain('"outside" -> "svc:prod/web"');
  });
});

describe('reachmap explain', () => {
  it('explains an allowed connection', async () => {
    const r = await run(['explain', '--from', 'prod/web-0', '--to', 'prod/api-0', PROD]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^prod\/web-0 -> prod\/api-0 8080\/TCP: allowed\n {2}Allowed: .*prod\/allow-api/,
    );
  });

  it('adds an IP given to --from as an External, with no egress side', async () => {
    const r = await run([
      'explain',
      '--from',
      '203.0.113.5',
      '--to',
      'prod/api-0',
      '--format',
      'json',
      PROD,
    ]);
    expect(r.code).toBe(0);
    const [e] = JSON.parse(r.stdout).explanations;
    expect(e).toMatchObject({ from: '203.0.113.5', to: 'prod/api-0', port: 8080, allowed: false });
    expect(e.egress.applies).toBe(false);
    expect(e.ingress.isolated).toBe(true);
  });

  it('rejects an unknown endpoint', async () => {
    const r = await run(['explain', '--from', 'prod/nope', '--to', 'prod/api-0', PROD]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--from 'prod/nope' is not an endpoint");
  });
});

describe('reachmap input errors', () => {
  it('exits 1 naming file, document and line, with nothing on stdout', async () => {
    const r = await run(['matrix', PROD, `${FIXTURES}/broken.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/fixtures\/cli\/broken\.yaml: document 1, line 12:\d+: error:/);
  });

  it('names standard input <stdin>', async () => {
    const r = await run(['services', '-'], 'kind: Pod\nmetadata: [\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^<stdin>: document 0, line \d+:\d+: error:/m);
  });

  it('exits 1 when a file cannot be read', async () => {
    const r = await run(['matrix', PROD, 'fixtures/cli/does-not-exist.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('fixtures/cli/does-not-exist.yaml: no such file or directory');
  });

  it('warns about kinds it does not model and carries on', async () => {
    const r = await run(['matrix', `${FIXTURES}/unknown-kind.yaml`, '--port', '80']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/unknown-kind\.yaml: document 0, line \d+:\d+: warning:.*ConfigMap/);
    expect(JSON.parse(r.stdout).endpoints).toEqual([
      { id: 'prod/lonely', kind: 'Pod', namespace: 'prod', name: 'lonely' },
    ]);
  });
});

describe('reachmap usage', () => {
  it.each([
    [[], 'missing command'],
    [['frobnicate', PROD], "unknown command 'frobnicate'"],
    [['matrix', '--verbose', PROD], "unknown option '--verbose'"],
    [['matrix'], 'missing FILE'],
    [['matrix', '--format', 'yaml', PROD], '--format must be one of'],
    [['matrix', '--external', '203.0.113.0/24', PROD], '--external needs an IPv4 or IPv6 address'],
    [['matrix', '--port', '0/TCP', PROD], '--port needs PORT/PROTOCOL'],
    [['services', '--port', '53/ICMP', PROD], '--port needs PORT/PROTOCOL'],
  ])('exits 2 for %j with a usage message', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage:');
  });

  it('prints help and the version', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('reachmap matrix   [options] FILE...');
    }
    const help = await run(['help', 'services']);
    expect(help.stdout).toContain('reachmap services [options] FILE...');
    const version = await run(['--version']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });
});
