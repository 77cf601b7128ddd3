// The Member States whose public holidays an EU period can count (Reg. 1182/71 art. 2(1)): the
// State where the act is to be done. A small module of its own so that the option parsers can
// check --holiday-country without loading the holiday tables. Greece is GR (ISO 3166-1), not EL.
import { JURISDICTIONS } from '../core/time/conventions.js';

export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

/** The German Länder with a statutory table (DE-BY, DE-HH, …): a Member State's region. */
const GERMAN_LAENDER: readonly string[] = JURISDICTIONS.filter((code) => code.startsWith('DE-'));

/** Whether a holiday country (upper case) is an EU Member State or one of its Länder with a table. */
export function isHolidayCountry(code: string): boolean {
  return (EU_MEMBER_STATES as readonly string[]).includes(code) || GERMAN_LAENDER.includes(code);
}

/** Why a holiday country is refused, naming what is accepted. */
export function holidayCountryProblem(value: string): string {
  return `"${value}" is not an EU Member State; expected one of ${EU_MEMBER_STATES.join(', ')} (or a German Land as DE-<Land>, e.g. DE-BY)`;
}
