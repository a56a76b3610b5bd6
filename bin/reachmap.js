#!/usr/bin/env node
// The package's `reachmap` command: a thin launcher for the bundled CLI, because plain Node 20
// cannot run the TypeScript sources. `npm ci` builds the bundle through the `prepare` script.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    `reachmap: ${fileURLToPath(bundle)} is missing; build it first: run npm run build:cli\n`,
  );
  process.exit(2);
}
await import(bundle.href);
