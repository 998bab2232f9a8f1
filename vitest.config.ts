import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/electron/**/*.test.ts'],
    environment: 'node',
  },
});
