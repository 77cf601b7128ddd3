// Terminal rendering is linear in the text and never loses characters that take no width.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { renderTable } from '../../src/render/table.js';
import { bigCaseYaml } from '../helpers/big-case.js';
import { fakeIo } from '../helpers/fake-io.js';

describe('zero-width and combining characters', () => {
  const cells = ['CNIL\u00AD · FR', 'a\u200Bb\u200Bc · IT', 'Ελληνική\u0301 · GR', 'e\u0301e\u0301e\u0301 · NL', '漢字 · JP'];

  it.each([10, 14, 40])('keep every character and line up the borders at width %i', (width) => {
    const table = renderTable({ head: ['Authority', 'Note'], rows: cells.map((c) => [c, c]), width: width + 20 });
    for (const cell of cells) {
      // Wrapping may move a piece to the next line, never drop it.
      const text = table.replace(/[│┌┐└┘├┤┬┴┼─\s]/g, '');
      expect(text).toContain(cell.replace(/\s/g, ''));
    }
    expect(table).not.toContain('…');
    const widths = new Set(table.split('\n').map((line) => stringWidth(line)));
    expect(widths.size).toBe(1);
  });
});

describe('rendering time', () => {
  it('report <id>, timeline and deadlines on a 24 KB case file each render in seconds, not minutes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-big-'));
    try {
      await mkdir(join(dir, 'cases'));
      const yaml = bigCaseYaml();
      expect(yaml.length).toBeGreaterThan(23_000);
      await writeFile(join(dir, 'cases/big-case.yaml'), yaml);
      for (const argv of [['report', 'big-case'], ['timeline'], ['deadlines'], ['report']]) {
        const fake = fakeIo({ cwd: dir });
        const started = performance.now();
        expect(await run([...argv, ...(argv[0] === 'timeline' ? [] : ['--as-of', '2023-02-09'])], fake.io)).toBe(0);
        // Before: 55–100 s for report big-case. The bound leaves room for a loaded machine.
        expect(performance.now() - started).toBeLessThan(5_000);
        if (argv.length === 2 || argv[0] === 'timeline') expect(fake.out()).toContain('lorem9');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
