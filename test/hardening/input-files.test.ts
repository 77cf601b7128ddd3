// Every file dossier reads (case files, --rates, --holidays) goes through one bounded reader:
// never a FIFO or a device, never more than a set size, strict UTF-8; and a run reads a bounded
// total across its files.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { readInputs } from '../../src/load/read-inputs.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT } from '../helpers/run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-inputs-'));
  expect(spawnSync('mkfifo', [join(dir, 'fifo.csv')]).status).toBe(0);
  await writeFile(join(dir, 'latin1.csv'), Buffer.from('jurisdiction,date,name\nFR,2024-05-02,F\xeate\n', 'latin1'));
  await writeFile(join(dir, 'huge.csv'), '');
  await truncate(join(dir, 'huge.csv'), 40 * 1024 * 1024); // sparse: no 40 MB written
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const attempt = async (...argv: string[]) => {
  const fake = fakeIo({ cwd: ROOT });
  const started = performance.now();
  const code = await run(argv, fake.io);
  return { code, err: fake.err(), ms: performance.now() - started };
};

describe('--rates and --holidays', () => {
  it.each([
    ['--rates', 'fifo.csv', 'not a regular file'],
    ['--holidays', 'fifo.csv', 'not a regular file'],
    ['--rates', '/dev/zero', 'not a regular file'],
    ['--holidays', '/dev/zero', 'not a regular file'],
    ['--holidays', 'latin1.csv', 'is not valid UTF-8'],
    ['--rates', 'huge.csv', 'at most 33554432 are read'],
    ['--rates', 'missing.csv', 'no such file'],
    ['--rates', '/tmp', 'not a regular file (a directory, device, FIFO or socket)'],
  ])('%s %s: exit 2 at once, naming the file (%s)', async (flag, name, reason) => {
    const file = name.startsWith('/') ? name : join(dir, name);
    const { code, err, ms } = await attempt('fines', '--as-of', '2023-02-09', flag, file);
    expect(code).toBe(2);
    expect(err).toContain(`file ${file}: `);
    expect(err).toContain(reason);
    expect(err.split('\n')).toHaveLength(2);
    expect(ms).toBeLessThan(5_000);
  });

  it('due --holidays /dev/zero is refused too', async () => {
    const { code, err } = await attempt('due', '2022-10-18', '2 months', '-j', 'FR', '--holidays', '/dev/zero');
    expect(code).toBe(2);
    expect(err).toContain('not a regular file');
  });
});

describe('the total read in one run', () => {
  it('files past the budget get file/total-too-large and are not read (fixture)', () => {
    const { files, diagnostics } = readInputs(['test/fixtures/total-too-large'], ROOT, 1000);
    expect(files.map((f) => f.file)).toEqual(['test/fixtures/total-too-large/case-a.yaml']);
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['test/fixtures/total-too-large/case-b.yaml', 'file/total-too-large'],
      ['test/fixtures/total-too-large/case-c.yaml', 'file/total-too-large'],
    ]);
  });

  it('the default budget reads the fixture in full', () => {
    const { files, diagnostics } = readInputs(['test/fixtures/total-too-large'], ROOT);
    expect(files).toHaveLength(3);
    expect(diagnostics).toEqual([]);
  });
});

describe('directories and names', () => {
  const bundled = join(ROOT, 'cases/ico-clearview-ai.yaml');

  it('a directory given through a symbolic link is read (the user named it); a link to a file outside inside it is not', async () => {
    const real = join(dir, 'real-cases');
    await mkdir(real, { recursive: true });
    await copyFile(bundled, join(real, 'ico-clearview-ai.yaml'));
    await symlink(real, join(dir, 'linked-cases'));
    await symlink(join(ROOT, 'cases/cnil-clearview-ai.yaml'), join(real, 'cnil-clearview-ai.yaml'));
    const fake = fakeIo({ cwd: dir });
    expect(await run(['validate', 'linked-cases', '--format', 'compact'], fake.io)).toBe(2);
    expect(fake.out()).toContain('linked-cases/cnil-clearview-ai.yaml:1:1: error the file is a link to');
    expect(fake.out()).not.toContain('linked-cases/ico-clearview-ai.yaml');
    const report = fakeIo({ cwd: dir });
    await rm(join(real, 'cnil-clearview-ai.yaml'));
    expect(await run(['report', '--cases', 'linked-cases', '--as-of', '2023-02-09'], report.io)).toBe(0);
    expect(report.out()).toContain('ICO');
  });

  it('a file name that is not UTF-8 is read and named with its bytes escaped, not reported missing', async () => {
    const names = join(dir, 'names');
    await mkdir(names, { recursive: true });
    await writeFile(Buffer.concat([Buffer.from(`${names}/bad`), Buffer.from([0xff]), Buffer.from('.yaml')]), await readFile(bundled));
    const fake = fakeIo({ cwd: dir });
    expect(await run(['validate', 'names', '--format', 'compact'], fake.io)).toBe(1);
    expect(fake.out()).toContain('names/bad\\xFF.yaml:3:5: error the case id is "ico-clearview-ai" but the file is named "bad\\xFF"');
    expect(fake.out()).not.toContain('file/not-found');
  });

  it('a link whose name is not UTF-8 is followed inside the tree and refused outside it, not reported missing', async () => {
    const links = join(dir, 'links-not-utf8');
    await mkdir(links, { recursive: true });
    await copyFile(bundled, join(links, 'ico-clearview-ai.yaml'));
    const named = (stem: string) => Buffer.concat([Buffer.from(`${links}/${stem}`), Buffer.from([0xff]), Buffer.from('.yaml')]);
    await symlink('ico-clearview-ai.yaml', named('inside'));
    await symlink('/etc/hostname', named('outside'));
    for (const command of [
      ['validate', 'links-not-utf8'],
      ['validate', 'links-not-utf8', '--threads', '1'],
    ]) {
      const fake = fakeIo({ cwd: dir });
      await run([...command, '--format', 'compact'], fake.io);
      expect(fake.out()).toContain(
        'links-not-utf8/inside\\xFF.yaml:3:5: error the case id is "ico-clearview-ai" but the file is named "inside\\xFF"',
      );
      expect(fake.out()).toContain(
        'links-not-utf8/outside\\xFF.yaml:1:1: error the file is a link to /etc/hostname, outside the working directory',
      );
      expect(fake.out()).not.toContain('file/not-found');
    }
  });
});
