// The checks validate's main thread makes on a later turn of the event loop, when the workers are busy.
import { describe, expect, it, vi } from 'vitest';
import { checkOnLaterTurn } from '../../src/cli/validate-pool.js';

vi.mock('../../src/cli/check-file.js', () => ({
  checkFile: (file: string) => {
    if (file === 'broken.yaml') throw new Error('a bug in a check');
    return { diagnostics: [] };
  },
}));

describe('checkOnLaterTurn', () => {
  it('answers with the check of the file', async () => {
    await expect(checkOnLaterTurn('good.yaml', new Uint8Array(), undefined)).resolves.toEqual({ diagnostics: [] });
  });

  it('rejects when the check throws, so that validate reports an internal error instead of crashing', async () => {
    const uncaught = vi.fn();
    process.on('uncaughtException', uncaught);
    try {
      await expect(checkOnLaterTurn('broken.yaml', new Uint8Array(), undefined)).rejects.toThrow('a bug in a check');
    } finally {
      process.off('uncaughtException', uncaught);
    }
    expect(uncaught).not.toHaveBeenCalled();
  });
});
