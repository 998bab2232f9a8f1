/**
 * The real app under Playwright's `_electron`: run by `npm run test:electron`
 * (scripts/test-electron.mjs), which finds the Electron binary, passes it in
 * STATUS_PALETTE_ELECTRON and uses xvfb-run on Linux; where there is no binary, it says it skipped.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: '../../test-results/e2e-electron',
});
