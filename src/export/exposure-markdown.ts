import { markdownNotes, markdownTable } from './markdown-table';

/** One exposed Service as the exposure view lists it (src/ui/exposure/exposure-rows.ts). */
export interface ExposureEntry {
  id: string;
  type: string;
  /** How it is reachable from outside, one line per way. */
  how: readonly string[];
  ports: readonly string[];
  backends: readonly {
    endpoint: string;
    /** `443 → 8080/TCP` */
    port: string;
    targetPort?: number;
    admitsOutside: boolean;
  }[];
  externallyReachable: boolean;
  reason: string;
}

export interface ExposureMarkdownInput {
  rows: readonly ExposureEntry[];
  internalOnly: number;
  externalName: number;
  notes?: readonly string[];
}

function backendLine(b: ExposureEntry['backends'][number]): string {
  const on = b.targetPort ?? 'an unresolved targetPort';
  const verdict = b.admitsOutside ? 'admits outside clients' : 'ingress turns outside clients away';
  return `${b.admitsOutside ? '✓' : '✗'} ${b.endpoint} on ${on}: ${verdict} (${b.port})`;
}

/**
 * The exposure list for a pull-request review: every Service exposed via NodePort, LoadBalancer
 * or externalIPs, how, on which ports, which backends let outside clients in, and the verdict —
 * the same rows and words as the Exposure tab.
 *
 * @example
 * formatExposureMarkdown(exposureRows(snapshot.services))
 * // '## Services exposed outside the cluster\n\n2 exposed Services, 0 externally reachable; …'
 */
export function formatExposureMarkdown(input: ExposureMarkdownInput): string {
  const { rows, internalOnly, externalName, notes = [] } = input;
  const reachable = rows.filter((r) => r.externallyReachable).length;
  let counts =
    `${rows.length} exposed Service${rows.length === 1 ? '' : 's'}, ` +
    `${reachable} externally reachable; ${internalOnly} internal only (ClusterIP)`;
  if (externalName > 0) counts += `; ${externalName} ExternalName`;
  const body =
    rows.length === 0
      ? 'No Service is exposed via NodePort, LoadBalancer or externalIPs.\n'
      : markdownTable(
          ['Service', 'Type', 'How', 'Ports', 'Backends', 'Externally reachable'],
          rows.map((r) => [
            r.id,
            r.type,
            r.how,
            r.ports.join(', '),
            r.backends.length === 0 ? 'no backends' : r.backends.map(backendLine),
            `${r.externallyReachable ? '⚠ Yes' : 'No'}: ${r.reason}`,
          ]),
        );
  return `## Services exposed outside the cluster\n\n${counts}.\n\n${markdownNotes(notes)}${body}`;
}
