import type { Verdict } from '../evaluate/types';
import { markdownNotes, markdownTable } from './markdown-table';

export interface MatrixMarkdownInput {
  /** How many endpoints the verdicts are between. */
  endpoints: number;
  verdicts: readonly Verdict[];
  /** Settings a reader must know to trust the table (a CNI that enforces nothing), one per line. */
  notes?: readonly string[];
}

/** Symbol and word: the symbol catches the eye, the word survives a plain-text paste. */
const VERDICT = { true: '✓ allowed', false: '✗ denied' } as const;

/**
 * The matrix for a pull-request review: a heading, the counts, any notes, then one row per verdict
 * in the order given (the CLI's).
 *
 * @example
 * formatMatrixMarkdown({ endpoints: 2, verdicts: [webToApi] })
 * // '## Reachability matrix\n\n1 verdict between 2 endpoints: 1 allowed, 0 denied.\n\n| From | To | Port | Verdict |\n…'
 */
export function formatMatrixMarkdown({ endpoints, verdicts, notes = [] }: MatrixMarkdownInput) {
  const allowed = verdicts.filter((v) => v.allowed).length;
  const counts =
    `${verdicts.length} verdict${verdicts.length === 1 ? '' : 's'} between ${endpoints} ` +
    `endpoint${endpoints === 1 ? '' : 's'}: ${allowed} allowed, ${verdicts.length - allowed} denied.`;
  const table = markdownTable(
    ['From', 'To', 'Port', 'Verdict'],
    verdicts.map((v) => [v.from, v.to, `${v.port}/${v.protocol}`, VERDICT[`${v.allowed}`]]),
  );
  return `## Reachability matrix\n\n${counts}\n\n${markdownNotes(notes)}${table}`;
}
