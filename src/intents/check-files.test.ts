import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnalysisSession } from '../worker/analysis-session';
import type { AnalysisSnapshot } from '../worker/snapshot';
import { readIntentFiles, splitIntentFiles } from './check-files';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/intents/${name}`, import.meta.url), 'utf8');

describe('splitIntentFiles and readIntentFiles', () => {
  it('keeps intents files apart and collects the IPs they name', () => {
    const files = [
      { name: 'shop.yaml', text: fixture('shop.yaml') },
      { name: 'pass.intents.yaml', text: fixture('pass.intents.yaml') },
      { name: 'untitled.yaml', text: fixture('fail.intents.yaml') },
    ];
    const { manifests, intents } = splitIntentFiles(files);
    expect(manifests.map((f) => f.name)).toEqual(['shop.yaml']);
    expect(intents.map((f) => f.name)).toEqual(['pass.intents.yaml', 'untitled.yaml']);
    const read = readIntentFiles(intents);
    expect(read.intents).toHaveLength(13);
    expect(read.externals).toEqual(['203.0.113.10', '198.51.100.7']);
    expect(read.diagnostics).toEqual([]);
  });
});

describe('the analysis session with an intents file in the workspace', () => {
  async function analyse(files: { name: string; text: string }[]): Promise<AnalysisSnapshot> {
    const reply = await new AnalysisSession().handle({
      id: 1,
      type: 'analyze',
      files,
      options: {},
      view: { collapsedNamespaces: [], expandedWorkloads: [], pinned: [] },
    });
    if (reply.type !== 'analyze') throw new Error(JSON.stringify(reply));
    return reply.snapshot;
  }

  it('checks the intents and never parses them as manifests', async () => {
    const snapshot = await analyse([
      { name: 'shop.yaml', text: fixture('shop.yaml') },
      { name: 'shop.intents.yaml', text: fixture('pass.intents.yaml') },
    ]);
    expect(snapshot.diagnostics.filter((d) => d.file === 'shop.intents.yaml')).toEqual([]);
    expect(snapshot.intents?.files).toEqual(['shop.intents.yaml']);
    expect(snapshot.intents?.results.map((r) => r.passed)).toEqual(Array(8).fill(true));
    // The IPs the intents name are endpoints, as `reachmap check` adds them.
    expect(snapshot.endpoints.map((e) => e.id)).toContain('203.0.113.10');
    // Structured clone carries it across the Worker boundary unchanged.
    expect(structuredClone(snapshot.intents)).toEqual(snapshot.intents);
  });

  it('reports intents-file errors apart from the manifests, and no intents without a file', async () => {
    const broken = await analyse([
      { name: 'shop.yaml', text: fixture('shop.yaml') },
      { name: 'reachmap-intents.yaml', text: fixture('broken.intents.yaml') },
    ]);
    expect(broken.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(broken.intents?.diagnostics).toHaveLength(8);
    expect(broken.intents?.results).toHaveLength(2);
    const none = await analyse([{ name: 'shop.yaml', text: fixture('shop.yaml') }]);
    expect(none.intents).toBeUndefined();
  });
});
