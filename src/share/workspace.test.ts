import { describe, expect, it } from 'vitest';
import { canonicalWorkspace, checkWorkspace, WORKSPACE_LIMITS } from './workspace';
import { sampleWorkspace } from './test-workspaces';

const valid = () => JSON.parse(JSON.stringify(sampleWorkspace())) as Record<string, unknown>;
const problemOf = (value: unknown) => {
  const check = checkWorkspace(value);
  return check.ok ? undefined : check.problem;
};

describe('checkWorkspace', () => {
  it('accepts a workspace and copies it', () => {
    const input = valid();
    const check = checkWorkspace(input);
    expect(check).toEqual({ ok: true, workspace: sampleWorkspace() });
    if (check.ok) expect(check.workspace.files).not.toBe(input.files);
  });

  it('accepts one without the optional fields and does not invent them', () => {
    const input = valid();
    delete input.activeFile;
    delete input.selection;
    delete input.focusNode;
    const check = checkWorkspace(input);
    expect(check.ok && Object.keys(check.workspace)).toEqual([
      'files',
      'tab',
      'collapsedNamespaces',
      'expandedWorkloads',
      'settings',
      'showDenied',
      'showDnsFlows',
    ]);
  });

  it.each([
    [null, 'the workspace is not an object'],
    [[], 'the workspace is not an object'],
    [{ ...valid(), files: 'a.yaml' }, 'files is not a list'],
    [{ ...valid(), files: [{ name: 'a' }] }, 'files[0].text is not a string'],
    [{ ...valid(), files: [{ name: 3, text: '' }] }, 'files[0].name is not a string'],
    [{ ...valid(), files: [null] }, 'files[0] is not an object'],
    [
      {
        ...valid(),
        files: [
          { name: 'a', text: '' },
          { name: 'a', text: 'x' },
        ],
      },
      'files[1].name "a" appears twice',
    ],
    [{ ...valid(), activeFile: 'gone.yaml' }, 'activeFile "gone.yaml" is not one of the files'],
    [{ ...valid(), tab: 'policies' }, 'tab is not one of graph, matrix, exposure'],
    [
      { ...valid(), selection: { kind: 'pod', id: 'x' } },
      'selection.kind is not one of node, edge, policy',
    ],
    [{ ...valid(), selection: { kind: 'node' } }, 'selection.id is not a string'],
    [{ ...valid(), focusNode: 7 }, 'focusNode is not a string'],
    [{ ...valid(), collapsedNamespaces: ['a', 2] }, 'collapsedNamespaces[1] is not a string'],
    [{ ...valid(), expandedWorkloads: {} }, 'expandedWorkloads is not a list'],
    [{ ...valid(), settings: undefined }, 'settings is not an object'],
    [{ ...valid(), settings: { cni: 'calico' } }, 'settings.cni is not one of enforcing, flannel'],
    [
      { ...valid(), settings: { cni: 'flannel', ipBlockMatchesPodIPs: 'yes' } },
      'settings.ipBlockMatchesPodIPs is not true or false',
    ],
    [{ ...valid(), showDenied: 1 }, 'showDenied is not true or false'],
    [{ ...valid(), showDnsFlows: undefined }, 'showDnsFlows is not true or false'],
  ])('refuses %j: %s', (value, problem) => {
    expect(problemOf(value)).toBe(problem);
  });

  it('holds untrusted input to limits', () => {
    const files = Array.from({ length: WORKSPACE_LIMITS.files + 1 }, (_, i) => ({
      name: `f${i}`,
      text: '',
    }));
    expect(problemOf({ ...valid(), files })).toBe('files has more than 1000 entries');
    expect(
      problemOf({
        ...valid(),
        files: [{ name: 'x'.repeat(WORKSPACE_LIMITS.nameChars + 1), text: '' }],
      }),
    ).toBe('files[0].name is longer than 1024 characters');
    expect(
      problemOf({
        ...valid(),
        selection: { kind: 'node', id: 'x'.repeat(WORKSPACE_LIMITS.idChars + 1) },
      }),
    ).toBe('selection.id is longer than 4096 characters');
  });

  it('reads only own properties and copies no unknown key, so JSON cannot reach a prototype', () => {
    const hostile = JSON.parse(
      JSON.stringify(valid()).replace(
        /^\{/,
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
      ),
    ) as unknown;
    const check = checkWorkspace(hostile);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(Object.getPrototypeOf(check.workspace)).toBe(Object.prototype);
    expect(Object.keys(check.workspace)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // `tab` found on a polluted prototype would not count as the workspace's own.
    const inherited = Object.create({ tab: 'graph' }) as Record<string, unknown>;
    Object.assign(inherited, valid());
    delete inherited.tab;
    expect(problemOf(inherited)).toBe('tab is not one of graph, matrix, exposure');
  });
});

describe('canonicalWorkspace', () => {
  it('keeps the fields in one order and drops what is not a Workspace field', () => {
    const w = sampleWorkspace();
    const messy = { extra: 1, ...w, files: w.files.map((f) => ({ id: 'f1', ...f })) };
    const canonical = canonicalWorkspace(messy);
    expect(canonical).toEqual(w);
    expect(JSON.stringify(canonical)).toBe(JSON.stringify(w));
  });
});
