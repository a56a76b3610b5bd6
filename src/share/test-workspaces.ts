/**
 * Workspaces for tests: fast-check arbitraries that reach every field, and a small fixed one.
 * Imported by tests only.
 */
import fc from 'fast-check';
import type { Workspace } from './workspace';

// Lone surrogates too: editors can hold them, and JSON.stringify must carry them through.
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyText = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      {
        weight: 3,
        arbitrary: fc.constantFrom('\n', '  ', ': ', '- ', '---\n', '"', '\\', '\u2028'),
      },
      { weight: 1, arbitrary: loneSurrogate },
    ),
    maxLength,
  });

const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });

/** Any workspace the validator accepts (names unique, activeFile one of them). */
export const workspaceArbitrary: fc.Arbitrary<Workspace> = fc
  .record(
    {
      files: fc.uniqueArray(
        fc.record({ name: anyText(30), text: anyText(400) }, { noNullPrototype: true }),
        {
          selector: (f) => f.name,
          maxLength: 5,
        },
      ),
      activeIndex: fc.nat(),
      selection: fc.option(
        fc.record(
          { kind: fc.constantFrom('node', 'edge', 'policy'), id },
          { noNullPrototype: true },
        ),
        { nil: undefined },
      ),
      focusNode: fc.option(id, { nil: undefined }),
      tab: fc.constantFrom('graph', 'matrix', 'exposure'),
      collapsedNamespaces: fc.array(id, { maxLength: 5 }),
      expandedWorkloads: fc.array(id, { maxLength: 5 }),
      settings: fc.record(
        {
          cni: fc.constantFrom('enforcing', 'flannel'),
          ipBlockMatchesPodIPs: fc.boolean(),
          hostNetworkPodsSelectable: fc.boolean(),
        },
        { noNullPrototype: true },
      ),
      showDenied: fc.boolean(),
      showDnsFlows: fc.boolean(),
    },
    { noNullPrototype: true },
  )
  .map(({ activeIndex, selection, focusNode, ...w }) => {
    const active = w.files.length > 0 ? w.files[activeIndex % w.files.length]!.name : undefined;
    return {
      ...w,
      ...(active !== undefined ? { activeFile: active } : {}),
      ...(selection ? { selection } : {}),
      ...(focusNode !== undefined ? { focusNode } : {}),
    };
  });

/** A small workspace with every field set. */
export function sampleWorkspace(): Workspace {
  return {
    files: [
      {
        name: 'app.yaml',
        text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop # “café” ☕\n',
      },
      { name: 'policies.yaml', text: '' },
    ],
    activeFile: 'policies.yaml',
    selection: { kind: 'node', id: 'wl:shop/Deployment/web' },
    focusNode: 'wl:shop/Deployment/web',
    tab: 'matrix',
    collapsedNamespaces: ['kube-system'],
    expandedWorkloads: ['wl:shop/Deployment/web'],
    settings: { cni: 'flannel', ipBlockMatchesPodIPs: false, hostNetworkPodsSelectable: true },
    showDenied: false,
    showDnsFlows: true,
  };
}
