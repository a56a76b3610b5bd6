import type { Stage } from '../../analyze';

/** How long a request runs before the status bar names its stage. */
export const STAGE_DELAY_MS = 150;

/**
 * Passes a request's pipeline stages on only once it has run `delayMs`. A policy edit is analysed
 * in well under that, and naming each of its stages repainted the status bar three times while the
 * worker ran, each repaint taking the CPU the worker needed on a 2-core machine; a big dump still
 * says where it is after `delayMs`.
 */
export function delayedStages(
  show: (stage: Stage) => void,
  delayMs = STAGE_DELAY_MS,
): { onStage: (stage: Stage) => void; done: () => void } {
  let latest: Stage | undefined;
  let late = false;
  const timer = setTimeout(() => {
    late = true;
    if (latest !== undefined) show(latest);
  }, delayMs);
  return {
    onStage(stage) {
      latest = stage;
      if (late) show(stage);
    },
    done() {
      clearTimeout(timer);
    },
  };
}
