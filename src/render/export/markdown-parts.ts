// The parts of the Markdown export that read the case file itself: notification, notes, sources,
// the combined timeline and the Mermaid chart (whose data is reduced to a safe alphabet).
import { deadlineLabel } from '../deadline-label.js';
import type { CaseView, DossierView } from '../../analysis/dossier.js';
import type { Case } from '../../model/case-schema.js';
import { escapeMarkdownInline as inl, escapeMarkdownTableCell as cell, markdownLink } from '../markdown-escape.js';
import { table, type Ctx } from './markdown-context.js';
import type { MarkdownLabels } from '../../i18n/markdown-labels.js';

/** An event's notification: the date, "not notified as of …", or unknown. */
export function notifiedText(x: Ctx, e: Case['events'][number]): string {
  const n = e.notified;
  if (n === undefined) return '';
  if (n === 'unknown') return x.L.notifiedUnknown;
  if (typeof n === 'string') return n;
  return `${x.T.field.notNotifiedAsOf} ${n['as-of']}`;
}

export function caseNotes(L: MarkdownLabels, c: Case): [string, string][] {
  const notes: [string, string][] = (c.notes ?? []).map((n) => [n.about ?? L.aboutCase, n.text]);
  const add = (about: string, note: string | undefined) => {
    if (note !== undefined) notes.push([about, note]);
  };
  for (const e of c.events) add(e.id, e.note);
  for (const m of c.measures ?? []) {
    add(m.id, m.note);
    if (m.kind === 'fine') add(L.aboutPayment(m.id), m.payment?.note);
    if (m.kind === 'order' || m.kind === 'ban') {
      add(L.aboutCompliance(m.id), m.compliance?.note);
      add(m.id, m.penalty?.note);
      for (const l of m.penalty?.liquidations ?? []) add(L.aboutLiquidation(m.id, l.event), l.note);
      for (const l of m.penalty?.collections ?? []) add(L.aboutLiquidation(m.id, l.event), l.note);
    }
  }
  for (const d of c.deadlines ?? []) add(d.id, d.note);
  for (const a of c.appeals ?? []) add(a.id, a.note);
  for (const f of c.findings ?? []) add(f.id, f.note);
  for (const s of c.suspensions ?? []) add(s.id, s.note);
  for (const s of c.sources) add(L.aboutSource(s.id), s.note);
  return notes;
}

export function sourceLine(L: MarkdownLabels, s: Case['sources'][number]): string {
  const details = [s.id, s.publisher, s.published === undefined ? undefined : L.date(s.published), s.language].filter(
    (x): x is string => x !== undefined,
  );
  return `- ${markdownLink(s.title, s.url)} (${inl(details.join(', '))})`;
}

interface Dated {
  readonly date: string;
  readonly caseView: CaseView;
  readonly kind: string;
  readonly text: string;
}

function datedItems(L: MarkdownLabels, cases: readonly CaseView[]): Dated[] {
  const items: Dated[] = [];
  for (const v of cases) {
    for (const e of v.case.events) items.push({ date: e.date, caseView: v, kind: L.eventKind[e.kind], text: e.summary });
    for (const d of v.deadlines) {
      if (d.end !== undefined)
        items.push({ date: d.end, caseView: v, kind: L.lastDayKind(L.deadlineStatus[d.status]), text: deadlineLabel(d, L.paymentOf) });
    }
  }
  // Date, then case, then kept in the case's own order (Array#sort is stable).
  return items.sort((a, b) =>
    a.date < b.date
      ? -1
      : a.date > b.date
        ? 1
        : a.caseView.case.id < b.caseView.case.id
          ? -1
          : a.caseView.case.id > b.caseView.case.id
            ? 1
            : 0,
  );
}

export function combinedTimeline({ L }: Ctx, cases: readonly CaseView[]): string[] {
  return table(
    L.combinedHeader,
    datedItems(L, cases).map((i) => [cell(i.date), cell(i.caseView.case.authority.short), cell(i.kind), cell(i.text)]),
  );
}

/**
 * Data inside a Mermaid diagram, where `:` separates events, `#` starts an entity, `;` ends a
 * statement, `%%` starts a directive and a newline starts a statement: only letters, digits,
 * spaces and `.,-()/'` are kept, anything else becomes a space, and the result is capped so the
 * chart stays legible.
 */
export function mermaidText(s: string, max = 60): string {
  const kept = s
    .replace(/[^\p{L}\p{N} .,\-()/']/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = kept.length > max ? `${kept.slice(0, max - 3).trimEnd()}...` : kept;
  return cut === '' ? 'item' : cut;
}

export function mermaidChart({ L }: Ctx, view: DossierView): string[] {
  const byDate = new Map<string, string[]>();
  for (const i of datedItems(L, view.cases)) {
    // The renderer's own words may hold a typographic apostrophe ("avis d’intention"), which
    // mermaidText would drop; the ASCII one is in its safe alphabet. Case-file text is untouched.
    const what = `${i.caseView.case.authority.short} ${i.kind.replace(/’/g, "'")} ${i.text}`;
    byDate.set(i.date, [...(byDate.get(i.date) ?? []), mermaidText(what)]);
  }
  const lines = [...byDate].map(([date, items]) => `    ${mermaidText(date)} : ${items.join(' : ')}`);
  return ['```mermaid', 'timeline', `    title ${mermaidText(L.chartTitle(L.date(view.asOf)))}`, ...lines, '```', ''];
}
