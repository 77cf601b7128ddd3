import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJsonSchema } from '../../src/model/json-schema.js';
import { loadCase } from '../../src/load/load-case.js';

const CASES = new URL('../../cases/', import.meta.url);

describe('the JSON Schema', () => {
  it('committed in cases/ is the one the code generates (run `dossier schema > cases/dossier.schema.json`)', () => {
    expect(readFileSync(new URL('dossier.schema.json', CASES), 'utf8')).toBe(renderJsonSchema());
  });

  it('is draft-07 and closed to unknown keys', () => {
    const schema = JSON.parse(renderJsonSchema()) as Record<string, unknown>;
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema['additionalProperties']).toBe(false);
    expect(schema['required']).toEqual(
      expect.arrayContaining(['dossier', 'id', 'title', 'authority', 'jurisdiction', 'sources', 'events']),
    );
  });
});

describe('the bundled cases', () => {
  const files = readdirSync(CASES).filter((f) => f.endsWith('.yaml'));

  it('are the four seed cases', () => {
    expect(files.sort()).toEqual([
      'cnil-clearview-ai.yaml',
      'garante-clearview-ai.yaml',
      'hdpa-clearview-ai.yaml',
      'ico-clearview-ai.yaml',
    ]);
  });

  it.each(files)('%s is valid, with no warning', (file) => {
    const result = loadCase(`cases/${file}`, readFileSync(new URL(file, CASES)));
    expect(result.diagnostics).toEqual([]);
    expect(result.loaded?.case.id).toBe(file.replace(/\.yaml$/, ''));
  });

  it.each(files)('%s points editors at the schema in its first line', (file) => {
    expect(readFileSync(new URL(file, CASES), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./dossier.schema.json');
  });
});
