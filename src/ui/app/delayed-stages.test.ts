import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Stage } from '../../analyze';
import { delayedStages } from './delayed-stages';

describe('delayedStages', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says nothing of a request that ends before the delay', () => {
    const shown: Stage[] = [];
    const stages = delayedStages((s) => shown.push(s), 150);
    stages.onStage('parse');
    stages.onStage('evaluate');
    vi.advanceTimersByTime(100);
    stages.done();
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([]);
  });

  it('names the stage reached at the delay, then every stage as it comes', () => {
    const shown: Stage[] = [];
    const stages = delayedStages((s) => shown.push(s), 150);
    stages.onStage('parse');
    stages.onStage('model');
    vi.advanceTimersByTime(150);
    stages.onStage('evaluate');
    stages.done();
    expect(shown).toEqual(['model', 'evaluate']);
  });
});
