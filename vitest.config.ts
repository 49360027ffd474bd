import { defineConfig } from 'vitest/config';

// Tests read the packages' sources (the "source" export condition), never a build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 60_000,
    setupFiles: ['test/support/fast-check.ts'],
  },
});
