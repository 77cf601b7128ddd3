// Input a user can give is never "a bug in dossier" (exit 3): a usage error (exit 2) or a result
// that says what could not be computed.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { renderIcsExport } from '../../src/render/export/ics.js';
import { bundledDossier } from '../helpers/dossier.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT } from '../helpers/run-cli.js';

const attempt = async (argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}) => {
  const fake = fakeIo({ cwd: options.cwd ?? ROOT, env: options.env ?? {} });
  const code = await run(argv, fake.io);
  return { code, out: fake.out(), err: fake.err() };
};

describe('due', () => {
  it.each([
    [['9999-12-31', '1 day', '-j', 'FR'], 'ends after 9999-12-31'],
    [['2022-01-01', '9999 years', '-j', 'FR'], 'ends after 9999-12-31'],
    // The holiday tables end in 2060: the year itself is refused first, as a usage error too.
    [['9999-12-30', '10 working days', '-j', 'GB'], 'no holiday data for GB in 9999'],
    [['2022-10-17', '10 working days', '-j', 'FR', '--franc'], 'does not apply to a period of working days'],
  ])('due %j is a usage error', async (args, message) => {
    const { code, err } = await attempt(['due', ...args]);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});

describe('TZ', () => {
  it.each([':UTC', ':Europe/Paris', 'EST5EDT', 'Asia/Kolkata', '', ':'])(
    'TZ=%j is accepted (empty, or ":" alone: the system zone)',
    async (tz) => {
      expect((await attempt(['report'], { env: { TZ: tz } })).code).toBe(0);
    },
  );

  it.each(['Foo/Bar', '::UTC', '/usr/share/zoneinfo/UTC', '\u001b]52;c;aGk=\u0007'])('TZ=%j is a usage error naming TZ', async (tz) => {
    const { code, err } = await attempt(['report'], { env: { TZ: tz } });
    expect(code).toBe(2);
    expect(err).toMatch(/^dossier: TZ=.* is not a time zone/);
    expect(err).not.toContain('\u001b');
  });
});

const caseWithPenalty = (id: string, daily: string, liquidations: string[]) => `dossier: 2
id: ${id}
title: Large penalty
status: open
authority: { short: AP, name: Autoriteit Persoonsgegevens, country: NL }
jurisdiction: NL
law: GDPR
respondents: [{ name: Example B.V., country: NL }]
sources:
  - { id: decision-text, title: Decision text, url: https://example.org/decision }
events:
  - { id: decision, date: 2024-03-01, kind: decision, summary: The decision, sources: [decision-text] }
  - { id: liq, date: 2024-06-01, kind: liquidation, summary: Liquidation, sources: [decision-text] }
measures:
  - id: order
    kind: order
    decision: decision
    summary: Delete data
    orders: [delete-data]
    due: { period: 2 weeks, from: decision }
    penalty:
      per: day
      amount: "${daily}"
      currency: EUR
      payable-by: liquidation
      liquidations:
${liquidations.map((amount) => `        - { event: liq, from: 2024-03-16, to: 2024-05-16, amount: "${amount}" }`).join('\n')}
    sources: [decision-text]
`;

describe('amounts past 2^53 minor units', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-large-'));
    await mkdir(join(dir, 'cases'));
    // Days × rate past 2^53; liquidations that add up past it; two cases whose totals do.
    await writeFile(join(dir, 'cases/rate.yaml'), caseWithPenalty('rate', '40000000000000', ['1000']));
    await writeFile(join(dir, 'cases/sum.yaml'), caseWithPenalty('sum', '1000', ['40000000000000', '40000000000000', '40000000000000']));
    await writeFile(join(dir, 'cases/total-a.yaml'), caseWithPenalty('total-a', '1000', ['80000000000000']));
    await writeFile(join(dir, 'cases/total-b.yaml'), caseWithPenalty('total-b', '1000', ['80000000000000']));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['report'],
    ['report', 'rate', 'sum'],
    ['deadlines'],
    ['fines'],
    ['fines', '--json'],
    ['export', '--format', 'json'],
    ['export', '--format', 'csv'],
    ['export', '--format', 'md'],
    ['export', '--format', 'ics'],
  ])('dossier %s reports what it cannot compute and exits 0', async (...argv) => {
    const { code, out, err } = await attempt([...argv, '--as-of', '2024-06-10'], { cwd: dir });
    expect(err).toBe('');
    expect(code).toBe(0);
    if (argv.includes('json')) expect(out).toContain('cannot be computed exactly');
    if (argv[0] === 'fines' && argv.includes('--json')) expect(out).toContain('total-b/order: left out: the total would pass 2^53');
  });
});

describe('the calendar export', () => {
  it('a deadline on 9999-12-31 is a one-day event without DTEND', () => {
    const view = bundledDossier('2023-02-09');
    const first = view.cases.find((c) => c.case.id === 'cnil-clearview-ai');
    if (!first) throw new Error('no bundled case');
    const rest = view.cases.filter((c) => c !== first);
    const deadlines = first.deadlines.map((d, i) => (i === 0 ? { ...d, end: '9999-12-31' } : d));
    const ics = renderIcsExport({ ...view, cases: [{ ...first, deadlines }, ...rest] }, { stamp: '2023-02-09' });
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('DTSTART;VALUE=DATE:99991231')) ?? '';
    expect(event).not.toBe('');
    expect(event).not.toContain('DTEND');
  });
});
