// checkSchema runs zod's interpreter for the first files of a run and its compiled checkers after
// (src/load/schema-findings.ts): both must give the same data and the same issues.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/model/case-schema.js';
import { parseYaml } from '../../src/load/parse-yaml.js';

const root = new URL('../../', import.meta.url).pathname;
const files = ['cases', 'examples', 'test/fixtures'].flatMap((dir) =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => join(entry.parentPath, entry.name)),
);

describe('the case schema, interpreted and compiled', () => {
  it.each(files.map((file) => [file.slice(root.length)]))('gives the same result on %s', (file) => {
    const parsed = parseYaml(readFileSync(join(root, file)));
    if (!parsed.ok) return;
    const interpreted = caseSchema.safeParse(parsed.data, { jitless: true });
    const compiled = caseSchema.safeParse(parsed.data, { jitless: false });
    expect(compiled.success).toBe(interpreted.success);
    expect(compiled.data).toEqual(interpreted.data);
    expect(compiled.error?.issues).toEqual(interpreted.error?.issues);
  });

  it('sees failures in the fixtures, so the comparison above covers issues too', () => {
    const failing = files.filter((file) => {
      const parsed = parseYaml(readFileSync(file));
      return parsed.ok && !caseSchema.safeParse(parsed.data).success;
    });
    expect(failing.length).toBeGreaterThan(5);
  });
});
