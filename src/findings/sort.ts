import type { SourceRange } from '../model/diagnostic';
import type { Finding } from './types';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareSources(a: SourceRange, b: SourceRange): number {
  return compareText(a.file, b.file) || a.line - b.line || a.col - b.col;
}

/** By file, line and column, then rule id and message, so the order is stable across runs. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareSources(a.source, b.source) ||
    compareText(a.id, b.id) ||
    compareText(a.message, b.message)
  );
}
