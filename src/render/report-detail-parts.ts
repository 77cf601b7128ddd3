// Parts of the case detail that read the record directly: notification and finality of an event,
// findings, suspensions, the notes a deadline's items carry, and when the sources were last checked.
import type { CaseView } from '../analysis/dossier.js';
import type { Case } from '../model/case-schema.js';
import { formatDate } from '../i18n/format.js';
import type { Labels } from '../i18n/catalogue.js';
import { sanitizeForTerminal } from './sanitize.js';
import { paragraph, type RenderOptions } from './table.js';

const clean = (s: string) => sanitizeForTerminal(s, { singleLine: true });

type DetailOptions = RenderOptions & { readonly asOf?: string };

export function notificationLines(e: Case['events'][number], options: DetailOptions, l: Labels): string[] {
  const date = (iso: string) => formatDate(clean(iso), options.locale);
  const n = e.notified;
  const lines: string[] = [];
  if (typeof n === 'string' && n !== 'unknown') lines.push(`${l.field.notifiedOn} ${date(n)}`);
  else if (typeof n === 'object') lines.push(`${l.field.notNotifiedAsOf} ${date(n['as-of'])}`, ...(n.note ? [clean(n.note)] : []));
  if (e.final) lines.push(`${l.field.final} ${date(e.final)}`);
  if (e['instructed-by']) lines.push(`${l.field.instructedBy} ${clean(e['instructed-by'])}`);
  return lines;
}

export function findingLines(c: Case, options: DetailOptions, l: Labels): string[] {
  return (c.findings ?? []).flatMap((f) => [
    ...paragraph(
      `${l.findingKind[f.kind]}${f.articles ? ` (Art. ${f.articles.map((a) => clean(String(a))).join(', ')})` : ''}: ${clean(f.summary)}`,
      options.width,
      { prefix: `- ${clean(f.id)}: `, indent: 4 },
    ),
    ...(f.note ? paragraph(clean(f.note), options.width, { prefix: '    ', indent: 4 }) : []),
  ]);
}

export function suspensionLines(c: Case, options: DetailOptions, l: Labels): string[] {
  const date = (iso: string) => formatDate(clean(iso), options.locale);
  return (c.suspensions ?? []).flatMap((s) => [
    ...paragraph(
      `${s.body ? clean(s.body) : l.suspendedBy[s.by]}: ${s.scope.map((x) => l.suspensionScope[x]).join(', ')}${s.measures ? ` (${s.measures.map(clean).join(', ')})` : ''}, ${date(s.from)} – ${s.to ? date(s.to) : l.field.ongoing}`,
      options.width,
      { prefix: `- ${clean(s.id)}: `, indent: 4 },
    ),
    ...(s.note ? paragraph(clean(s.note), options.width, { prefix: '    ', indent: 4 }) : []),
  ]);
}

/** The notes a deadline's items carry in the file: the period's own, and its penalty's liquidations and collections. */
export function itemNotes(c: Case, d: CaseView['deadlines'][number]): string[] {
  const period = (c.deadlines ?? []).find((x) => d.kind === 'legal-period' && x.id === d.id);
  const measure = (c.measures ?? []).find((m) => m.id === d.measureId);
  const penalty = measure && (measure.kind === 'order' || measure.kind === 'ban') ? measure.penalty : undefined;
  return [
    ...(period?.note ? [period.note] : []),
    ...(penalty?.note ? [penalty.note] : []),
    ...(penalty?.liquidations ?? []).flatMap((x) => (x.note ? [x.note] : [])),
    ...(penalty?.collections ?? []).flatMap((x) => (x.note ? [x.note] : [])),
  ];
}

export function lastChecked(view: CaseView, options: DetailOptions, l: Labels): string {
  // A check made after the as-of day is not part of the record as known that day.
  const days = view.case.sources.map((s) => s.checked ?? '').filter((d) => d !== '' && (options.asOf === undefined || d <= options.asOf));
  const newest = days.sort().at(-1);
  return newest === undefined ? l.field.neverChecked : formatDate(clean(newest), options.locale);
}
