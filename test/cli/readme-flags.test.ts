// The README documents every command and every flag that --help lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const commands = ['validate', 'schema', 'report', 'timeline', 'deadlines', 'due', 'fines', 'export'];

describe('the README documents', () => {
  it.each(commands)('dossier %s and each of its flags', async (command) => {
    expect(readme).toContain(`dossier ${command}`);
    const help = (await runInProcess([command, '--help'])).stdout;
    const flags = new Set([...help.matchAll(/--[a-z][a-z-]+/g)].map((m) => m[0]));
    const missing = [...flags].filter((flag) => flag !== '--help' && !readme.includes(flag));
    expect(missing).toEqual([]);
  });
});
