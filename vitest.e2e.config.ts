import { defineConfig } from 'vitest/config';

/** Browser tests: the built app in Chromium. Run after `npm run build` (they build if dist/ is missing). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
