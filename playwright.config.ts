import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-browser.js';

const PORT = 5179;
const baseURL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties its outputDir on every run: keep it apart from vitest.json and app.png.
  outputDir: 'test-results/playwright',
  forbidOnly: true,
  retries: 0,
  workers: 2,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    // A laptop-sized window: the graph, the editor and the inspector side by side.
    viewport: { width: 1600, height: 1000 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // The dev server starts in about a second and needs no build; a fresh clone has no dist/.
  webServer: {
    // The production build, served as GitHub Pages would serve it: what users get, and no dev-server
    // dependency re-optimisation reloading the page in the middle of a test.
    command: `npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
