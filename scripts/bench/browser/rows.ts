/** One line of the report: a figure measured over a few runs, and the target it is held to. */
export interface Row {
  /** Scenario name, as `--filter` matches it. */
  scenario: string;
  what: string;
  unit: 'ms' | 'fps' | 'nodes';
  /** Absent for figures reported for context only. */
  target?: { op: '<=' | '>='; value: number };
  /** One per run, in run order. */
  values: number[];
  note?: string;
  /** Set when nothing could be measured: why. */
  notMeasured?: string;
  /** Per-run details for the JSON file (breakdowns, counts). */
  details?: unknown[];
}

export type Verdict = 'PASS' | 'MISS' | 'INFO' | 'NOT MEASURED';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The worst run: the largest time, the lowest frame rate. */
export function worst(row: Row): number {
  return row.target?.op === '>=' || row.unit === 'fps'
    ? Math.min(...row.values)
    : Math.max(...row.values);
}

const meets = (row: Row, x: number) =>
  row.target!.op === '<=' ? x <= row.target!.value : x >= row.target!.value;

/** Judged on the median; `runsMeeting` says how many single runs met the target too. */
export function verdict(row: Row): Verdict {
  if (row.notMeasured !== undefined || row.values.length === 0) return 'NOT MEASURED';
  if (!row.target) return 'INFO';
  return meets(row, median(row.values)) ? 'PASS' : 'MISS';
}

export function runsMeeting(row: Row): string {
  if (!row.target || row.values.length === 0) return '';
  return `${row.values.filter((x) => meets(row, x)).length}/${row.values.length}`;
}

export function notMeasured(scenario: string, what: string, unit: Row['unit'], why: string): Row {
  return { scenario, what, unit, values: [], notMeasured: why };
}

export function round(x: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
