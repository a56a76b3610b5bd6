// Finds a Chromium for Playwright. `npx playwright install` cannot download on our machines, so
// Debian's chromium is the usual answer; Playwright's own build is a fallback for laptops.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Playwright's own chromium, when its browser download is on disk; undefined otherwise. */
function playwrightChromium() {
  // Synchronous on purpose: playwright.config.ts calls findChromium() while it is being loaded.
  const require = createRequire(import.meta.url);
  for (const pkg of ['playwright-core', '@playwright/test']) {
    try {
      const path = require(pkg).chromium.executablePath();
      if (path && existsSync(path)) return path;
    } catch {
      // Package missing, or it does not know a path for this platform: try the next one.
    }
  }
  return undefined;
}

/**
 * Path of a Chromium executable: `CHROMIUM_PATH` (when it exists), else Debian's
 * `/usr/bin/chromium`, else Playwright's downloaded chromium.
 * @returns {string}
 * @throws {Error} when none is found, saying how to get one.
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const bundled = playwrightChromium();
  if (bundled) return bundled;
  const envNote = fromEnv ? ` (CHROMIUM_PATH=${fromEnv} does not exist)` : '';
  throw new Error(
    `No Chromium found for the browser tests${envNote}. ` +
      `Install Debian's: \`apt-get install -y chromium\` (gives ${DEBIAN_CHROMIUM}), ` +
      'or set CHROMIUM_PATH to a Chromium/Chrome executable.',
  );
}

// `node scripts/find-browser.js` prints the path, or the message and exit status 1.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
