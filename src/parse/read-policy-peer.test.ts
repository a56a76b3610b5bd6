import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readPolicyPeer } from './read-policy-peer';

function read(value: unknown) {
  const ctx = createMemoryContext();
  const peer = readPolicyPeer(ctx, value, ['from', 0]);
  return { peer, issues: ctx.issues.map((i) => [i.severity, i.path.join('.'), i.message]) };
}

describe('readPolicyPeer', () => {
  it('reads selectors, keeping absent apart from {}', () => {
    expect(read({ podSelector: {} }).peer).toEqual({
      kind: 'selector',
      podSelector: { matchLabels: {}, matchExpressions: [] },
    });
    expect(
      read({
        namespaceSelector: { matchLabels: { team: 'a' } },
        podSelector: { matchLabels: { app: 'b' } },
      }).peer,
    ).toEqual({
      kind: 'selector',
      namespaceSelector: { matchLabels: { team: 'a' }, matchExpressions: [] },
      podSelector: { matchLabels: { app: 'b' }, matchExpressions: [] },
    });
  });

  it('reads an ipBlock with except', () => {
    expect(read({ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } })).toEqual({
      peer: { kind: 'ipBlock', ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
      issues: [],
    });
    expect(read({ ipBlock: { cidr: 'fd00::/8', except: ['fd00:1::/32'] } }).issues).toEqual([]);
  });

  it('rejects an empty peer, null included', () => {
    expect(read({}).issues).toEqual([
      ['error', 'from.0', 'must specify podSelector, namespaceSelector or ipBlock'],
    ]);
    expect(read(null).issues).toHaveLength(1);
    expect(read('pods').issues).toHaveLength(1);
  });

  it('rejects ipBlock together with a selector', () => {
    expect(read({ ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }).issues).toEqual([
      [
        'error',
        'from.0',
        'ipBlock cannot be combined with podSelector or namespaceSelector in one peer',
      ],
    ]);
  });

  it('rejects invalid CIDRs and except entries outside cidr', () => {
    expect(read({ ipBlock: { cidr: '10.0.0.0/40' } }).issues[0]?.[1]).toBe('from.0.ipBlock.cidr');
    expect(read({ ipBlock: { cidr: '10.0.0.1' } }).issues[0]?.[1]).toBe('from.0.ipBlock.cidr');
    expect(read({ ipBlock: { cidr: 'fd00::/129' } }).issues[0]?.[1]).toBe('from.0.ipBlock.cidr');
    expect(read({ ipBlock: { except: ['10.0.0.0/16'] } }).issues[0]?.[1]).toBe(
      'from.0.ipBlock.cidr',
    );
    for (const except of ['192.168.0.0/16', '10.0.0.0/8', '10.0.0.0/7', 'fd00::/16']) {
      expect(read({ ipBlock: { cidr: '10.0.0.0/8', except: [except] } }).issues).toEqual([
        [
          'error',
          'from.0.ipBlock.except.0',
          `"${except}" must be a strict subset of cidr "10.0.0.0/8"`,
        ],
      ]);
    }
    expect(read({ ipBlock: { cidr: '10.0.0.0/8', except: ['nope'] } }).issues[0]?.[1]).toBe(
      'from.0.ipBlock.except.0',
    );
  });

  it('rejects unknown fields and bad selectors', () => {
    expect(read({ podSelector: {}, ports: [] }).issues[0]?.[1]).toBe('from.0.ports');
    expect(read({ podSelector: { app: 'x' } }).issues[0]?.[1]).toBe('from.0.podSelector.app');
  });
});
