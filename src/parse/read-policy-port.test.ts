import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readPolicyPort } from './read-policy-port';

function read(item: Record<string, unknown>) {
  const ctx = createMemoryContext();
  const port = readPolicyPort(ctx, item, ['ports', 0]);
  return { port, issues: ctx.issues.map((i) => [i.path.join('.'), i.message]) };
}

describe('readPolicyPort', () => {
  it('reads numbers, names, ranges and defaults', () => {
    expect(read({})).toEqual({ port: { protocol: 'TCP' }, issues: [] });
    expect(read({ port: 53, protocol: 'UDP' }).port).toEqual({ protocol: 'UDP', port: 53 });
    expect(read({ port: 'http' }).port).toEqual({ protocol: 'TCP', port: 'http' });
    expect(read({ port: 32000, endPort: 32768 }).port).toEqual({
      protocol: 'TCP',
      port: 32000,
      endPort: 32768,
    });
    expect(read({ port: 80, endPort: 80 }).issues).toEqual([]);
    expect(read({ protocol: 'SCTP' }).port).toEqual({ protocol: 'SCTP' });
  });

  it.each([
    [{ port: '8080' }, 'ports.0.port', /invalid port name "8080".*remove the quotes/],
    [{ port: 0 }, 'ports.0.port', /between 1 and 65535/],
    [{ port: 65536 }, 'ports.0.port', /between 1 and 65535/],
    [{ endPort: 90 }, 'ports.0.endPort', /requires a numeric port/],
    [{ port: 'http', endPort: 90 }, 'ports.0.endPort', /named port/],
    [{ port: 90, endPort: 80 }, 'ports.0.endPort', /must not be less than port \(90\), not 80/],
    [{ port: 80, endPort: 70000 }, 'ports.0.endPort', /between 1 and 65535/],
    [{ port: 80, protocol: 'ICMP' }, 'ports.0.protocol', /TCP, UDP or SCTP/],
    [{ port: 80, portRange: 90 }, 'ports.0.portRange', /unknown field/],
  ])('rejects %j', (item, path, message) => {
    const { issues } = read(item);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.[0]).toBe(path);
    expect(issues[0]?.[1]).toMatch(message);
  });
});
