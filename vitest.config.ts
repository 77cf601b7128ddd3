import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Dates must not depend on the machine's zone; the time-zone property tests set TZ per process.
    env: { TZ: 'UTC', FORCE_COLOR: '0', NO_COLOR: '' },
    testTimeout: 20000,
  },
});
