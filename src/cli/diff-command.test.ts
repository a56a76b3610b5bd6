// `reachmap diff`: argument parsing and whole runs against the fixtures, in memory.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './args';
import { runCli, type CliIO } from './run';

const PORT_BEFORE = 'fixtures/diff/port-change/before.yaml';
const PORT_AFTER = 'fixtures/diff/port-change/after.yaml';
const LB_BEFORE = 'fixtures/diff/load-balancer/before.yaml';
const LB_AFTER = 'fixtures/diff/load-balancer/after.yaml';

function diskIO(stdin = '') {
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
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('parseCliArgs diff', () => {
  it('splits OLD and NEW at the first --, with options anywhere', () => {
    expect(
      parseCliArgs([
        'diff',
        '--format',
        'md',
        'a.yaml',
        'b.yaml',
        '--',
        'c.yaml',
        '--exit-code',
        '--port=53/udp',
        '--external',
        '203.0.113.5',
        '--namespace',
        'prod',
      ]),
    ).toEqual({
      kind: 'diff',
      before: ['a.yaml', 'b.yaml'],
      after: ['c.yaml'],
      options: {
        format: 'md',
        exitCode: true,
        externals: ['203.0.113.5'],
        ports: [{ port: 53, protocol: 'UDP' }],
        namespace: 'prod',
      },
    });
  });

  it('a second -- ends options: what follows is NEW files', () => {
    const parsed = parseCliArgs(['diff', 'a', '--', '--', '--exit-code']);
    expect(parsed).toMatchObject({ kind: 'diff', after: ['--exit-code'] });
    expect(parsed.kind === 'diff' && parsed.options.exitCode).toBe(false);
  });

  it.each([
    [['diff', 'a', 'b'], /old version's files, then --/],
    [['diff', 'a', '--'], /old version's files, then --/],
    [['diff', '--', 'b'], /old version's files, then --/],
    [['diff', 'a', '--', 'b', '--format', 'table'], /--format must be one of text, json, md, csv/],
    [['diff', 'a', '--', 'b', '--from', 'x'], /unknown option '--from'/],
    [['diff', 'a', '--', 'b', '--exit-code=yes'], /unknown option '--exit-code'/],
    [['diff', 'a', '--', 'b', '--port', '0'], /--port needs/],
    [['diff', '-', '--', '-'], /only once/],
  ])('reports a usage error for %j', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('usage-error');
    if (parsed.kind === 'usage-error') expect(parsed.message).toMatch(message);
  });

  it('has help of its own', () => {
    expect(parseCliArgs(['diff', '--help'])).toEqual({ kind: 'help', command: 'diff' });
    expect(parseCliArgs(['help', 'diff'])).toEqual({ kind: 'help', command: 'diff' });
  });
});

describe('runCli diff', () => {
  it('prints the port change in text by default and exits 0 without --exit-code', async () => {
    const run = diskIO();
    expect(await runCli(['diff', PORT_BEFORE, '--', PORT_AFTER], run.io)).toBe(0);
    const text = run.stdout();
    expect(text).toMatch(/^1 newly allowed; 1 newly denied; 0 Service changes;/);
    expect(text).toContain(
      'shop/api-ingress (policy changed)\n' +
        '  + allowed  shop/frontend-0  ->  shop/api-0  9090/TCP\n' +
        '  - denied   shop/frontend-0  ->  shop/api-0  8080/TCP\n',
    );
  });

  it('--exit-code: 1 when something changed, 0 for the same version', async () => {
    expect(await runCli(['diff', PORT_BEFORE, '--', PORT_AFTER, '--exit-code'], diskIO().io)).toBe(
      1,
    );
    const same = diskIO();
    expect(await runCli(['diff', '--exit-code', PORT_BEFORE, '--', PORT_BEFORE], same.io)).toBe(0);
    expect(same.stdout()).toBe('No changes.\n');
  });

  it('json carries the flows with their policies and the Service exposure', async () => {
    const ports = diskIO();
    await runCli(['diff', PORT_BEFORE, '--', PORT_AFTER, '--format', 'json'], ports.io);
    const d = JSON.parse(ports.stdout()) as {
      changed: boolean;
      flows: { port: number; change: string; policies: string[] }[];
    };
    expect(d.changed).toBe(true);
    expect(d.flows.map((f) => [f.port, f.change, f.policies])).toEqual([
      [8080, 'denied', ['shop/api-ingress']],
      [9090, 'allowed', ['shop/api-ingress']],
    ]);

    const lb = diskIO();
    await runCli(['diff', LB_BEFORE, '--', LB_AFTER, '--format=json'], lb.io);
    const l = JSON.parse(lb.stdout()) as {
      flows: unknown[];
      services: { id: string; change: string; after: { externallyReachable: boolean } }[];
    };
    expect(l.flows).toEqual([]);
    expect(l.services.map((s) => [s.id, s.change, s.after.externallyReachable])).toEqual([
      ['shop/web-public', 'added', true],
    ]);
  });

  it('md is a pull-request comment: a heading and a table per deciding policy', async () => {
    const run = diskIO();
    await runCli(['diff', PORT_BEFORE, '--', PORT_AFTER, '--format', 'md'], run.io);
    expect(run.stdout()).toContain(
      '#### `shop/api-ingress` (policy changed)\n\n' +
        '| Change | From | To | Port |\n' +
        '| --- | --- | --- | --- |\n' +
        '| + allowed | `shop/frontend-0` | `shop/api-0` | 9090/TCP |\n' +
        '| - denied | `shop/frontend-0` | `shop/api-0` | 8080/TCP |\n',
    );
  });

  it('csv: one record per change', async () => {
    const run = diskIO();
    await runCli(['diff', PORT_BEFORE, '--', PORT_AFTER, '--format', 'csv'], run.io);
    const lines = run.stdout().split('\n');
    expect(lines[0]).toBe('kind,change,from,to,port,protocol,policies,id,details');
    expect(lines.slice(1, 4)).toEqual([
      'flow,denied,shop/frontend-0,shop/api-0,8080,TCP,shop/api-ingress,,',
      'flow,allowed,shop/frontend-0,shop/api-0,9090,TCP,shop/api-ingress,,',
      'policy,changed,,,,,,shop/api-ingress,',
    ]);
  });

  it('the version read from standard input is the one on its side', async () => {
    const run = diskIO(readFileSync(PORT_AFTER, 'utf8'));
    await runCli(['diff', PORT_BEFORE, '--', '-', '--format', 'json'], run.io);
    expect(
      (JSON.parse(run.stdout()) as { flows: { change: string; port: number }[] }).flows,
    ).toEqual(expect.arrayContaining([expect.objectContaining({ port: 9090, change: 'allowed' })]));
  });

  it('an unreadable file is exit 1 with its name, whatever --exit-code says', async () => {
    const run = diskIO();
    expect(await runCli(['diff', 'fixtures/diff/nope.yaml', '--', PORT_AFTER], run.io)).toBe(1);
    expect(run.stderr()).toContain('cannot read fixtures/diff/nope.yaml: no such file');
    expect(run.stdout()).toBe('');
  });

  it('a usage error is exit 2', async () => {
    expect(await runCli(['diff', PORT_BEFORE, PORT_AFTER], diskIO().io)).toBe(2);
  });
});
