import { defineConfig } from 'vitest/config';

// The integration and browser tests run on PostgreSQL too when the URL of a server where they may
// create databases is given (CI starts one with scripts/throwaway-postgres.sh). A file named
// *.sqlite.test.ts or *.postgres.test.ts tests what only that engine has.
const onPostgres = Boolean(process.env.DATABASE_URL_TEST_PG);

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
    // Files and tests run in a random order every time, so a test that leans on another's leftovers
    // fails at once. The seed is printed at the start; TEST_SEED=<seed> npm test repeats an order.
    sequence: { shuffle: true, seed: Number(process.env.TEST_SEED) || Date.now() },
    // Each integration/e2e file starts its own server on a copy of a database seeded once per run.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true as const,
        test: {
          name: 'sqlite',
          include: [
            'shared/**/*.test.ts',
            'server/**/*.test.ts',
            'client/src/**/*.test.{ts,tsx}',
            'test/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.postgres.test.ts'],
          env: { TEST_ENGINE: 'sqlite' },
        },
      },
      ...(onPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
                exclude: ['**/node_modules/**', '**/*.sqlite.test.ts'],
                env: { TEST_ENGINE: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
