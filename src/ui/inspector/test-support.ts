/**
 * Test helpers for the inspector, matrix and exposure views: the real pipeline on the production
 * sample, explain/matrix answered the way the analysis worker answers them, and a tiny DOM mount
 * (no testing-library in this project). Imported by tests only; it reads files with node:fs.
 */
import { readFileSync } from 'node:fs';
import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { analyze, type Analysis } from '../../analyze';
import { buildGraph } from '../../graph/build-graph';
import type { AbstractGraph, GraphView } from '../../graph/types';
import { queryMatrix } from '../../worker/matrix-query';
import type { MatrixFilter } from '../../worker/protocol';
import { snapshotOf, type AnalysisSnapshot } from '../../worker/snapshot';
import type { ExplainFn } from './types';

export interface Sample {
  analysis: Analysis;
  snapshot: AnalysisSnapshot;
  graph: AbstractGraph;
}

// Relative to the project root, where vitest runs (jsdom's import.meta.url is not a file URL).
const SAMPLE = 'public/samples/production.yaml';

/** The production sample through analyze → snapshot → graph, with an optional extra manifest. */
export function loadSample(view: Partial<GraphView> = {}, extraYaml?: string): Sample {
  const files = [{ name: 'production.yaml', text: readFileSync(SAMPLE, 'utf8') }];
  if (extraYaml) files.push({ name: 'extra.yaml', text: extraYaml });
  const analysis = analyze(files);
  const graph = buildGraph(analysis, {
    collapsedNamespaces: new Set(),
    expandedWorkloads: new Set(),
    ...view,
  });
  return { analysis, snapshot: snapshotOf(analysis), graph };
}

/** What the worker's `explain` request answers. */
export function explainerOf(analysis: Analysis): ExplainFn {
  return (from, to, probe) => {
    const r = analysis.reachability;
    const f = r.indexOf(from);
    const t = r.indexOf(to);
    return Promise.resolve(f === undefined || t === undefined ? undefined : r.explain(f, t, probe));
  };
}

/** What the worker's `matrix` request answers. */
export function queryOf(analysis: Analysis) {
  return (filter: MatrixFilter) => Promise.resolve(queryMatrix(analysis.reachability, filter));
}

/** Renders into a detached container; `rerender` and `unmount` wrap React in act. */
export async function mount(element: ReactElement) {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return {
    container,
    rerender: (next: ReactElement) => act(async () => root.render(next)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Clicks and lets the promises it starts settle. */
export async function click(element: Element | null | undefined) {
  if (!element) throw new Error('nothing to click');
  await act(async () => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}

/** Sets an input's or select's value the way React notices (through the native setter). */
export async function change(element: Element | null | undefined, value: string) {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement))
    throw new Error('not an input or select');
  const proto = Object.getPrototypeOf(element) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
  await act(async () => {
    element.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

/** The first button whose text contains `text`. */
export function button(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
}
