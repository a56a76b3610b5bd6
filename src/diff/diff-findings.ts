import type { Finding } from '../findings';

/** What identifies a finding across versions: not its line, which moves with every edit above it. */
function keyOf(f: Finding): string {
  return JSON.stringify([f.id, [...f.objects].sort()]);
}

/** Findings of `a` that `b` lacks, counting duplicates (two equal findings need two to match). */
function without(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const f of b) left.set(keyOf(f), (left.get(keyOf(f)) ?? 0) + 1);
  return a.filter((f) => {
    const n = left.get(keyOf(f)) ?? 0;
    if (n > 0) left.set(keyOf(f), n - 1);
    return n === 0;
  });
}

/**
 * Findings the new version has and the old one had not (added), and the reverse (resolved),
 * compared by finding id and the objects it concerns.
 */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]) {
  return { added: without(after, before), resolved: without(before, after) };
}
