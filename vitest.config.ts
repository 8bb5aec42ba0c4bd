import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'server/**/*.test.ts',
      'client/src/**/*.test.{ts,tsx}',
      'test/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
    // Each integration/e2e file starts its own server on a copy of a database seeded once per run.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
