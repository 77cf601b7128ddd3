// `dossier report`: one line per case for now: authority, decision date, fine.
import type { Case } from '../../model/case-schema.js';
import { sanitizeForTerminal } from '../../render/sanitize.js';
import { loadCaseSet } from '../case-set.js';
import { ExitCode, UserError } from '../exit-codes.js';
import type { Io } from '../io.js';

export interface ReportOptions {
  readonly ids: readonly string[];
  readonly casesDir: string;
  readonly color: boolean | undefined;
}

export async function report(options: ReportOptions, io: Io): Promise<ExitCode> {
  const loaded = await loadCaseSet(io, options.casesDir);
  const unknown = options.ids.filter((id) => !loaded.some((l) => l.case.id === id));
  if (unknown.length > 0) throw new UserError(`no case with id ${unknown.map((id) => `"${id}"`).join(', ')}`);
  const chosen = loaded.filter((l) => options.ids.length === 0 || options.ids.includes(l.case.id));
  const lines = chosen.map((l) => caseLine(l.case));
  await io.stdout.write(lines.join(''));
  return ExitCode.Ok;
}

function caseLine(c: Case): string {
  const fines = (c.measures ?? []).filter((m) => m.kind === 'fine');
  const fine = fines.map((f) => `${f.currency} ${f.amount}`).join(' + ') || 'no fine';
  const decision = c.events.find((e) => e.id === fines[0]?.decision) ?? c.events.find((e) => e.kind === 'decision');
  const text = `${c.authority.short} (${c.authority.country})  ${decision?.date ?? 'no decision'}  ${fine}  ${c.title}`;
  return `${sanitizeForTerminal(text, { singleLine: true })}\n`;
}
