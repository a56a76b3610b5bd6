import type { SourceRange } from '../model/diagnostic';
import type { Labels } from '../model/types';
import type { Explanation, Probe } from '../evaluate/types';

/**
 * One side of an intent. `id` names endpoints the way the CLI prints them (`ns/name`,
 * `ns/Kind/name`, an IP); `selector` picks them by namespace and labels.
 */
export type EndpointRef =
  | { kind: 'id'; id: string }
  | {
      kind: 'selector';
      /** Exact namespace name. */
      namespace?: string;
      /** Labels the endpoint's namespace must carry (all of them). */
      namespaceLabels?: Labels;
      /** Labels the pod or pod template must carry (all of them). */
      labels?: Labels;
    };

export type Expectation = 'allow' | 'deny';

/** An expectation that must hold: `from` can (allow) or cannot (deny) reach `to` on a port. */
export interface Intent {
  /** Position in the file's list, from 0. */
  index: number;
  /** Optional label written in the file. */
  name?: string;
  from: EndpointRef;
  to: EndpointRef;
  probe: Probe;
  expect: Expectation;
  /** Where the entry starts in the intents file. */
  source: SourceRange;
}

/** The outcome of one intent against one analysis. */
export interface IntentResult {
  intent: Intent;
  passed: boolean;
  /** Endpoint ids each side matched. */
  from: string[];
  to: string[];
  /** Source-destination pairs checked (the same endpoint and External→External are skipped). */
  pairs: number;
  /** Pairs that break the intent: denied ones for `allow`, allowed ones for `deny`. */
  breaking: number;
  /** The first MAX_EXPLAINED breaking pairs with the evaluator's reasons. */
  explanations: Explanation[];
  /** One sentence: why it holds, or why it fails. */
  message: string;
}
