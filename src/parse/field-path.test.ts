import { describe, it, expect } from 'vitest';
import { describeValue, formatPath, quote } from './field-path';
import { Yaml11Boolean } from './yaml-schema';

describe('formatPath', () => {
  it('joins keys with dots and indices with brackets', () => {
    expect(formatPath(['spec', 'ingress', 0, 'from', 2, 'podSelector'])).toBe(
      'spec.ingress[0].from[2].podSelector',
    );
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['metadata', 'labels', 'app.kubernetes.io/name'])).toBe(
      'metadata.labels["app.kubernetes.io/name"]',
    );
  });

  it('formats an empty path as an empty string', () => {
    expect(formatPath([])).toBe('');
  });
});

describe('quote', () => {
  it('shortens long text', () => {
    const quoted = quote('x'.repeat(1_000_000));
    expect(quoted.length).toBeLessThan(100);
    expect(quoted).toContain('1000000 characters');
  });
});

describe('describeValue', () => {
  it('names each JSON type', () => {
    expect(describeValue(2)).toBe('a number (2)');
    expect(describeValue(true)).toBe('a boolean (true)');
    expect(describeValue('a')).toBe('a string ("a")');
    expect(describeValue([])).toBe('a list');
    expect(describeValue({})).toBe('a map');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(new Yaml11Boolean('on'))).toBe(
      "a boolean (unquoted on, a boolean to Kubernetes' YAML 1.1 decoder)",
    );
  });
});
