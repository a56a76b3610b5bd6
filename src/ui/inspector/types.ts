import type { Explanation, Probe } from '../../evaluate/types';

/**
 * What the inspector shows. The store's `Selection` has only nodes and edges; policies are not
 * graph nodes, so picking one from the list needs a third kind.
 */
export interface InspectorSelection {
  kind: 'node' | 'edge' | 'policy';
  /** Graph node/edge id, or `ns/name` for a policy. */
  id: string;
}

/** A place in the manifests the editor can scroll to. */
export interface JumpTarget {
  file: string;
  line: number;
}

/** Asks the analysis (worker or fallback) why `from` can or cannot reach `to` on the probe. */
export type ExplainFn = (
  from: string,
  to: string,
  probe: Probe,
) => Promise<Explanation | undefined>;

/** Where each policy (`ns/name`) is written, when the shell knows it. */
export type PolicySources = Readonly<Record<string, JumpTarget>>;
