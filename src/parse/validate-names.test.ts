import { describe, it, expect } from 'vitest';
import { labelKeyProblem, labelValueProblem, portNameProblem } from './validate-names';

describe('labelKeyProblem', () => {
  it.each(['app', 'app.kubernetes.io/name', 'a_b.c-d', 'example.com/X'])('accepts %j', (key) => {
    expect(labelKeyProblem(key)).toBeUndefined();
  });

  it.each(['', '-app', 'app-', 'Example.com/app', '/app', 'a/', 'x'.repeat(64), 'a b'])(
    'rejects %j',
    (key) => {
      expect(labelKeyProblem(key)).toBeDefined();
    },
  );
});

describe('labelValueProblem', () => {
  it.each(['', 'web', 'v1.2_3-x'])('accepts %j', (value) => {
    expect(labelValueProblem(value)).toBeUndefined();
  });

  it.each(['-web', 'a b', 'x'.repeat(64), 'a/b'])('rejects %j', (value) => {
    expect(labelValueProblem(value)).toBeDefined();
  });
});

describe('portNameProblem', () => {
  it.each(['http', 'h2c', 'web-8080', 'a'])('accepts %j', (name) => {
    expect(portNameProblem(name)).toBeUndefined();
  });

  it('rejects a quoted number: Kubernetes reads "8080" as a name', () => {
    expect(portNameProblem('8080')).toMatch(/at least one letter/);
  });

  it.each(['', 'HTTP', 'a--b', '-a', 'a-', 'abcdefghijklmnop', 'a_b'])('rejects %j', (name) => {
    expect(portNameProblem(name)).toBeDefined();
  });
});
