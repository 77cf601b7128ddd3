import { describe, expect, it } from 'vitest';
import { renderJsonExport, JSON_EXPORT_FORMAT, canonical } from '../../src/render/export/json.js';
import { analyseCases, bundledCases, bundledDossier } from '../helpers/dossier.js';

// The two days the goldens pin: the day the CNIL's liquidated period ends, and a later day
// when every period has run.
const AS_OF = ['2023-02-09', '2026-11-23'] as const;

interface Money {
  minor: number;
  currency: string;
}
type Loose = Record<string, any>;

const parsed = (asOf: string): Loose => JSON.parse(renderJsonExport(bundledDossier(asOf))) as Loose;
const caseById = (doc: Loose, id: string): Loose => doc['cases'].find((c: Loose) => c['id'] === id);

describe('renderJsonExport', () => {
  it.each(AS_OF)('matches the golden file as of %s', async (asOf) => {
    await expect(renderJsonExport(bundledDossier(asOf))).toMatchFileSnapshot(`../golden/export-${asOf}.json`);
  });

  it.each(AS_OF)('round-trips through JSON.parse and is byte-identical for the same input (%s)', (asOf) => {
    const out = renderJsonExport(bundledDossier(asOf));
    expect(`${JSON.stringify(JSON.parse(out), null, 2)}\n`).toBe(out);
    expect(renderJsonExport(bundledDossier(asOf))).toBe(out);
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('names the format and the day', () => {
    const doc = parsed('2023-02-09');
    expect(Object.keys(doc)).toEqual(['format', 'asOf', 'cases', 'totals']);
    expect(doc['format']).toBe(JSON_EXPORT_FORMAT);
    expect(doc['asOf']).toBe('2023-02-09');
    expect(doc['format']).toBe('dossier-export/2');
    expect(doc['cases'].map((c: Loose) => c['id'])).toEqual([
      'ap-clearview-ai',
      'cnil-clearview-ai',
      'dsb-clearview-ai',
      'garante-clearview-ai',
      'hdpa-clearview-ai',
      'hmbbfdi-clearview-ai',
      'ico-clearview-ai',
    ]);
  });

  it('shows the CNIL injunction unknown on 9 Feb 2023 with nothing accrued, and once on record missed with the penalty payable equal to the liquidation', () => {
    const injunctionOf = (asOf: string): Loose =>
      caseById(parsed(asOf), 'cnil-clearview-ai')['deadlines'].find((d: Loose) => d['id'] === 'injunction');
    const injunction = injunctionOf('2023-02-09');
    expect(injunction).toMatchObject({
      kind: 'compliance',
      start: { date: '2022-10-17', event: 'sanction', basis: 'event-date' },
      period: '2 months',
      rawEnd: '2022-12-17',
      skipped: [
        { date: '2022-12-17', reason: 'Saturday' },
        { date: '2022-12-18', reason: 'Sunday' },
      ],
      end: '2022-12-19',
      alternative: { end: '2022-12-17', reading: 'if the last day is not moved past non-working days' },
      // The CNIL's statement on compliance is of May 2023: not yet on record.
      status: 'unknown',
      daysLate: null,
      daysLeft: null,
    });
    expect(injunction['penalty']).toMatchObject({
      per: 'day',
      amount: { minor: 10_000_000, currency: 'EUR' },
      payableBy: 'liquidation',
      firstDay: '2022-12-20',
      lastDay: null,
      end: 'no-evidence',
      daysLate: 0,
      accrued: { minor: 0, currency: 'EUR' },
      // On 9 Feb 2023 the liquidation of 13 Apr 2023 was still to come.
      liquidations: [],
      payable: { minor: 0, currency: 'EUR' },
      notPayable: { minor: 0, currency: 'EUR' },
    });
    expect(injunction['assumptions'].join(' ')).toContain('notification date of "sanction" unknown');
    const later = injunctionOf('2026-11-23');
    expect(later).toMatchObject({ status: 'missed', end: '2022-12-19', daysLate: 142 });
    expect(later['penalty']).toMatchObject({
      firstDay: '2022-12-20',
      lastDay: '2023-05-10',
      end: 'last-known-non-compliance',
      daysLate: 142,
      accrued: { minor: 1_420_000_000, currency: 'EUR' },
      payable: { minor: 520_000_000, currency: 'EUR' },
      notPayable: { minor: 900_000_000, currency: 'EUR' },
      liquidations: [
        {
          event: 'liquidation',
          decidedOn: '2023-04-13',
          from: '2022-12-19',
          to: '2023-02-09',
          days: 52,
          amount: { minor: 520_000_000, currency: 'EUR' },
          rateTimesDays: { minor: 520_000_000, currency: 'EUR' },
          comparedWithRate: 'equal',
          payable: true,
        },
      ],
    });
  });

  it('converts the ICO penalty at 0.8467 and shows it as not enforceable after the remittal', () => {
    const [fine] = caseById(parsed('2026-11-23'), 'ico-clearview-ai')['fines'];
    expect(fine.imposed).toEqual({ minor: 755_280_000, currency: 'GBP' });
    expect(fine.eur).toEqual({
      ok: true,
      source: { minor: 755_280_000, currency: 'GBP' },
      rate: '0.8467',
      rateDate: '2022-05-18',
      requestedDate: '2022-05-18',
      eur: { minor: 892_027_873, currency: 'EUR' },
      rounding: 'half-even',
      exact: false,
    });
    // The Upper Tribunal sent the appeal back to the FTT: pending again, and suspensive in GB.
    expect(fine.appeal).toEqual({ state: 'pending', standing: 'imposed', pending: true, appeals: ['ftt', 'ut'], reducedTo: null });
    expect(fine.enforceability).toBe('suspended-by-appeal');
    expect(fine.enforceable).toEqual({ minor: 0, currency: 'GBP' });
    expect(fine.cap).toMatchObject({ ok: true, cap: { minor: 1_750_000_000, currency: 'GBP' }, status: 'within', turnover: null });
  });

  it('puts the three EUR 20,000,000 fines at the Art. 83(5) fixed maximum, none collected', () => {
    const doc = parsed('2026-11-23');
    const fines = doc['cases']
      .filter((c: Loose) => ['cnil-clearview-ai', 'garante-clearview-ai', 'hdpa-clearview-ai'].includes(c['id']))
      .flatMap((c: Loose) => c['fines']);
    expect(fines).toHaveLength(3);
    for (const fine of fines) {
      expect(fine.imposed).toEqual({ minor: 2_000_000_000, currency: 'EUR' });
      expect(fine.cap).toMatchObject({
        fixed: { minor: 2_000_000_000, currency: 'EUR' },
        percent: 4,
        basis: 'fixed',
        citation: 'GDPR Art. 83(5)',
        status: 'at-maximum',
      });
      expect(fine.paid).toEqual({ minor: 0, currency: 'EUR' });
    }
    expect(fines.map((f: Loose) => f['enforceability'])).toEqual(['enforceable-if-notified', 'not-notified', 'enforceable-if-notified']);
    const [ap] = caseById(doc, 'ap-clearview-ai')['fines'];
    expect(ap.cap).toMatchObject({ status: 'needs-turnover', cap: { minor: 2_000_000_000, currency: 'EUR' } });
    expect(ap.paid).toEqual({ minor: 0, currency: 'EUR' });
    const eur = (m: Money) => m.minor;
    expect(eur(doc['totals'].imposed.eur)).toBe(9_942_027_873);
    // AP, CNIL and HDPA, each enforceable only if notified; not the Garante's (not notified) nor
    // the ICO's (suspended by the pending appeal).
    expect(eur(doc['totals'].enforceable.eur)).toBe(7_050_000_000);
    expect(eur(doc['totals'].enforceableIfNotified.eur)).toBe(7_050_000_000);
    expect(eur(doc['totals'].penaltiesPayable.eur)).toBe(520_000_000);
    expect(eur(doc['totals'].penaltiesNotPayable.eur)).toBe(900_000_000);
    expect(eur(doc['totals'].collected.eur)).toBe(0);
    // Owed = enforceable + penalties payable − collected; what accrued but is not payable is not owed.
    expect(eur(doc['totals'].owed.eur)).toBe(7_570_000_000);
  });

  it('exports the case facts as in the case file, amounts still as decimal text', () => {
    const facts = caseById(parsed('2023-02-09'), 'cnil-clearview-ai')['facts'];
    expect(facts.measures.find((m: Loose) => m['id'] === 'fine')).toMatchObject({ amount: '20000000', currency: 'EUR', tier: '83(5)' });
    // As written: later sources and events too, although the analysis stops on 9 Feb 2023.
    const file = bundledCases().find((c) => c.id === 'cnil-clearview-ai')!;
    expect(facts.sources.length).toBe(file.sources.length);
    expect(facts.events.length).toBe(file.events.length);
    expect(facts.events.map((e: Loose) => e['id'])).toContain('liquidation');
    expect(facts.notes[0].about).toBe('sanction');
  });

  it('does not depend on the key order of the input', () => {
    const first = bundledCases().find((c) => c.id === 'cnil-clearview-ai');
    const reversed = Object.fromEntries(Object.entries(first!).reverse()) as typeof first;
    expect(renderJsonExport(analyseCases([reversed!], '2023-02-09'))).toBe(renderJsonExport(analyseCases([first!], '2023-02-09')));
  });

  it('keeps a "__proto__" key as data and refuses values JSON cannot hold', () => {
    const hostile = JSON.parse('{"__proto__": {"x": 1}, "id": "a"}') as unknown;
    const copy = canonical(hostile) as Loose;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['id', '__proto__']);
    expect(() => canonical({ n: 1n })).toThrow(TypeError);
  });
});
