import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright suites (tests/renderer, tests/e2e-electron) have their own runner.
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/renderer/**', 'tests/e2e-electron/**', 'node_modules/**'],
    environment: 'node',
  },
});
