// export --output never replaces anything but a regular file, never a case file unless asked,
// keeps the replaced file's mode, and leaves no temp file behind, even when interrupted.
import { spawn, spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, utimes, writeFile, lstat } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { sweepStaleTempFiles, tempNameFor } from '../../src/cli/temp-files.js';
import { writeOutputFile } from '../../src/cli/write-output.js';
import { fakeIo } from '../helpers/fake-io.js';
import { BIN, ROOT, hasStackTrace } from '../helpers/run-cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-out-'));
  await cp(join(ROOT, 'cases'), join(dir, 'cases'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const exportTo = async (output: string, ...flags: string[]) => {
  const fake = fakeIo({ cwd: dir });
  const code = await run(['export', '--format', 'md', '--as-of', '2023-02-09', '-o', output, ...flags], fake.io);
  return { code, err: fake.err() };
};
const tempFiles = async (where = dir) => (await readdir(where)).filter((name) => name.endsWith('.tmp'));

describe('export --output refuses what is not a regular file', () => {
  it('a FIFO, with or without --force, is left a FIFO and never opened', async () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const flags of [[], ['--force']]) {
      const { code, err } = await exportTo('pipe', ...flags);
      expect(code).toBe(2);
      expect(err).toMatch(/^dossier: cannot write .*pipe: it is a FIFO \(named pipe\); only a regular file is ever replaced\n$/);
    }
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('a link to a device (/dev/null, as /dev/stdout is) keeps the link and the device', async () => {
    await symlink('/dev/null', join(dir, 'out.md'));
    const { code, err } = await exportTo('out.md', '--force');
    expect(code).toBe(2);
    expect(err).toContain('it is a device');
    expect(await readlink(join(dir, 'out.md'))).toBe('/dev/null');
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
  });

  it('a device node itself (made with mknod where allowed) is not replaced', async () => {
    const node = join(dir, 'full');
    if (spawnSync('mknod', [node, 'c', '1', '7']).status !== 0) return; // not root: the link test covers it
    const { code } = await exportTo('full', '--force');
    expect(code).toBe(2);
    expect((await lstat(node)).isCharacterDevice()).toBe(true);
  });

  it('a name ending in a slash is refused, not written as a file', async () => {
    const { code, err } = await exportTo('newdir/');
    expect(code).toBe(2);
    expect(err).toContain('ends in a directory separator');
    expect(await readdir(dir)).toEqual(['cases']);
  });

  it('a name of 255 bytes is written: the temp name does not grow with it', async () => {
    const name = `${'a'.repeat(250)}.json`;
    expect((await exportTo(name, '--format', 'json')).code).toBe(0);
    expect((await readFile(join(dir, name), 'utf8')).startsWith('{')).toBe(true);
    // The Markdown export's picture, FILE.timeline.svg, is the longer name: 255 bytes is written.
    const stem = 'b'.repeat(255 - '.timeline.svg'.length);
    expect((await exportTo(`${stem}.md`)).code).toBe(0);
    expect((await readFile(join(dir, `${stem}.timeline.svg`), 'utf8')).startsWith('<?xml')).toBe(true);
    expect(await tempFiles()).toEqual([]);
  });

  it('a Markdown name whose picture name would be too long is refused, and nothing is written', async () => {
    const { code, err } = await exportTo(`${'a'.repeat(252)}.md`);
    expect(code).toBe(2);
    expect(err).toMatch(/^dossier: cannot write .*a\.timeline\.svg: the file name is too long\n$/);
    expect(await readdir(dir)).toEqual(['cases']);
  });
});

describe('export --output protects case files', () => {
  it.each([['cases/cnil-clearview-ai.yaml'], ['cases/notes.md'], ['report.yaml'], ['report.YML']])(
    'refuses %s even with --force',
    async (target) => {
      const before = await readFile(join(dir, 'cases/cnil-clearview-ai.yaml'), 'utf8');
      const { code, err } = await exportTo(target, '--force');
      expect(code).toBe(2);
      expect(err).toContain('--force-case-file');
      expect(await readFile(join(dir, 'cases/cnil-clearview-ai.yaml'), 'utf8')).toBe(before);
      expect(await readdir(join(dir, 'cases'))).not.toContain('notes.md');
    },
  );

  it('refuses a link that leads into the cases directory', async () => {
    await symlink(join(dir, 'cases/cnil-clearview-ai.yaml'), join(dir, 'out.md'));
    expect((await exportTo('out.md', '--force')).code).toBe(2);
    expect(await readFile(join(dir, 'cases/cnil-clearview-ai.yaml'), 'utf8')).toContain('dossier: 2');
  });

  it('writes there with --force-case-file', async () => {
    expect((await exportTo('cases/notes.md', '--force-case-file')).code).toBe(0);
  });
});

describe('export --output --force keeps what it replaces', () => {
  it("keeps a chmod 600 file's mode", async () => {
    const target = join(dir, 'private.md');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    expect((await exportTo('private.md', '--force')).code).toBe(0);
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readFile(target, 'utf8')).not.toBe('old');
  });
});

describe('temp files', () => {
  it('sweeps only stale files of its own name shape, owned by the user', async () => {
    const now = Date.now();
    const old = new Date(now - 2 * 60 * 60_000);
    const mine = tempNameFor(dir, 999_999);
    const fresh = tempNameFor(dir, 999_998);
    const alive = tempNameFor(dir, process.pid);
    const foreign = join(dir, '.out.md.0123456789ab.tmp');
    for (const f of [mine, fresh, alive, foreign]) await writeFile(f, 'x');
    for (const f of [mine, alive, foreign]) await utimes(f, old, old);
    await symlink(join(dir, 'cases'), tempNameFor(dir, 999_997));
    const removed = await sweepStaleTempFiles(dir, { now, uid: process.getuid?.(), isAlive: (pid) => pid === process.pid });
    // An hour-old file is stale even when its pid is alive (a reused pid); a fresh one is not.
    expect(removed.sort()).toEqual([alive, mine].sort());
    expect((await readdir(dir)).length).toBe(4);
  });

  it('a failed write leaves no temp file', async () => {
    await mkdir(join(dir, 'ro'));
    await writeFile(join(dir, 'ro', 'out.md'), 'old');
    await expect(writeOutputFile(join(dir, 'ro', 'out.md'), 'new', { force: false })).rejects.toThrow(/already exists/);
    expect(await tempFiles(join(dir, 'ro'))).toEqual([]);
  });
});

describe('an export interrupted while writing (spawned binary)', () => {
  // The preload stalls the export once its temp file is open, so the signal lands mid-write.
  const stall = fileURLToPath(new URL('../helpers/stall-temp-write.mjs', import.meta.url));
  // Concurrent: each spawn mostly waits for Node to start.
  it.concurrent.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('removes its temp file on %s and ends by that signal (a shell reports %i)', async (signal, status) => {
    // A directory of its own: the concurrent tests must not see each other's temp files.
    const own = await mkdtemp(join(tmpdir(), 'dossier-signal-'));
    await cp(join(ROOT, 'cases'), join(own, 'cases'), { recursive: true });
    const child = spawn(process.execPath, ['--import', stall, BIN, 'export', '--format', 'md', '-o', 'out.md'], {
      cwd: own,
      env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC' },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        if (stderr.includes('STALLED')) resolve();
      }),
    );
    expect(await tempFiles(own)).toHaveLength(1);
    const exited = new Promise<{ code: number | null; by: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, by) => resolve({ code, by })),
    );
    child.kill(signal);
    expect(await exited).toEqual({ code: null, by: signal });
    expect(128 + constants.signals[signal]).toBe(status);
    expect(await tempFiles(own)).toEqual([]);
    expect(await readdir(own)).toEqual(['cases']);
    expect(hasStackTrace(stderr)).toBe(false);
    await rm(own, { recursive: true, force: true });
  });
});
