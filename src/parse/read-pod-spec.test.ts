import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readPodSpec } from './read-pod-spec';

describe('readPodSpec', () => {
  it('reads container ports with TCP as the default protocol', () => {
    const ctx = createMemoryContext();
    const facts = readPodSpec(
      ctx,
      {
        hostNetwork: true,
        initContainers: [{ name: 'init', ports: [{ containerPort: 9999 }] }],
        containers: [
          {
            name: 'a',
            ports: [
              { containerPort: 8080, name: 'http' },
              { containerPort: 53, protocol: 'UDP' },
            ],
          },
          { name: 'b' },
        ],
      },
      ['spec'],
    );
    expect(ctx.issues).toEqual([]);
    expect(facts).toEqual({
      hostNetwork: true,
      ports: [
        { name: 'http', port: 8080, protocol: 'TCP' },
        { port: 53, protocol: 'UDP' },
      ],
    });
  });

  it('reads a missing spec as no ports', () => {
    expect(readPodSpec(createMemoryContext(), undefined, ['spec'])).toEqual({
      ports: [],
      hostNetwork: false,
    });
  });

  it('reports bad ports, names and protocols', () => {
    const ctx = createMemoryContext();
    readPodSpec(
      ctx,
      {
        containers: [
          {
            ports: [
              { containerPort: '8080' },
              { containerPort: 70000 },
              { name: 'http' },
              { containerPort: 80, name: 'HTTP' },
              { containerPort: 81, protocol: 'ICMP' },
            ],
          },
        ],
      },
      ['spec'],
    );
    expect(ctx.issues.map((i) => i.path.join('.'))).toEqual([
      'spec.containers.0.ports.0.containerPort',
      'spec.containers.0.ports.1.containerPort',
      'spec.containers.0.ports.2.containerPort',
      'spec.containers.0.ports.3.name',
      'spec.containers.0.ports.4.protocol',
    ]);
  });
});
