import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run against the TypeScript sources, not the built dist, so a test never sees a stale build.
export default defineConfig({
  resolve: {
    alias: {
      '@charte/analyzer': fileURLToPath(new URL('./packages/analyzer/src/index.ts', import.meta.url)),
      '@charte/templates': fileURLToPath(new URL('./packages/templates/src/index.ts', import.meta.url)),
      '@charte/site': fileURLToPath(new URL('./packages/site/src/index.ts', import.meta.url)),
      '@charte/server': fileURLToPath(new URL('./packages/server/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    setupFiles: ['scripts/vitest-setup.ts'],
    // One build of every package for the tests that run built code; a throwaway PostgreSQL server
    // for the API tests (see the files).
    globalSetup: ['scripts/test-support/build.ts', 'scripts/test-support/postgres.ts'],
  },
});
