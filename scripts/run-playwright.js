// `npm run test:e2e [-- playwright args]`: the browser tests, with a clear message when there is
// no Chromium instead of Playwright's advice to run `npx playwright install` (which cannot download here).
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-browser.js';

let chromium;
try {
  chromium = findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
if (result.error) {
  console.error(`Could not start Playwright: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
