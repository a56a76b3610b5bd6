/**
 * netpol-analyzer cases where reachmap is expected to disagree, each because of a documented
 * semantic choice (never to hide a bug). The conformance test fails on any other disagreement, and
 * also when a case listed here agrees (so the list stays honest). When `agreesWith` is given, the
 * case is run a second time with those evaluate options and must then agree exactly; when
 * `parseError` is given, reachmap must report a matching error for the input.
 */
import type { EvaluateOptions } from '../evaluate/types';

export interface KnownDivergence {
  /** One line: which choice, and who follows what. */
  reason: string;
  /** Evaluate options that reproduce netpol-analyzer's choice; the case must agree under them. */
  agreesWith?: EvaluateOptions;
  /** The diagnostic (severity error) that makes reachmap leave an invalid object out. */
  parseError?: RegExp;
}

const HOST_NETWORK: KnownDivergence = {
  reason:
    'hostNetwork pods: reachmap (README "Choices Kubernetes leaves to the CNI") neither isolates ' +
    'them nor matches them with selectors by default; netpol-analyzer treats them as ordinary pods',
  agreesWith: { hostNetworkPodsSelectable: true },
};

const OWNER_WITHOUT_KIND: KnownDivergence = {
  reason:
    'Pods whose ownerReferences entry has no `kind` (required by the API server) are rejected by ' +
    "reachmap's parser; netpol-analyzer accepts them and names the workload `[Pod]`",
  parseError: /ownerReferences\[0\]\.kind: is required/,
};

/** Keyed by the case's `input_dir` (plus its analyzer options as JSON, when it has any). */
export const KNOWN_DIVERGENCES: ReadonlyMap<string, KnownDivergence> = new Map<
  string,
  KnownDivergence
>([
  ['tests/ipblockstest', HOST_NETWORK],
  ['tests/ipblockstest_2', HOST_NETWORK],
  ['tests/ipblockstest_3', HOST_NETWORK],
  ['tests/ipblockstest_4', HOST_NETWORK],
  ['tests/multiple_topology_resources_1', HOST_NETWORK],
  ['tests/multiple_topology_resources_2', HOST_NETWORK],
  ['tests/semanticDiff-same-topologies-old1', HOST_NETWORK],
  ['tests/semanticDiff-same-topologies-old2', HOST_NETWORK],
  ['tests/semanticDiff-same-topologies-old3', HOST_NETWORK],
  ['tests/semanticDiff-same-topologies-new1', HOST_NETWORK],
  ['tests/semanticDiff-same-topologies-new1a', HOST_NETWORK],
  ['tests/semanticDiff-same-topologies-new2', HOST_NETWORK],
  ['tests/semanticDiff-same-topologies-new3', HOST_NETWORK],
  [
    'tests/netpol_named_port_test_2',
    {
      reason:
        'Deployment pod-a has a container port written `containerport:` (no `containerPort`, ' +
        'required by the API server): reachmap rejects the Deployment, netpol-analyzer keeps it',
      parseError: /containerPort: is required/,
    },
  ],
  ['tests/example_pods_w_same_owner_and_labels_gap_no_policy', OWNER_WITHOUT_KIND],
  [
    'tests/example_pods_w_same_owner_and_labels_gap_with_policy_selector_not_in_gap',
    OWNER_WITHOUT_KIND,
  ],
  ['tests/example_pods_w_same_owner_and_labels_gap_with_good_match_expression', OWNER_WITHOUT_KIND],
  [
    'tests/example_pods_w_same_owner_and_labels_gap_with_good_match_expression2',
    OWNER_WITHOUT_KIND,
  ],
]);
