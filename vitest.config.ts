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
    // Files and tests run in a random order every time, so a test that leans on another's leftovers
    // fails at once. The seed is printed at the start; TEST_SEED=<seed> npm test repeats an order.
    sequence: { shuffle: true, seed: Number(process.env.TEST_SEED) || Date.now() },
    // Each integration/e2e file starts its own server on a copy of a database seeded once per run.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
