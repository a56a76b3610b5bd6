/** The figures as a table on stdout and as JSON in .bench/browser.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { median, round, runsMeeting, verdict, worst, type Row } from './rows';

export interface Environment {
  date: string;
  cpus: number;
  /** 1-minute load average at the start and the end: above ~1 per CPU, others were busy too. */
  loadAverage: { start: number; end: number };
  node: string;
  chromium: string;
  viewport: { width: number; height: number };
  runs: number;
  quick: boolean;
  filter?: string;
}

const fmt = (row: Row, x: number) =>
  Number.isFinite(x) ? `${round(x, row.unit === 'fps' ? 1 : 0)} ${row.unit}` : '—';

export function printTable(rows: Row[]): void {
  const head = ['scenario', 'what', 'target', 'median', 'worst', 'runs ok', 'result'];
  const body = rows.map((r) => {
    const measured = r.values.length > 0;
    return [
      r.scenario,
      r.what,
      r.target ? `${r.target.op === '<=' ? '≤' : '≥'} ${r.target.value} ${r.unit}` : '(context)',
      measured ? fmt(r, median(r.values)) : '—',
      measured ? fmt(r, worst(r)) : '—',
      runsMeeting(r),
      verdict(r),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
  for (const r of rows) {
    if (r.notMeasured) console.log(`# not measured: ${r.scenario} ${r.what}: ${r.notMeasured}`);
    else if (r.note) console.log(`# ${r.scenario}: ${r.what}: ${r.note}`);
  }
}

export function writeJson(path: string, env: Environment, rows: Row[]): void {
  mkdirSync(path.replace(/\/[^/]*$/, ''), { recursive: true });
  const out = {
    environment: env,
    results: rows.map((r) => ({
      ...r,
      median: r.values.length ? median(r.values) : undefined,
      worst: r.values.length ? worst(r) : undefined,
      runsMeetingTarget: runsMeeting(r) || undefined,
      verdict: verdict(r),
    })),
  };
  writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`);
}
