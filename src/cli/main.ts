// The Node entry of `reachmap` (bundled into dist-cli/cli.js, started by bin/reachmap.js): the
// only CLI file that touches process and the file system. Everything else is in run.ts.
import { readFile } from 'node:fs/promises';
import { version } from '../../package.json';
import { runCli, type CliIO } from './run';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const io: CliIO = {
  readFile: (path) => readFile(path, 'utf8'),
  readStdin,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
  version,
};

// `reachmap matrix … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  // exitCode rather than exit(): a large output to a pipe must be flushed first.
  process.exitCode = await runCli(process.argv.slice(2), io);
} catch (error) {
  // 70 (EX_SOFTWARE): a bug in reachmap, not a problem with the input (1) or the arguments (2).
  process.stderr.write(`reachmap: internal error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 70;
}
