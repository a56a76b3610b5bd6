import { describe, it, expect } from 'vitest';
import type { DirectionExplanation, Explanation } from '../evaluate/types';
import { formatExplainJson, formatExplainText } from './format-explain';

const side = (direction: 'Ingress' | 'Egress', subject: string): DirectionExplanation => ({
  direction,
  applies: true,
  subject,
  isolated: false,
  isolatingPolicies: [],
  admittedBy: [],
  peerMatchedPortMissed: [],
  rules: [],
  allowed: true,
});

const explanation: Explanation = {
  from: 'prod/web-0',
  to: 'prod/api-0',
  port: 8080,
  protocol: 'TCP',
  allowed: true,
  egress: side('Egress', 'prod/web-0'),
  ingress: side('Ingress', 'prod/api-0'),
  summary: 'Allowed: neither side is isolated.',
};

describe('explain formats', () => {
  it('prints a verdict line and the summary', () => {
    expect(formatExplainText([explanation, { ...explanation, port: 9090, allowed: false }])).toBe(
      'prod/web-0 -> prod/api-0 8080/TCP: allowed\n  Allowed: neither side is isolated.\n' +
        'prod/web-0 -> prod/api-0 9090/TCP: denied\n  Allowed: neither side is isolated.\n',
    );
  });

  it('keeps every field in json', () => {
    expect(JSON.parse(formatExplainJson([explanation]))).toEqual({ explanations: [explanation] });
  });
});
