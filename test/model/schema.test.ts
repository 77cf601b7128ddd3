import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJsonSchema } from '../../src/model/json-schema.js';
import { loadCase } from '../../src/load/load-case.js';

const CASES = new URL('../../cases/', import.meta.url);

describe('the JSON Schema', () => {
  it('committed in cases/ is the one the code generates (run `npm run schema`)', () => {
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

  it('are the seven European proceedings against Clearview AI', () => {
    expect(files.sort()).toEqual([
      'ap-clearview-ai.yaml',
      'cnil-clearview-ai.yaml',
      'dsb-clearview-ai.yaml',
      'garante-clearview-ai.yaml',
      'hdpa-clearview-ai.yaml',
      'hmbbfdi-clearview-ai.yaml',
      'ico-clearview-ai.yaml',
    ]);
  });

  // The AP fine is above the fixed Art. 83(5) maximum and no turnover is public: a warning, by design.
  const expectedWarnings: Record<string, string[]> = { 'ap-clearview-ai.yaml': ['money/cap-needs-turnover'] };
  it.each(files)('%s is valid, with no warning but those the record calls for', (file) => {
    const result = loadCase(`cases/${file}`, readFileSync(new URL(file, CASES)), { today: '2026-12-02' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(expectedWarnings[file] ?? []);
    expect(result.loaded?.case.id).toBe(file.replace(/\.yaml$/, ''));
  });

  it.each(files)('%s points editors at the schema in its first line', (file) => {
    expect(readFileSync(new URL(file, CASES), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./dossier.schema.json');
  });
});
