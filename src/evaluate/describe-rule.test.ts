import { describe, expect, it } from 'vitest';
import { describeRule } from './describe-rule';

const sel = (matchLabels: Record<string, string>) => ({ matchLabels, matchExpressions: [] });

describe('describeRule', () => {
  it('names peers and ports the way kubectl writes selectors', () => {
    expect(
      describeRule({
        peers: [{ kind: 'selector', podSelector: sel({ app: 'frontend' }) }],
        ports: [{ protocol: 'TCP', port: 8080 }],
      }),
    ).toBe('pods app=frontend on 8080/TCP');
    expect(
      describeRule({
        peers: [
          {
            kind: 'selector',
            namespaceSelector: sel({ team: 'a' }),
            podSelector: sel({ app: 'x' }),
          },
          { kind: 'ipBlock', ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
        ],
        ports: [{ protocol: 'UDP' }, { protocol: 'TCP', port: 8000, endPort: 8080 }],
      }),
    ).toBe(
      'pods app=x in namespaces team=a or 10.0.0.0/8 except 10.1.0.0/16 on all UDP ports, 8000-8080/TCP',
    );
    expect(describeRule({})).toBe('everyone on all ports');
  });
});
