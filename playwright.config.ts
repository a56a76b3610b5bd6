import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-browser.js';

// Overridable so that two runs on one machine (a benchmark beside the tests) do not share a
// server, a build folder or Playwright's output folder.
const PORT = Number(process.env.REACHMAP_E2E_PORT ?? 5179);
const DIST = process.env.REACHMAP_E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties its outputDir on every run: keep it apart from vitest.json and app.png.
  outputDir: PORT === 5179 ? 'test-results/playwright' : `test-results/playwright-${PORT}`,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    [
      'json',
      {
        outputFile:
          PORT === 5179 ? 'test-results/playwright.json' : `test-results/playwright-${PORT}.json`,
      },
    ],
  ],
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
    command: `npx vite build --logLevel warn --outDir ${DIST} && npx vite preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
