import type { Explanation } from '../evaluate/types';

/**
 * One block per probed connection: a verdict line, then the evaluator's summary.
 *
 * @example
 * prod/web-0 -> prod/api-0 8080/TCP: allowed
 *   Allowed: prod/web-0 is not isolated for egress, and prod/api-0 is isolated ...
 */
export function formatExplainText(explanations: readonly Explanation[]): string {
  return explanations
    .map(
      (e) =>
        `${e.from} -> ${e.to} ${e.port}/${e.protocol}: ${e.allowed ? 'allowed' : 'denied'}\n  ${e.summary}\n`,
    )
    .join('');
}

/** The evaluator's explanations as they are, reasons included. */
export function formatExplainJson(explanations: readonly Explanation[]): string {
  return `${JSON.stringify({ explanations }, null, 2)}\n`;
}
