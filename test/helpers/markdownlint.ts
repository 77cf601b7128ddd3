// markdownlint with its default configuration (every rule, MD013 at 80 columns), as a library for
// strings and as the markdownlint-cli2 command on a written file, run where no configuration file
// can be found, so that the defaults are really what is checked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { ROOT } from './run-cli.js';

const CLI2 = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

/** Each problem as "line: RULE/alias detail". */
export function lintDefaults(markdown: string): string[] {
  return (lint({ strings: { md: markdown } })['md'] ?? []).map(
    (e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription} ${e.errorDetail ?? ''}`,
  );
}

/** markdownlint-cli2 on files written in a fresh directory under the system temp dir (name → content). */
export function lintFilesWithCli2(files: Readonly<Record<string, string>>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-mdlint-'));
  for (const [name, markdown] of Object.entries(files)) writeFileSync(join(dir, name), markdown);
  const result = spawnSync(process.execPath, [CLI2, ...Object.keys(files)], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export function lintFileWithCli2(markdown: string, name = 'export.md'): { status: number | null; output: string } {
  return lintFilesWithCli2({ [name]: markdown });
}
