// validate in worker threads (the built binary: the worker script exists only in dist/) finds
// exactly what one thread finds, in the same order, on a set with every kind of finding.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCliAsync } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 120 copies of the bundled cases under their own ids, the bad and warning fixtures, a file
// whose id another file also uses, and one that is not YAML.
for (const name of readdirSync(join(ROOT, 'cases')).filter((file) => file.endsWith('.yaml'))) {
  const text = readFileSync(join(ROOT, 'cases', name), 'utf8');
  for (let copy = 0; copy < 20; copy += 1) {
    const id = `${name.replace(/\.yaml$/, '')}-${String(copy)}`;
    writeFileSync(join(dir, `${id}.yaml`), text.replace(/^id: .*$/m, `id: ${id}`));
  }
  copyFileSync(join(ROOT, 'cases', name), join(dir, `zz-${name}`));
}
for (const fixture of ['bad', 'warn']) {
  for (const name of readdirSync(join(ROOT, 'test/fixtures', fixture)).filter((file) => file.endsWith('.yaml'))) {
    copyFileSync(join(ROOT, 'test/fixtures', fixture, name), join(dir, `${fixture}-${name}`));
  }
}
writeFileSync(join(dir, 'broken.yaml'), 'dossier: 2\nid: [unclosed\n');

describe('validate --threads', () => {
  it('has its worker script in the bundle (without it, validate checks in one thread)', () => {
    expect(existsSync(join(ROOT, 'dist/validate-worker.cjs'))).toBe(true);
  });

  it('gives the same diagnostics, in the same order, in 1 and in 3 threads', async () => {
    const args = ['validate', dir, '--format', 'compact', '--as-of', '2026-12-03'];
    const [one, three, auto] = await Promise.all([
      runCliAsync([...args, '--threads', '1']),
      runCliAsync([...args, '--threads', '3']),
      runCliAsync(args),
    ]);
    expect(one.stdout.split('\n').length).toBeGreaterThan(100);
    expect(one.stdout).toContain('[id/duplicate]');
    expect(one.stdout).toContain('[yaml/');
    expect(three).toEqual(one);
    expect(auto).toEqual(one);
    expect(one.status).toBe(1);
  }, 120_000);

  // A thread that never lets the workers' answers in checks nearly every file itself: the output
  // is right and the workers idle (it happened: 2 of 10,000 files went to a worker).
  it('shares the files with its workers (--debug says how many they checked)', async () => {
    const many = mkdtempSync(join(tmpdir(), 'dossier-threads-many-'));
    try {
      const cases = readdirSync(join(ROOT, 'cases')).filter((file) => file.endsWith('.yaml'));
      for (let i = 0; i < 2000; i += 1) {
        const name = cases[i % cases.length] ?? '';
        const id = `${name.replace(/\.yaml$/, '')}-${String(i)}`;
        writeFileSync(join(many, `${id}.yaml`), readFileSync(join(ROOT, 'cases', name), 'utf8').replace(/^id: .*$/m, `id: ${id}`));
      }
      const args = ['validate', many, '--format', 'compact', '--as-of', '2026-12-03', '--debug'];
      const [one, three] = await Promise.all([runCliAsync([...args, '--threads', '1']), runCliAsync([...args, '--threads', '3'])]);
      expect(one.stderr).toContain('dossier: 0 of 2000 file(s) checked in worker threads');
      const inWorkers = Number(/dossier: (\d+) of 2000 file\(s\) checked in worker threads/.exec(three.stderr)?.[1] ?? -1);
      // More than the workers' first queues (2 × 32): their answers came back while files were read.
      expect(inWorkers).toBeGreaterThan(64);
      expect(three.stdout).toEqual(one.stdout);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  }, 120_000);

  it.each(['0', '65', 'two'])('refuses --threads %s', async (value) => {
    const result = await runCliAsync(['validate', '--threads', value]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("option '--threads <n>' argument");
  });
});
