// The parts of the Markdown export that read the case file itself: notification, notes, sources,
// the combined timeline and the link to the timeline picture.
import { deadlineLabel } from '../deadline-label.js';
import type { CaseView, DossierView } from '../../analysis/dossier.js';
import type { Case } from '../../model/case-schema.js';
import { escapeMarkdownInline as inl, escapeMarkdownTableCell as cell, markdownLink } from '../markdown-escape.js';
import { table, type Ctx } from './markdown-context.js';
import type { MarkdownLabels } from '../../i18n/markdown-labels.js';
import { timelinePictureLabels } from './markdown-timeline-labels.js';

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
 * The timeline picture: an image link to the SVG file written beside the document, or, when
 * there is no file to link (standard output), one line saying how to get it.
 */
export function timelinePicture({ L }: Ctx, view: DossierView, imageFile: string | undefined): string[] {
  if (imageFile === undefined) return [timelinePictureLabels(L.locale).noPicture, ''];
  // A relative URL: each path segment percent-encoded, so spaces, brackets and `#` stay in the name.
  const url = imageFile.split('/').map(encodeURIComponent).join('/');
  return [`![${inl(L.chartTitle(L.date(view.asOf)))}](${url})`, ''];
}
