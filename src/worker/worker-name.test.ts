import { describe, expect, it } from 'vitest';
import { layoutEngineLoad, workerName } from './worker-name';

describe('worker name', () => {
  it('carries when to load the layout engine', () => {
    expect(layoutEngineLoad(workerName('at-start'))).toBe('at-start');
    expect(layoutEngineLoad(workerName('after-first-paint'))).toBe('after-first-paint');
  });

  it('loads it at start when the name says nothing', () => {
    expect(layoutEngineLoad('')).toBe('at-start');
  });
});
