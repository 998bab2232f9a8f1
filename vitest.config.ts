import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles the renderer's runes modules (*.svelte.ts) for the logic tests, as the browser runs them.
  plugins: [svelte()],
  resolve: { conditions: ['browser'], alias: { $core: resolve('core') } },
  test: {
    // Playwright suites (tests/renderer, tests/e2e-electron) have their own runner.
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/renderer/**', 'tests/e2e-electron/**', 'node_modules/**'],
    environment: 'node',
  },
});
