import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleWorkspace, workspaceArbitrary } from './test-workspaces';
import {
  decodeWorkspaceFile,
  readWorkspaceFile,
  workspaceFileName,
  writeWorkspaceFile,
} from './workspace-file';

describe('writeWorkspaceFile / readWorkspaceFile', () => {
  it('reads back exactly the workspace written', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (w) => {
        expect(readWorkspaceFile(writeWorkspaceFile(w))).toStrictEqual(w);
      }),
      { numRuns: 200 },
    );
  });

  it('writes readable JSON that says what it is first', () => {
    const text = writeWorkspaceFile(sampleWorkspace());
    expect(text.startsWith('{\n  "reachmap": "workspace",\n  "version": 1,\n  "files": [\n')).toBe(
      true,
    );
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('decodeWorkspaceFile', () => {
  it('leaves manifests alone, JSON ones included', () => {
    const list = '{"apiVersion": "v1", "kind": "List", "items": []}';
    expect(decodeWorkspaceFile(list)).toBeUndefined();
    expect(decodeWorkspaceFile('apiVersion: v1\nkind: Namespace\n')).toBeUndefined();
    // Mentions the word, is not ours.
    expect(
      decodeWorkspaceFile('{"kind": "ConfigMap", "data": {"reachmap": "workspace"}}'),
    ).toBeUndefined();
    expect(decodeWorkspaceFile('["reachmap"]')).toBeUndefined();
    expect(decodeWorkspaceFile('{"reachmap": "something else", "version": 1}')).toBeUndefined();
    expect(decodeWorkspaceFile('kind: List # "reachmap" {')).toBeUndefined();
  });

  it('says when a workspace file is damaged, cut short or from a newer release', () => {
    const text = writeWorkspaceFile(sampleWorkspace());
    expect(decodeWorkspaceFile(text.slice(0, 200))).toEqual({
      ok: false,
      message:
        'This workspace file is damaged (it is not valid JSON; was it cut short?). Nothing was loaded.',
    });
    expect(decodeWorkspaceFile(text.replace('"tab": "matrix"', '"tab": 3'))).toEqual({
      ok: false,
      message:
        'This workspace file is damaged (tab is not one of graph, matrix, exposure). Nothing was loaded.',
    });
    expect(decodeWorkspaceFile(text.replace('"version": 1', '"version": "1"'))).toEqual({
      ok: false,
      message:
        'This workspace file is damaged (its "version" is not a format version). Nothing was loaded.',
    });
    expect(decodeWorkspaceFile(text.replace('"version": 1', '"version": 2'))).toEqual({
      ok: false,
      message:
        'This workspace file was made by a newer version of reachmap (format 2; this version reads 1). Nothing was loaded.',
    });
    expect(readWorkspaceFile(text.slice(0, 200))).toBeUndefined();
  });

  it('does not let the file touch prototypes', () => {
    const text = writeWorkspaceFile(sampleWorkspace()).replace(
      '"version": 1,',
      '"version": 1, "__proto__": {"polluted": true},',
    );
    const workspace = readWorkspaceFile(text);
    expect(workspace).toStrictEqual(sampleWorkspace());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('workspaceFileName', () => {
  const named = (...names: string[]) =>
    workspaceFileName({ ...sampleWorkspace(), files: names.map((name) => ({ name, text: '' })) });

  it('is named after the first file', () => {
    expect(named('production.yaml', 'b.yaml')).toBe('production.reachmap.json');
    expect(named('dumps/cluster.JSON')).toBe('cluster.reachmap.json');
    expect(named('C:\\work\\prod.yml')).toBe('prod.reachmap.json');
  });

  it('falls back to "workspace" and keeps out characters file systems refuse', () => {
    expect(named()).toBe('workspace.reachmap.json');
    expect(named('.yaml')).toBe('workspace.reachmap.json');
    expect(named('a:b|c?.yaml')).toBe('a_b_c_.reachmap.json');
    expect(named('tab\there.yaml')).toBe('tab_here.reachmap.json');
  });
});
