import type { Verdict } from '../evaluate/types';
import { renderCsv } from './csv';

/** The CLI's `matrix --format csv` header: the contract's verdict fields, in its order. */
export const MATRIX_CSV_HEADER = ['from', 'to', 'port', 'protocol', 'allowed'] as const;

/**
 * The matrix as CSV, one record per verdict in the order given (the contract's: from, to,
 * protocol, port), with the same header and fields as `reachmap matrix --format csv`, so a
 * spreadsheet made from either reads the same. `allowed` is `true` or `false`.
 *
 * @example
 * formatMatrixCsv([{ from: 'prod/web', to: 'prod/api', port: 8080, protocol: 'TCP', allowed: true }])
 * // 'from,to,port,protocol,allowed\r\nprod/web,prod/api,8080,TCP,true\r\n'
 */
export function formatMatrixCsv(verdicts: readonly Verdict[]): string {
  return renderCsv(
    MATRIX_CSV_HEADER,
    verdicts.map((v) => [v.from, v.to, String(v.port), v.protocol, String(v.allowed)]),
  );
}
