// How many threads validate checks in, and the checks its main thread makes on a later turn of the event loop when the workers are busy.
import { describe, expect, it, vi } from 'vitest';
import { availableParallelism } from 'node:os';
import { MIN_FILES_FOR_WORKERS, onLaterTurn, threadCount } from '../../src/cli/validate-pool.js';

describe('threadCount', () => {
  it.each([
    [1, undefined, 1],
    [MIN_FILES_FOR_WORKERS - 1, undefined, 1],
    [MIN_FILES_FOR_WORKERS, undefined, Math.min(availableParallelism(), 8)],
    [10, 3, 3],
    [100_000, 1, 1],
  ])('%i files with --threads %s: %i', (files, option, threads) => {
    expect(threadCount(files, option)).toBe(threads);
  });
});

describe('onLaterTurn', () => {
  it('answers with the check, on a later turn', async () => {
    let ran = false;
    const answer = onLaterTurn(() => {
      ran = true;
      return { diagnostics: [] };
    });
    expect(ran).toBe(false);
    await expect(answer).resolves.toEqual({ diagnostics: [] });
    expect(ran).toBe(true);
  });

  it('rejects when the check throws, so that validate reports an internal error instead of crashing', async () => {
    const uncaught = vi.fn();
    process.on('uncaughtException', uncaught);
    try {
      const answer = onLaterTurn(() => {
        throw new Error('a bug in a check');
      });
      await expect(answer).rejects.toThrow('a bug in a check');
    } finally {
      process.off('uncaughtException', uncaught);
    }
    expect(uncaught).not.toHaveBeenCalled();
  });
});
