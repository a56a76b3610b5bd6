import { describe, expect, it } from 'vitest';
import { minimalLabelSets } from './phantoms';

const sel = (
  matchLabels: Record<string, string>,
  matchExpressions: Parameters<typeof minimalLabelSets>[0]['matchExpressions'] = [],
) => ({ matchLabels, matchExpressions });

describe('minimalLabelSets', () => {
  it('takes matchLabels, one value per In list in every combination, and empty Exists', () => {
    expect(
      minimalLabelSets(
        sel({ app: 'a' }, [
          { key: 't', operator: 'In', values: ['x', 'y'] },
          { key: 'z', operator: 'Exists', values: [] },
        ]),
      ),
    ).toEqual([
      { app: 'a', t: 'x', z: '' },
      { app: 'a', t: 'y', z: '' },
    ]);
  });

  it('leaves NotIn and DoesNotExist keys absent, and drops sets the selector refuses', () => {
    expect(minimalLabelSets(sel({}, [{ key: 't', operator: 'NotIn', values: ['x'] }]))).toEqual([
      {},
    ]);
    // app=a and app In (b): nothing matches.
    expect(
      minimalLabelSets(sel({ app: 'a' }, [{ key: 'app', operator: 'In', values: ['b'] }])),
    ).toEqual([]);
    // Exists and DoesNotExist on one key: nothing matches either.
    expect(
      minimalLabelSets(
        sel({}, [
          { key: 'k', operator: 'Exists', values: [] },
          { key: 'k', operator: 'DoesNotExist', values: [] },
        ]),
      ),
    ).toEqual([]);
  });

  it('gives up past 32 combinations', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(
      minimalLabelSets(
        sel({}, [
          { key: 'x', operator: 'In', values: many },
          { key: 'y', operator: 'In', values: many },
        ]),
      ),
    ).toBeUndefined();
  });
});
