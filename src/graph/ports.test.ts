import { describe, expect, it } from 'vitest';
import { formatPort, formatPorts, uniquePorts } from './ports';

describe('edge ports', () => {
  it('sorts by protocol then port and drops duplicates', () => {
    expect(
      uniquePorts([
        { port: 53, protocol: 'UDP' },
        { port: 8080, protocol: 'TCP' },
        { port: 53, protocol: 'TCP' },
        { port: 8080, protocol: 'TCP' },
        { port: 8000, endPort: 9000, protocol: 'TCP' },
      ]).map(formatPort),
    ).toEqual(['53/TCP', '8000-9000/TCP', '8080/TCP', '53/UDP']);
  });

  it('writes every port of a protocol as all', () => {
    expect(formatPort({ port: 1, endPort: 65535, protocol: 'UDP' })).toBe('all/UDP');
  });

  it('keeps labels short', () => {
    const many = [1, 2, 3, 4, 5, 6].map((port) => ({ port, protocol: 'TCP' as const }));
    expect(formatPorts(many)).toBe('1/TCP, 2/TCP, 3/TCP, 4/TCP +2');
    expect(formatPorts([])).toBe('');
  });
});
