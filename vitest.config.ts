import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // two cores: browser tests and the bad-content builds each want one
    maxWorkers: 2,
    reporters: ['default'],
    // browser assertions poll; a loaded CI machine (2 cores) can take seconds to paint
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
