import { describe, it, expect } from 'vitest';
import { parseCliArgs, parsePortOption } from './args';

describe('parsePortOption', () => {
  it('reads PORT/PROTOCOL with TCP as the default, in any case', () => {
    expect(parsePortOption('53/UDP')).toEqual({ port: 53, protocol: 'UDP' });
    expect(parsePortOption('53/udp')).toEqual({ port: 53, protocol: 'UDP' });
    expect(parsePortOption('8080')).toEqual({ port: 8080, protocol: 'TCP' });
    expect(parsePortOption('3868/sctp')).toEqual({ port: 3868, protocol: 'SCTP' });
    expect(parsePortOption('65535/TCP')).toEqual({ port: 65535, protocol: 'TCP' });
  });

  it('rejects ports out of range, other protocols and junk', () => {
    for (const bad of ['0', '65536', '53/ICMP', '53/', '/UDP', 'http', '-1', '53/UDP/x', ' 53']) {
      expect(parsePortOption(bad), bad).toBeUndefined();
    }
  });
});

describe('parseCliArgs', () => {
  it('reads a command, files and options in any order and both spellings', () => {
    const parsed = parseCliArgs([
      'matrix',
      'a.yaml',
      '--format=csv',
      '--external',
      '203.0.113.5',
      '--external=2001:db8::1',
      '--port',
      '53/udp',
      '--namespace',
      'prod',
      '-',
    ]);
    expect(parsed).toEqual({
      kind: 'run',
      command: 'matrix',
      files: ['a.yaml', '-'],
      options: {
        format: 'csv',
        externals: ['203.0.113.5', '2001:db8::1'],
        ports: [{ port: 53, protocol: 'UDP' }],
        namespace: 'prod',
      },
    });
  });

  it('treats everything after -- as files', () => {
    const parsed = parseCliArgs(['services', '--', '--odd-name.yaml']);
    expect(parsed).toMatchObject({ kind: 'run', files: ['--odd-name.yaml'] });
  });

  it('drops repeated externals and ports', () => {
    const parsed = parseCliArgs([
      'matrix',
      '--port',
      '80',
      '--port',
      '80/TCP',
      'f',
      '--external',
      '10.0.0.1',
      '--external',
      '10.0.0.1',
    ]);
    expect(parsed).toMatchObject({
      options: { ports: [{ port: 80, protocol: 'TCP' }], externals: ['10.0.0.1'] },
    });
  });

  it('recognises help and version', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['help', 'services'])).toEqual({ kind: 'help', command: 'services' });
    expect(parseCliArgs(['matrix', '--help'])).toEqual({ kind: 'help', command: 'matrix' });
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[], /missing command/],
    [['graph', 'f'], /unknown command 'graph'/],
    [['--verbose'], /unknown option '--verbose'/],
    [['matrix'], /missing FILE/],
    [['matrix', '--format', 'json'], /missing FILE/],
    [['matrix', '--frob', 'f'], /unknown option '--frob'/],
    [['matrix', '-x', 'f'], /unknown option '-x'/],
    [['matrix', '--from', 'a', 'f'], /unknown option '--from'/],
    [['matrix', '--format', 'xml', 'f'], /--format must be one of json, table, csv, md, dot/],
    [['matrix', 'f', '--format'], /'--format' needs a value/],
    [['matrix', '--format', '--port', '53', 'f'], /'--format' needs a value/],
    [['matrix', '--external', '10.0.0.0/8', 'f'], /--external needs an IPv4 or IPv6 address/],
    [['matrix', '--external', 'example.com', 'f'], /--external/],
    [['matrix', '--port', '70000/TCP', 'f'], /--port needs PORT\/PROTOCOL/],
    [['matrix', '--port', '53/ICMP', 'f'], /--port/],
    [['matrix', '--namespace', 'Prod_1', 'f'], /--namespace/],
    [['matrix', '-', '-'], /only once/],
    [['explain', '--from', 'a', 'f'], /--from ID and --to ID/],
    [
      ['explain', '--from', 'a', '--to', 'b', '--format', 'csv', 'f'],
      /--format must be one of json, table/,
    ],
  ])('reports a usage error for %j', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('usage-error');
    if (parsed.kind === 'usage-error') expect(parsed.message).toMatch(message);
  });
});
