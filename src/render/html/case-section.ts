// One case of the HTML export: its facts, events, measures, deadlines with their working, the
// money, the appeal chain, notes and uncertainties, and sources as links. Every case string is
// escaped here, once, at the point where it becomes HTML.
import { deadlineLabel } from '../deadline-label.js';
import type { CaseView } from '../../analysis/dossier.js';
import type { Case } from '../../model/case-schema.js';
import { caseNotes } from '../export/markdown-parts.js';
import { jurisdictionText } from '../jurisdiction-text.js';
import { htmlList, htmlTable, type HtmlCtx } from './context.js';
import { deadlineStatusText, deadlineWorking, fineWorking } from './deadline-text.js';
import { escapeHtml as esc, htmlLink } from './escape.js';
import { penaltyChart } from './penalty-chart.js';

/** The id of a case's section: case ids are [a-z0-9-] by the schema, escaped anyway. */
export function caseAnchor(c: Case): string {
  return `case-${esc(c.id)}`;
}

function notifiedText(x: HtmlCtx, e: Case['events'][number]): string {
  const n = e.notified;
  if (n === undefined) return '';
  if (n === 'unknown') return x.L.notifiedUnknown;
  if (typeof n === 'string') return n;
  return `${x.T.field.notNotifiedAsOf} ${n['as-of']}`;
}

/** A Markdown subheading ("timeline") as a heading of its own: first letter in capitals. */
function heading(text: string, lang: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(lang) + text.slice(head.length);
}

/** A date cell that does not break at its hyphens. */
function dateCell(date: string): string {
  return `<span class="nowrap">${esc(date)}</span>`;
}

export function caseSection(x: HtmlCtx, view: CaseView): string[] {
  const { L, H } = x;
  const c = view.case;
  const h = L.subheading;
  const facts = [
    `${esc(L.caseFile)}${esc(L.colon)}<code>${esc(c.id)}</code>`,
    `${esc(L.authority)}${esc(L.colon)}${esc(`${c.authority.short}, ${c.authority.name} (${c.authority.country})`)}`,
    ...c.respondents.map((r) => `${esc(L.respondent)}${esc(L.colon)}${esc(`${r.name} (${r.country}${r.role ? `, ${r.role}` : ''})`)}`),
    esc(L.lawLine(L.law[c.law], jurisdictionText(c, x.T.field.ruleNotStated), L.caseStatus[c.status])),
    ...(c.acts ?? []).map((act) => `${esc(L.act)}${esc(L.colon)}${esc(act)}`),
  ];
  const out = [
    `<section class="case" id="${caseAnchor(c)}" aria-labelledby="${caseAnchor(c)}-h">`,
    `<h2 id="${caseAnchor(c)}-h">${esc(c.title)}</h2>`,
  ];
  out.push(...htmlList(facts, 'facts'));
  out.push(
    `<h3>${esc(heading(h.timeline, H.lang))}</h3>`,
    ...htmlTable(
      L.timelineHeader.map((t) => esc(t)),
      c.events.map((e) => [
        dateCell(e.date),
        esc(L.eventKind[e.kind]),
        esc(e.ref ?? ''),
        esc(e.summary),
        esc(notifiedText(x, e)),
        esc((e.sources ?? []).join(', ')),
      ]),
    ),
  );
  if ((c.measures ?? []).length > 0)
    out.push(
      `<h3>${esc(heading(h.measures, H.lang))}</h3>`,
      ...htmlTable(
        L.measuresHeader.map((t) => esc(t)),
        (c.measures ?? []).map((m) => [
          esc(m.id),
          esc(L.measureKind[m.kind]),
          esc(m.decision),
          esc(m.summary),
          esc(
            m.kind === 'fine'
              ? L.payment[m.payment?.status ?? 'unknown']
              : m.kind === 'order' || m.kind === 'ban'
                ? L.compliance[m.compliance?.status ?? 'unknown']
                : '',
          ),
        ]),
      ),
    );
  out.push(`<h3>${esc(heading(h.deadlines, H.lang))}</h3>`);
  if (view.deadlines.length === 0) out.push(`<p>${esc(H.noDeadlines)}</p>`);
  else {
    out.push(
      ...htmlTable(
        H.deadlinesHeader.map((t) => esc(t)),
        view.deadlines.map((d) => [
          esc(deadlineLabel(d, L.paymentOf)),
          esc(L.deadlineKind[d.kind]),
          d.end === undefined ? '' : dateCell(L.date(d.end)),
          esc(deadlineStatusText(x, d)),
        ]),
      ),
    );
    for (const d of view.deadlines) {
      const working = deadlineWorking(x, d);
      if (working.length === 0) continue;
      out.push(
        `<h4>${esc(H.working)}${esc(L.colon)}${esc(deadlineLabel(d, L.paymentOf))} <span class="id">(${esc(d.id)})</span></h4>`,
        ...htmlList(
          working.map((w) => esc(w)),
          'working',
        ),
      );
    }
  }
  const penalties = view.deadlines.filter((d): d is typeof d & { penalty: NonNullable<typeof d.penalty> } => d.penalty !== undefined);
  if (penalties.length > 0) {
    out.push(`<h3>${esc(H.penaltyCharts)}</h3>`);
    for (const d of penalties) out.push(...penaltyChart(x, d, `${caseAnchor(c)}-pc-${esc(d.id)}`));
  }
  if (view.fines.length > 0) {
    out.push(`<h3>${esc(heading(h.money, H.lang))}</h3>`);
    for (const f of view.fines)
      out.push(
        `<h4>${esc(f.measureId)}${esc(L.colon)}${esc(L.money(f.imposed.minor, f.imposed.currency))}</h4>`,
        ...htmlList(
          fineWorking(x, f).map((w) => esc(w)),
          'working',
        ),
      );
  }
  if ((c.appeals ?? []).length > 0)
    out.push(
      `<h3>${esc(heading(h.appeals, H.lang))}</h3>`,
      ...htmlTable(
        L.appealsHeader.map((t) => esc(t)),
        (c.appeals ?? []).map((a) => [
          esc(a.id),
          esc(a.court),
          esc(a.appellant),
          esc(a.against.join(', ')),
          a.filed === undefined ? '' : dateCell(a.filed),
          esc(L.appealOutcome[a.outcome]),
          esc((a.effects ?? []).map((e) => `${e.on}: ${L.appealEffect(L.effectKind[e.effect], e.amount)}`).join(L.semicolon)),
        ]),
      ),
    );
  const notes = caseNotes(L, c);
  if (notes.length > 0)
    out.push(
      `<h3>${esc(heading(h.notes, H.lang))}</h3>`,
      ...htmlList(
        notes.map(([about, text]) => `<strong>${esc(about)}</strong>${esc(L.colon)}${esc(text)}`),
        'notes',
      ),
    );
  if (c.sources.length > 0) {
    const line = (s: Case['sources'][number]) => {
      const details = [s.id, s.publisher, s.published === undefined ? undefined : L.date(s.published), s.language].filter(
        (d): d is string => d !== undefined,
      );
      return `${htmlLink(s.title, s.url)} <span class="id">(${esc(details.join(', '))})</span>`;
    };
    out.push(`<h3>${esc(heading(h.sources, H.lang))}</h3>`, ...htmlList(c.sources.map(line), 'sources'));
  }
  out.push('</section>');
  return out;
}
