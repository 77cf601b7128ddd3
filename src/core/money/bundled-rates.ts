// A small table of ECB reference rates shipped with dossier, so that the seed cases convert
// without a network or a downloaded file. It holds only rows that have a source: the EUR/GBP
// rates of 17 to 23 May 2022 (ICO v Clearview AI), as published in the ECB's historical file
// eurofxref-hist.csv, checked against a copy of that file kept in the stadlmax/pyFIFOtax
// repository. Other currencies and days are deliberately
// absent; a conversion outside them is refused, never guessed. The ECB file writes 17 May as
// 0.844; it is written 0.8440 here, the same number.
//
// To cover more cases, pass the ECB's own eurofxref-hist.csv (same format, all currencies).

import { parseEcbRatesCsv, type RateTable } from './rates.js';

export const BUNDLED_RATES_PROVENANCE =
  'European Central Bank, euro foreign exchange reference rates (eurofxref-hist.csv), ' + 'GBP column, 17-23 May 2022';

/** ECB CSV format: most recent first, trailing comma as in the ECB file; 21-22 May is a weekend. */
export const BUNDLED_RATES_CSV = `Date,GBP,
2022-05-23,0.84783,
2022-05-20,0.8482,
2022-05-19,0.84728,
2022-05-18,0.8467,
2022-05-17,0.8440,
`;

/** The bundled table, parsed. Throws only if the constant above were broken (a test checks it). */
export function bundledRateTable(): RateTable {
  const parsed = parseEcbRatesCsv(BUNDLED_RATES_CSV);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    throw new Error(`the bundled rates are invalid at ${first?.line}:${first?.column}: ${first?.message}`);
  }
  return parsed.table;
}
