// Vitest: one project per cost of test, by folder (README, "Tests"). `npm run test:unit` runs `unit` (no build
// needed), `npm run test:build` runs `build` (reads dist/ or runs its own builds), `npm run test:e2e` runs `e2e`
// (dist/ and Chromium); `npm test` (scripts/test.sh) builds and runs them in that order.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // two cores: browser tests and the bad-content builds each want one
    maxWorkers: 2,
    reporters: ['default'],
    // browser assertions poll; a loaded CI machine (2 cores) can take seconds to paint
    expect: { poll: { timeout: 10_000, interval: 100 } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'] } },
    ],
  },
});
