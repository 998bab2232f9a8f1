/**
 * Playwright drives the built window (out/renderer) in Debian's Chromium over http, with the
 * web bridge, as a person would use it. `npx playwright install` cannot download here, so the
 * browser is the system's: /usr/bin/chromium, or CHROMIUM_PATH.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/renderer/chromium';

const PORT = Number(process.env.RENDERER_TEST_PORT ?? 4179);

export default defineConfig({
  testDir: 'tests/renderer',
  // Two cores: one worker runs the suite steadily; a second only fights it for the CPU.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 15_000,
  expect: { timeout: 3_000 },
  // On GitHub Actions, also an HTML report, which ci.yml uploads when a job fails.
  reporter: process.env.GITHUB_ACTIONS
    ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/renderer' }]]
    : [['list']],
  outputDir: 'test-results/renderer',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 720, height: 480 },
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // Builds the window first when `npm run build` has not (a lone `npm run test:renderer`).
    command: `node scripts/preview.mjs --port ${PORT} --build-if-missing`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    timeout: 120_000,
  },
});
