// ISO 3166-1 alpha-2: the 249 officially assigned country codes.
//
// Reserved codes that are not assigned are not country codes here: notably UK (exceptionally
// reserved at the United Kingdom's request; the assigned code is GB), EL (used by the EU for
// Greece; the assigned code is GR), EU, XK (Kosovo, user-assigned) and the transitional codes
// (AN, CS, YU...). Every code below is also known to Node's ICU region names.

const ASSIGNED_CODES_BY_FIRST_LETTER =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ ' +
  'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ ' +
  'DE DJ DK DM DO DZ ' +
  'EC EE EG EH ER ES ET ' +
  'FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY ' +
  'HK HM HN HR HT HU ' +
  'ID IE IL IM IN IO IQ IR IS IT ' +
  'JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ ' +
  'LA LB LC LI LK LR LS LT LU LV LY ' +
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ ' +
  'NA NC NE NF NG NI NL NO NP NR NU NZ ' +
  'OM ' +
  'PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
  'QA ' +
  'RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
  'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ ' +
  'UA UG UM US UY UZ ' +
  'VA VC VE VG VI VN VU ' +
  'WF WS ' +
  'YE YT ' +
  'ZA ZM ZW';

// A Set, so that a user-supplied string never reaches an object's inherited properties.
const ASSIGNED_CODES: ReadonlySet<string> = new Set(ASSIGNED_CODES_BY_FIRST_LETTER.split(' '));

/** All 249 assigned ISO 3166-1 alpha-2 codes, in alphabetical order. */
export const COUNTRY_CODES: readonly string[] = [...ASSIGNED_CODES];

// Codes people write that ISO has not assigned, with the assigned code they mean. EU documents
// write EL for Greece and UK for the United Kingdom (EU Interinstitutional Style Guide).
const ASSIGNED_CODE_FOR_COMMON_MISTAKE: ReadonlyMap<string, string> = new Map([
  ['EL', 'GR'],
  ['UK', 'GB'],
]);

/** Whether `code` is an assigned ISO 3166-1 alpha-2 code (upper case, exact: "gb" is not). */
export function isCountryCode(code: string): boolean {
  return ASSIGNED_CODES.has(code);
}

/**
 * The assigned code the writer probably meant, for a message such as `"UK" is not an ISO
 * 3166-1 code: did you mean "GB"?`. Knows EL → GR and UK → GB, and upper-cases a code written
 * in lower case ("fr" → "FR", "el" → "GR"). Returns `undefined` when there is nothing to suggest,
 * including for a code that is already valid.
 */
export function suggestCountryCode(code: string): string | undefined {
  if (isCountryCode(code)) return undefined;
  const upper = code.trim().toUpperCase();
  const replacement = ASSIGNED_CODE_FOR_COMMON_MISTAKE.get(upper);
  if (replacement !== undefined) return replacement;
  return isCountryCode(upper) ? upper : undefined;
}
