// A small table of ECB reference rates shipped with dossier, so that the bundled cases and the
// examples convert without a network or a downloaded file. It holds only rows that have a source:
// the ECB's historical file eurofxref-hist.csv, checked against a copy of that file kept in the
// stadlmax/pyFIFOtax repository (commit 01d79712), for the days the cases need: EUR/GBP and
// EUR/USD of 17 to 23 May 2022 (ICO v Clearview AI), 15 July 2021 (CNPD v Amazon Europe Core,
// whose undertaking reports in USD) and 12 May 2023 (DPC v Meta Platforms Ireland). Other
// currencies and days are deliberately absent; a conversion outside them is refused, never
// guessed. The ECB file writes 17 May 2022 as 0.844; it is written 0.8440 here, the same number.
//
// To cover more cases, pass the ECB's own eurofxref-hist.csv (same format, all currencies).

import { parseEcbRatesCsv, type RateTable } from './rates.js';

export const BUNDLED_RATES_PROVENANCE =
  'European Central Bank, euro foreign exchange reference rates (eurofxref-hist.csv), ' +
  'USD and GBP columns, 15 July 2021, 17-23 May 2022 and 12 May 2023';

/** ECB CSV format: most recent first, trailing comma as in the ECB file; 21-22 May 2022 is a weekend. */
export const BUNDLED_RATES_CSV = `Date,USD,GBP,
2023-05-12,1.0892,0.8702,
2022-05-23,1.0659,0.84783,
2022-05-20,1.0577,0.8482,
2022-05-19,1.0525,0.84728,
2022-05-18,1.0523,0.8467,
2022-05-17,1.0541,0.8440,
2021-07-15,1.1809,0.85188,
`;

let parsedOnce: RateTable | undefined;

/** The bundled table, parsed once (validate checks the cap of every fine in every file against it). Throws only if the constant above were broken (a test checks it). */
export function bundledRateTable(): RateTable {
  return (parsedOnce ??= parseBundled());
}

function parseBundled(): RateTable {
  const parsed = parseEcbRatesCsv(BUNDLED_RATES_CSV);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    throw new Error(`the bundled rates are invalid at ${first?.line}:${first?.column}: ${first?.message}`);
  }
  return parsed.table;
}
