// The bundled cases analysed as of a fixed day, with the real holiday calendars and the bundled
// rates: what the renderers' golden tests render.
import { readFileSync, readdirSync } from 'node:fs';
import { analyseDossier, type DossierView } from '../../src/analysis/dossier.js';
import { choiceOptions, createNonWorkingDays } from '../../src/calendars/holidays.js';
import { bundledRateTable } from '../../src/core/money/bundled-rates.js';
import { loadCase } from '../../src/load/load-case.js';
import type { Case } from '../../src/model/case-schema.js';

const CASES = new URL('../../cases/', import.meta.url);

let loadedCases: Case[] | undefined;

/** The bundled cases, read and validated once per test process; each call gets its own copy. */
export function bundledCases(): Case[] {
  loadedCases ??= readdirSync(CASES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const { loaded, diagnostics } = loadCase(`cases/${file}`, readFileSync(new URL(file, CASES)));
      // Warnings are part of the record (the AP fine above the fixed maximum with no turnover known).
      if (!loaded || diagnostics.some((d) => d.severity === 'error')) throw new Error(`cases/${file} is not valid`);
      return loaded.case;
    });
  return structuredClone(loadedCases);
}

export function analyseCases(cases: readonly Case[], asOf: string): DossierView {
  return analyseDossier(cases, {
    asOf,
    calendarFor: (j, choice = {}) => createNonWorkingDays(j, choiceOptions(j, choice)),
    rates: bundledRateTable(),
  });
}

export function bundledDossier(asOf: string): DossierView {
  return analyseCases(bundledCases(), asOf);
}
