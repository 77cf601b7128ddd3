// The two example proceedings (examples/), CNPD v. Amazon Europe Core and DPC v. Meta Platforms
// Ireland, rendered by every command that reports on them, as of the day after each decision and
// as of 2 December 2026. Each golden was read and checked by hand against the facts and the law
// (examples/README.md gives the expected answers); the assertions below pin the figures that
// matter, so that a regenerated golden cannot quietly carry a wrong one.
import { describe, expect, it } from 'vitest';
import { lintDefaults, lintFilesWithCli2 } from '../helpers/markdownlint.js';
import { runInProcess } from '../helpers/run-in-process.js';

const CNPD = 'cnpd-amazon-europe-core';
const DPC = 'dpc-meta-platforms-ireland';

/** The day after each decision, and today. */
const DAYS = {
  'cnpd-decision': '2021-07-16',
  'edpb-binding-decision': '2023-04-14',
  'dpc-decision': '2023-05-13',
  'tribunal-judgment': '2025-03-19',
  'cour-administrative-judgment': '2026-03-13',
  today: '2026-12-02',
} as const;

async function dossier(args: readonly string[], asOf: string): Promise<string> {
  const { status, stdout, stderr } = await runInProcess([...args, '--cases', 'examples', '--as-of', asOf, '--no-color'], {
    env: { COLUMNS: '120' },
  });
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return stdout;
}

async function textReport(asOf: string): Promise<string> {
  const parts: string[] = [];
  for (const args of [['report'], ['report', CNPD, DPC], ['fines'], ['deadlines']]) {
    parts.push(`$ dossier ${args.join(' ')} --cases examples --as-of ${asOf}\n\n${await dossier(args, asOf)}`);
  }
  return parts.join('\n');
}

interface FineJson {
  readonly measureId: string;
  readonly enforceability: string;
  readonly enforceable: { readonly minor: number };
}
interface DeadlineJson {
  readonly id: string;
  readonly status: string;
  readonly penalty: null | { readonly accrued: { readonly minor: number } | null; readonly payable: { readonly minor: number } };
}
interface CaseJson {
  readonly id: string;
  readonly status: string;
  readonly fines: readonly FineJson[];
  readonly deadlines: readonly DeadlineJson[];
}
interface ExportJson {
  readonly cases: readonly CaseJson[];
  readonly totals: {
    readonly enforceable: { readonly eur: { readonly minor: number } };
    readonly owed: { readonly eur: { readonly minor: number } };
  };
}

async function exported(asOf: string): Promise<ExportJson> {
  return JSON.parse(await dossier(['export', '--format', 'json'], asOf)) as ExportJson;
}

const caseOf = (json: ExportJson, id: string) => json.cases.find((c) => c.id === id);

describe('the examples, as of each day', () => {
  it.each(Object.entries(DAYS))('after the %s (%s): report, details, fines, deadlines and exports', async (_label, asOf) => {
    await expect(await textReport(asOf)).toMatchFileSnapshot(`../golden/examples/${asOf}.txt`);
    for (const format of ['json', 'csv', 'md'] as const) {
      await expect(await dossier(['export', '--format', format], asOf)).toMatchFileSnapshot(`../golden/examples/export-${asOf}.${format}`);
    }
    // The Markdown passes markdownlint with its default configuration, as the bundled cases' does.
    const markdown = await dossier(['export', '--format', 'md'], asOf);
    expect(lintDefaults(markdown)).toEqual([]);
    // Nothing of either fine is ever enforceable, and no penalty is owed or counted as accrued.
    const json = await exported(asOf);
    expect(json.totals.enforceable.eur.minor).toBe(0);
    expect(json.totals.owed.eur.minor).toBe(0);
    for (const c of json.cases) {
      for (const d of c.deadlines)
        if (d.penalty)
          expect({ id: d.id, accrued: d.penalty.accrued?.minor ?? 0, payable: d.penalty.payable.minor }).toEqual({
            id: d.id,
            accrued: 0,
            payable: 0,
          });
    }
  });

  it('the CNPD fine: suspended by the State, then by the tribunal pending appeal, then remitted', async () => {
    const fine = async (asOf: string) => caseOf(await exported(asOf), CNPD)?.fines[0];
    expect(await fine(DAYS['cnpd-decision'])).toMatchObject({ enforceability: 'suspended', enforceable: { minor: 0 } });
    expect(await fine('2022-06-01')).toMatchObject({ enforceability: 'suspended', enforceable: { minor: 0 } });
    expect(await fine(DAYS['tribunal-judgment'])).toMatchObject({ enforceability: 'suspended', enforceable: { minor: 0 } });
    expect(await fine(DAYS['cour-administrative-judgment'])).toMatchObject({ enforceability: 'remitted', enforceable: { minor: 0 } });
    expect(caseOf(await exported(DAYS.today), CNPD)?.status).toBe('remitted');
  });

  it('the Markdown exports, written to files with the picture linked, pass markdownlint-cli2 with its defaults', async () => {
    const files: Record<string, string> = {};
    for (const asOf of Object.values(DAYS))
      for (const locale of ['en', 'fr'])
        files[`export-${asOf}-${locale}.md`] = await dossier(['export', '--format', 'md', '--locale', locale], asOf);
    const { status, output } = lintFilesWithCli2(files);
    expect(output).toContain('Summary: 0 error(s)');
    expect(status).toBe(0);
  }, 60_000);

  it('the CNPD orders: the deadline passes under the president’s stay, and no penalty accrues while compliance is not on record', async () => {
    const orders = async (asOf: string) => caseOf(await exported(asOf), CNPD)?.deadlines.find((d) => d.id === 'orders');
    expect(await orders('2022-06-01')).toMatchObject({ status: 'suspended' });
    expect(await orders(DAYS.today)).toMatchObject({ status: 'unknown', penalty: { accrued: { minor: 0 }, payable: { minor: 0 } } });
  });

  it('the DPC fine: not in effect without the Circuit Court, then held by the pending challenges', async () => {
    expect(caseOf(await exported(DAYS['edpb-binding-decision']), DPC)?.fines).toEqual([]);
    const fine = async (asOf: string) => caseOf(await exported(asOf), DPC)?.fines[0];
    expect(await fine(DAYS['dpc-decision'])).toMatchObject({ enforceability: 'suspended', enforceable: { minor: 0 } });
    expect(await fine(DAYS.today)).toMatchObject({ enforceability: 'suspended-by-appeal', enforceable: { minor: 0 } });
  });

  it('the DPC orders are stayed by the High Court from 9 June to 31 July 2023', async () => {
    const statuses = async (asOf: string) =>
      Object.fromEntries((caseOf(await exported(asOf), DPC)?.deadlines ?? []).map((d) => [d.id, d.status]));
    expect(await statuses('2023-07-01')).toMatchObject({ 'suspension-order': 'suspended', 'cessation-order': 'suspended' });
    expect(await statuses('2023-08-01')).toMatchObject({ 'suspension-order': 'open', 'cessation-order': 'open' });
  });
});
