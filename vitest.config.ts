import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Dates must not depend on the machine's zone; the time-zone property tests set TZ per process.
    env: { TZ: 'UTC', FORCE_COLOR: '0', NO_COLOR: '' },
    testTimeout: 20000,
    // One worker per core: the default leaves one core to the main process, which mostly waits
    // (on 2 cores that means a single worker).
    maxWorkers: availableParallelism(),
    // Test files share a worker process instead of each starting a fresh one (the start-up was
    // a third of the run). This is safe because no test mocks modules or leaves global state
    // behind: the two tests that change process.env.TZ restore it in a finally block.
    isolate: false,
  },
});
