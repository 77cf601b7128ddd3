// The shape of src/calendars/generated/non-working-days.json, shared by the build step that writes
// it and the run-time reader.

export interface TableJurisdiction {
  /** Every reason printed for a day ('public holiday: Christmas Day'), referred to by index. */
  readonly reasons: readonly string[];
  /** Per year, 'MMDD=reason-index' entries separated by spaces. */
  readonly years: Readonly<Record<string, string>>;
  /** Open points of law: 'YYYY-MM-DD=reason-index' days added, 'YYYY-MM-DD' days removed. */
  readonly otherReadings: readonly { readonly note: string; readonly add: readonly string[]; readonly remove: readonly string[] }[];
}

export interface NonWorkingDayTable {
  readonly format: 'dossier-non-working-days/1';
  readonly firstYear: number;
  readonly lastYear: number;
  readonly jurisdictions: Readonly<Record<string, TableJurisdiction>>;
}
