/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorkerPlugin } from './scripts/service-worker/plugin.js';

// base './' keeps every asset URL relative, so the build works from a GitHub Pages sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), serviceWorkerPlugin()],
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
