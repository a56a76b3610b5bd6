import { describe, expect, it } from 'vitest';
import { isIntentsFile } from './is-intents-file';

describe('isIntentsFile', () => {
  it('recognises intents files by name', () => {
    expect(isIntentsFile('prod.intents.yaml', '')).toBe(true);
    expect(isIntentsFile('ci/prod.intents.yml', '')).toBe(true);
    expect(isIntentsFile('reachmap-intents.yaml', '')).toBe(true);
    expect(isIntentsFile('REACHMAP-INTENTS.YML', '')).toBe(true);
    expect(isIntentsFile('intents-prod.yaml', 'kind: Pod')).toBe(false);
    expect(isIntentsFile('prod.yaml', 'kind: Pod')).toBe(false);
  });

  it('recognises an intents: key at the top, after comments', () => {
    expect(isIntentsFile('a.yaml', '# checks\n---\nintents:\n  - {}\n')).toBe(true);
    expect(isIntentsFile('a.yaml', 'kind: List\nintents: []\n')).toBe(false);
    expect(isIntentsFile('a.yaml', '  intents: []\n')).toBe(true);
    expect(isIntentsFile('a.yaml', 'intentsx: 1\n')).toBe(false);
  });
});
