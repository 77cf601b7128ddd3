// The README is the contract with a newcomer: its example case must be valid as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../src/load/load-case.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('starts with the two set-up lines', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('#')[0]!.trim());
    expect(commands).toEqual(['npm ci && npx dossier report', 'npm ci && npm test']);
  });

  it('holds a complete example case that validates without a problem', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const { diagnostics, loaded } = loadCase('cnil-example-sas.yaml', new TextEncoder().encode(example), { today: '2026-12-02' });
    expect(diagnostics).toEqual([]);
    const c = loaded!.case;
    expect(c.measures?.map((m) => m.kind)).toEqual(['order', 'fine', 'order', 'reprimand']);
    expect([c.findings?.length, c.deadlines?.length, c.appeals?.length, c.notes?.length]).toEqual([1, 1, 1, 1]);
  });

  it('every yaml block is a case file that validates (a fine above the fixed maximum with no turnover only warns)', () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) {
      const id = /^id: (\S+)/m.exec(block)?.[1] ?? '';
      const { diagnostics, loaded } = loadCase(`${id}.yaml`, new TextEncoder().encode(block), { today: '2026-12-02' });
      expect(loaded).toBeDefined();
      expect(diagnostics.filter((d) => d.code !== 'money/cap-needs-turnover' && d.code !== 'source/unused')).toEqual([]);
    }
  });

  it('documents every key of the format', async () => {
    const { knownKeys } = await import('../../src/model/json-schema.js');
    const missing = [...knownKeys()].filter(
      (key) => !new RegExp(`^\\s*(?:# ?)?\\s*(?:- )?(?:\\{ )?${key}:|[{,] ${key}:`, 'm').test(readme),
    );
    expect(missing).toEqual([]);
  });
});

describe('the README sample of dossier report', () => {
  it('is the real output (the golden file of the 80-column overview)', () => {
    const golden = readFileSync(new URL('../golden/overview-2023-02-09-en-80.txt', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`text\n${golden.replace(/\n+$/, '')}\n\`\`\``);
  });
});

describe('the README table of checks', () => {
  it('names every diagnostic code', async () => {
    const { allCodes } = await import('../../src/diagnostics/codes.js');
    expect(allCodes.filter((code) => !readme.includes(`\`${code}\``))).toEqual([]);
  });
});
