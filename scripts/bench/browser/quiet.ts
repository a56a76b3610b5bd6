/**
 * Waits for the machine to be quiet before a measured step. On the 2-core machine the figures are
 * taken on, a load's longest task was half waiting for the CPU: the kernel was writing back the
 * previous run's files and reclaiming the memory of its closed page (/proc showed ~1 s of kernel
 * threads in a 2.5 s load). That is the bench's own noise, not the app's: flush the disk, then wait
 * until the CPUs have been idle for a moment. The app's own work (its worker too) starts after.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const WINDOW_MS = 300;
/** Busy share of all CPUs over a window that counts as quiet. */
const QUIET = 0.1;
const MAX_WAIT_MS = 10_000;

interface CpuTimes {
  idle: number;
  total: number;
}

function cpuTimes(): CpuTimes {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
  const ticks = fields.slice(1).map(Number);
  // idle + iowait
  return { idle: ticks[3]! + ticks[4]!, total: ticks.reduce((a, b) => a + b, 0) };
}

/** Resolves once the machine is quiet (or after 10 s); a no-op where there is no /proc/stat. */
export async function quietMachine(): Promise<void> {
  if (!existsSync('/proc/stat')) return;
  try {
    execFileSync('sync');
  } catch {
    // No sync binary: the wait below still covers most of it.
  }
  const until = Date.now() + MAX_WAIT_MS;
  while (Date.now() < until) {
    const a = cpuTimes();
    await sleep(WINDOW_MS);
    const b = cpuTimes();
    const busy = 1 - (b.idle - a.idle) / Math.max(1, b.total - a.total);
    if (busy < QUIET) return;
  }
}
