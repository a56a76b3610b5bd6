/**
 * The production build, in its own folder (a `vite build` empties its outDir, and the e2e tests
 * build into dist/), served by `vite preview` on its own port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Overridable so a second checkout (or a second engineer) can benchmark at the same time.
export const OUT_DIR = process.env['REACHMAP_BENCH_DIST'] ?? 'dist-bench';
export const PORT = Number(process.env['REACHMAP_BENCH_PORT'] ?? 5193);

// Vite's own entry, run with this Node: no npx wrapper left behind holding the port.
// (vite's exports do not list bin/, so it is found beside its package.json).
const viteBin = `${dirname(createRequire(import.meta.url).resolve('vite/package.json'))}/bin/vite.js`;

export function buildApp(): void {
  const result = spawnSync(
    process.execPath,
    [viteBin, 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${String(result.status)})`);
}

export interface Server {
  url: string;
  stop(): void;
}

export async function serveApp(): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      viteBin,
      'preview',
      '--outDir',
      OUT_DIR,
      '--port',
      String(PORT),
      '--host',
      '127.0.0.1',
      '--strictPort',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${PORT}/`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`vite preview exited (${String(child.exitCode)}): ${stderr.trim()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s: ${stderr.trim()}`);
}
