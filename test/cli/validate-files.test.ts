// validate checks one file at a time and keeps only diagnostics and id places: the same findings
// as loading every case, ids still compared across files, and no budget on a run's total bytes.
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAll } from '../../src/cli/case-set.js';
import { checkFiles, MAX_KEPT_BYTES } from '../../src/cli/validate-files.js';
import type { FileCache, FileRead } from '../../src/cli/validate-cache.js';
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES } from '../../src/load/read-inputs.js';
import { ROOT } from '../helpers/run-cli.js';
import { fakeIo } from '../helpers/fake-io.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-validate-'));
  dirs.push(dir);
  return dir;
}

describe('checkFiles', () => {
  it.each([['cases'], ['test/fixtures/bad'], ['test/fixtures/warn'], ['test/fixtures/good']])(
    'finds in %s exactly what loading every case finds',
    async (dir) => {
      const { io } = fakeIo({ cwd: ROOT });
      const streamed = await checkFiles(io, [dir], { today: '2026-12-03' });
      const loaded = loadAll(io, [dir], '2026-12-03');
      expect(streamed.diagnostics.length).toBeGreaterThan(0);
      expect(streamed).toEqual({ diagnostics: loaded.diagnostics, filesRead: loaded.filesRead, checkedInWorkers: 0 });
    },
  );

  it('still reports a case id used by two files, at the id of the later one', async () => {
    const dir = tempDir();
    const text = readFileSync(join(ROOT, 'cases/dsb-clearview-ai.yaml'), 'utf8');
    writeFileSync(join(dir, 'dsb-clearview-ai.yaml'), text);
    writeFileSync(join(dir, 'copy.yaml'), text);
    const { diagnostics } = await checkFiles(fakeIo({ cwd: dir }).io, ['.'], { today: '2026-12-03' });
    const duplicate = diagnostics.filter((d) => d.code === 'id/duplicate');
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]).toMatchObject({
      file: 'dsb-clearview-ai.yaml',
      message: 'case id "dsb-clearview-ai" is already used by copy.yaml',
    });
  });

  it('reads every file whatever their total size (the data commands stop at 32 MiB; validate keeps none)', async () => {
    const dir = tempDir();
    const count = Math.ceil(MAX_TOTAL_BYTES / MAX_FILE_BYTES) + 2;
    // Not UTF-8 from the first byte: each file is rejected at once, so the test stays quick.
    const notUtf8 = Buffer.alloc(MAX_FILE_BYTES, 0xff);
    for (let i = 0; i < count; i += 1) writeFileSync(join(dir, `case-${String(i).padStart(2, '0')}.yaml`), notUtf8);
    const { diagnostics, filesRead } = await checkFiles(fakeIo({ cwd: dir }).io, ['.'], { today: undefined });
    expect(filesRead).toBe(count);
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['file/encoding']));
    expect(diagnostics).toHaveLength(count);
  });

  it('checks a changed file from the bytes the cache compared, read once (up to 8 MiB of them)', async () => {
    const dir = tempDir();
    for (const name of ['dsb-clearview-ai.yaml', 'ico-clearview-ai.yaml'])
      writeFileSync(join(dir, name), readFileSync(join(ROOT, 'cases', name)));
    writeFileSync(join(dir, 'big-1.yaml'), Buffer.alloc(MAX_FILE_BYTES, 0xff));
    const { cache, remembered, reread } = staleCache();
    const { io } = fakeIo({ cwd: dir });
    const cached = await checkFiles(io, ['.'], { today: '2026-12-03', cache });
    expect(cached).toEqual(await checkFiles(io, ['.'], { today: '2026-12-03' }));
    expect(remembered.sort()).toEqual(['big-1.yaml', 'dsb-clearview-ai.yaml', 'ico-clearview-ai.yaml']);
    expect(reread).toEqual([]);
  });

  it('reads a changed file again when the cache pass has already kept 8 MiB of others', async () => {
    const dir = tempDir();
    const notUtf8 = Buffer.alloc(MAX_FILE_BYTES, 0xff);
    const kept = MAX_KEPT_BYTES / MAX_FILE_BYTES;
    const count = kept + 2;
    for (let i = 0; i < count; i += 1) writeFileSync(join(dir, `case-${String(i).padStart(2, '0')}.yaml`), notUtf8);
    const { cache, reread } = staleCache();
    const { filesRead } = await checkFiles(fakeIo({ cwd: dir }).io, ['.'], { today: undefined, cache });
    expect(filesRead).toBe(count);
    expect(reread.sort()).toEqual([`case-${String(kept).padStart(2, '0')}.yaml`, `case-${String(kept + 1).padStart(2, '0')}.yaml`]);
  });
});

/**
 * A cache with an entry for every file that no longer matches it, so that each file is read to be
 * hashed: `remembered` lists the files checked and `reread` those whose check got other bytes than
 * the ones compared.
 */
function staleCache(): { cache: FileCache; remembered: string[]; reread: string[] } {
  const compared = new Map<string, FileRead>();
  const remembered: string[] = [];
  const reread: string[] = [];
  const cache: FileCache = {
    has: () => true,
    lookupStat: () => undefined,
    lookup: (file, read) => (compared.set(file, read), undefined),
    remember: (file, read) => {
      remembered.push(file);
      if (!compared.has(file) || read !== compared.get(file)) reread.push(file);
    },
    save: () => Promise.resolve(),
  };
  return { cache, remembered, reread };
}
