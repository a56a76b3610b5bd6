import { useAppStore } from '../../store/app-store';
import {
  moveStep,
  policyFocusNode,
  stepIndexOf,
  stepSelection,
  walkthroughSteps,
  type WalkMove,
  type WalkthroughStep,
} from './walkthrough-steps';

/*
 * Presentation actions as plain functions over the store, so the header button, the page-wide
 * keys and the overlay's buttons all do the same thing.
 */

/** The walkthrough of the analysis now in the store (none before the first analysis). */
export function currentSteps(): WalkthroughStep[] {
  const { snapshot } = useAppStore.getState();
  return snapshot ? walkthroughSteps(snapshot) : [];
}

/** Enters presentation mode; a policy or exposed Service already selected is where it starts. */
export function enterPresentation(): void {
  const s = useAppStore.getState();
  s.startPresenting(stepIndexOf(currentSteps(), s.selection));
}

export function leavePresentation(): void {
  useAppStore.getState().stopPresenting();
}

/** Moves the walkthrough and shows the step: selects it and brings it into view. */
export function walk(move: WalkMove): void {
  const steps = currentSteps();
  const s = useAppStore.getState();
  const index = moveStep(s.walkStep, move, steps.length);
  const step = steps[index];
  s.setWalkStep(index);
  if (step) showStep(step);
}

function showStep(step: WalkthroughStep): void {
  const s = useAppStore.getState();
  const graph = s.drawn?.graph;
  s.select(stepSelection(step));
  if (step.kind === 'policy') {
    const details = s.snapshot?.policySummaries[step.id];
    const focus = graph && details ? policyFocusNode(graph, details.selects) : undefined;
    if (focus) s.centre(focus);
    return;
  }
  // A Service in a collapsed namespace is not drawn: open the namespace; the canvas centres the
  // node once the redraw brings it (the selection is already set, so it lights up then too).
  const ns = graph?.nodes.find((n) => n.kind === 'namespace' && n.id === `ns:${namespaceOf(step)}`);
  if (ns?.collapsed) s.toggleNamespace(ns.id);
  s.centre(step.nodeId);
}

/** `production/web` → `production` */
function namespaceOf(step: WalkthroughStep): string {
  return step.id.slice(0, step.id.indexOf('/'));
}
