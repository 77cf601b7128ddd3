// The two example proceedings in French: the same commands as examples-golden.test.ts with
// --locale fr, as of the day after the DPC decision and as of 2 December 2026. The legal content
// is the English goldens'; these pin the wording, and test/render/no-english-in-french.test.ts
// searches them for English UI words.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

const DAYS = ['2023-05-13', '2026-12-02'] as const;

async function dossier(args: readonly string[], asOf: string): Promise<string> {
  const { status, stdout, stderr } = await runInProcess([...args, '--cases', 'examples', '--as-of', asOf, '--no-color', '--locale', 'fr'], {
    env: { COLUMNS: '120' },
  });
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return stdout;
}

describe('the examples in French', () => {
  it.each(DAYS)('as of %s: report, details, fines, deadlines and the Markdown and HTML exports', async (asOf) => {
    const parts: string[] = [];
    for (const args of [['report'], ['report', 'cnpd-amazon-europe-core', 'dpc-meta-platforms-ireland'], ['fines'], ['deadlines']]) {
      parts.push(`$ dossier ${args.join(' ')} --cases examples --as-of ${asOf} --locale fr\n\n${await dossier(args, asOf)}`);
    }
    const text = parts.join('\n');
    await expect(text).toMatchFileSnapshot(`../golden/examples/${asOf}-fr.txt`);
    expect(text).toContain('Calcul');
    for (const format of ['md', 'html'] as const) {
      await expect(await dossier(['export', '--format', format], asOf)).toMatchFileSnapshot(`../golden/examples/export-${asOf}-fr.${format}`);
    }
  });
});
