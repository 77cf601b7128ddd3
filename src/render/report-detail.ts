// One case in full: who, under which law, what happened when, what was ordered, every deadline
// with its working, the penalty payment, the fines against their caps, the appeals, the sources
// and what is uncertain. Every string from the case file is sanitised before it is laid out.
import { deadlineLabel } from './deadline-label.js';
import type { CaseView } from '../analysis/dossier.js';
import type { Case } from '../model/case-schema.js';
import { ORDER_KINDS } from '../model/kinds.js';
import { capStatus, conversionText, appealSpan, paymentSpan } from './fines.js';
import { penaltyLines, statusSpans } from './deadlines.js';
import { workingLines } from './due.js';
import { formatDate, formatMoney, type Locale } from '../i18n/format.js';
import { catalogue, labels, type Labels } from '../i18n/catalogue.js';
import { findingLines, itemNotes, lastChecked, notificationLines, suspensionLines } from './report-detail-parts.js';
import { sanitizeForTerminal } from './sanitize.js';
import { jurisdictionText } from './jurisdiction-text.js';
import {
  heading,
  paragraph,
  renderRecords,
  tones,
  unbreakable,
  type Cell,
  type CellLine,
  type RenderOptions,
  type Span,
  type Tones,
} from './table.js';

const clean = (s: string) => sanitizeForTerminal(s, { singleLine: true });

type DetailOptions = RenderOptions & { readonly asOf?: string };

export function renderCaseDetail(caseView: CaseView, options: DetailOptions): string {
  const c = caseView.case;
  const l = labels(options.locale);
  const tone = tones(options.chalk);
  const bold = (s: string) => options.chalk.bold(s);
  const width = options.width;
  const field = (name: string, value: string, valueTone?: (s: string) => string) =>
    paragraph(value, width, { prefix: `${name}${l.colon}`, indent: 2, ...(valueTone ? { tone: valueTone } : {}) });
  const statusTone = c.status === 'under-appeal' ? tone.caution : undefined;
  const lines = [
    ...paragraph(`${clean(c.title)} (${clean(c.id)})`, width, { tone: bold }),
    ...field(l.field.authority, `${clean(c.authority.short)}, ${clean(c.authority.name)} (${clean(c.authority.country)})`),
    ...field(l.field.jurisdiction, `${clean(jurisdictionText(c, l.field.ruleNotStated))} · ${l.field.law}${l.colon}${clean(c.law)}`),
    ...field(l.field.status, l.caseStatus[c.status], statusTone),
    ...(c.acts && c.acts.length > 0 ? field(l.field.acts, c.acts.map(clean).join('; ')) : []),
    ...(c.lead === true ? field(l.field.authority, l.field.lead) : []),
    ...(c.concerned && c.concerned.length > 0
      ? field(l.field.concerned, c.concerned.map((a) => `${clean(a.short)} (${clean(a.country)})`).join(', '))
      : []),
    ...field(
      c.respondents.length > 1 ? l.field.respondents : l.field.respondent,
      c.respondents
        .map(
          (r) =>
            `${clean(r.name)} (${clean(r.country)}${r.role ? `, ${clean(r.role)}` : ''}${r.undertaking ? `; ${clean(r.undertaking)}` : ''})`,
        )
        .join('; '),
    ),
    ...field(l.field.lastChecked, lastChecked(caseView, options, l)),
    ...(options.asOf ? field(l.asOf, formatDate(options.asOf, options.locale)) : []),
  ];
  const section = (title: string, body: readonly string[]) => {
    if (body.length > 0) lines.push('', ...heading(title, width).map(bold), ...body);
  };
  section(l.section.timeline, [timelineTable(c, options, l)]);
  section(l.section.findings, findingLines(c, options, l));
  section(l.section.measures, c.measures && c.measures.length > 0 ? [measuresTable(caseView, options, l, tone)] : []);
  section(l.section.deadlines, deadlineBlocks(caseView, options, l, tone));
  section(l.section.fines, fineBlocks(caseView, options, l, tone));
  section(l.section.appeals, c.appeals && c.appeals.length > 0 ? [appealsTable(caseView, options, l, tone)] : []);
  section(l.section.suspensions, suspensionLines(c, options, l));
  section(l.section.sources, sourceLines(c, options, l));
  section(
    l.section.notes,
    (c.notes ?? []).flatMap((n) =>
      paragraph(clean(n.text), width, { prefix: n.about ? `- (${l.field.about} ${clean(n.about)}) ` : '- ', indent: 2 }),
    ),
  );
  return `${lines.join('\n')}\n`;
}

function timelineTable(c: Case, options: DetailOptions, l: Labels): string {
  const head = [l.head.date, l.head.kind, l.head.ref, l.head.summary];
  const rows = c.events.map((e): Cell[] => [
    unbreakable(formatDate(clean(e.date), options.locale)),
    [l.eventKind[e.kind], ...(e.body ? [clean(e.body)] : []), ...notificationLines(e, options, l)],
    e.ref ? clean(e.ref) : '',
    [clean(e.summary), ...(e.note ? [clean(e.note)] : [])],
  ]);
  return renderRecords({
    head,
    rows,
    width: options.width,
    columns: [{ min: 11 }, { min: 10 }, { min: 10 }, { min: 24 }],
    titles: c.events.map((e) => clean(e.id)),
  });
}

function measuresTable(view: CaseView, options: DetailOptions, l: Labels, tone: Tones): string {
  const measures = view.case.measures ?? [];
  const head = [l.head.id, l.head.kind, l.head.summary, l.head.status];
  const rows = measures.map((m): Cell[] => {
    let status: Cell = '';
    if (m.kind === 'fine') {
      const f = view.fines.find((x) => x.measureId === m.id);
      status = f ? [formatMoney(f.imposed.minor, f.imposed.currency, options.locale), paymentSpan(f, l, tone)] : '';
    } else if (m.kind === 'order' || m.kind === 'ban') {
      const kinds = ORDER_KINDS.filter((k) => m.orders?.includes(k)).map((k) => l.orderKind[k]);
      const compliance = m.compliance?.status ?? 'unknown';
      const complianceTone =
        compliance === 'complied' ? tone.good : compliance === 'not-complied' || compliance === 'partly-complied' ? tone.bad : undefined;
      status = [
        ...(kinds.length > 0 ? [kinds.join(', ')] : []),
        ...(m.power ? [`${l.field.power}(${m.power})`] : []),
        { text: l.compliance[compliance], tone: complianceTone },
        ...(m.compliance?.date ? [formatDate(clean(m.compliance.date), options.locale)] : []),
        ...(m.compliance?.['as-of'] ? [`${l.asOf} ${formatDate(clean(m.compliance['as-of']), options.locale)}`] : []),
        ...(m.compliance?.note ? [clean(m.compliance.note)] : []),
        ...(m['superseded-by'] ? [`${l.field.supersededBy} ${clean(m['superseded-by'])}`] : []),
      ];
    }
    const paymentNote = m.kind === 'fine' ? m.payment?.note : undefined;
    const lines: readonly CellLine[] = typeof status === 'string' || !Array.isArray(status) ? [status as CellLine] : status;
    const cell: Cell = paymentNote === undefined ? status : [...lines, clean(paymentNote)];
    return [clean(m.id), l.measureKind[m.kind], [clean(m.summary), ...(m.note ? [clean(m.note)] : [])], cell];
  });
  return renderRecords({
    head,
    rows,
    width: options.width,
    columns: [{ min: 12 }, { min: 8 }, { min: 24 }, { min: 16 }],
    titles: measures.map((m) => clean(m.id)),
  });
}

function deadlineBlocks(view: CaseView, options: DetailOptions, l: Labels, tone: Tones): string[] {
  const width = options.width;
  return view.deadlines.flatMap((d, i) => {
    const status = statusSpans(d, l, tone, options);
    const toned = (s: Span) => (s.tone ? s.tone(s.text) : s.text);
    const end = d.end === undefined ? '—' : formatDate(clean(d.end), options.locale);
    const block = [
      ...(i > 0 ? [''] : []),
      ...paragraph(`${clean(d.id)}: ${clean(deadlineLabel(d, l.field.paymentOf))}`, width, { indent: 2 }),
      ...paragraph(`${end} · ${l.deadlineKind[d.kind]} · ${status.map(toned).join(' · ')}`, width, { prefix: '  ', indent: 4 }),
    ];
    if (d.fixedDate)
      block.push(
        ...paragraph(`${formatDate(clean(d.fixedDate), options.locale)} (${fixedText(d.fixedBefore, l, options.locale)})`, width, {
          prefix: `  ${l.field.lastDay}${l.colon}`,
          indent: 4,
        }),
      );
    if (d.anchor) {
      const basis = d.anchor.basis === 'notified' ? l.field.fromNotification : l.field.fromEventDate;
      block.push(
        ...paragraph(`${clean(d.anchor.eventId)}, ${formatDate(clean(d.anchor.date), options.locale)} (${basis})`, width, {
          prefix: `  ${l.field.from}${l.colon}`,
          indent: 4,
        }),
      );
    }
    if (d.basis) block.push(...paragraph(clean(d.basis), width, { prefix: `  ${l.field.basis}${l.colon}`, indent: 4 }));
    if (d.problem)
      block.push(
        ...paragraph(clean(catalogue(options.locale).working.problem(d.problem)), width, {
          prefix: `  ${l.field.problem}${l.colon}`,
          indent: 4,
        }),
      );
    if (d.computation) block.push(...workingLines(d.computation, options, '  ', d.assumptions));
    else if (d.assumptions.length > 0)
      block.push(
        ...d.assumptions.flatMap((a) =>
          paragraph(clean(catalogue(options.locale).working.assumption(a)), width, { prefix: '  ! ', tone: tone.caution }),
        ),
      );
    if (d.penalty) block.push(`  ${l.section.penalties}${l.colon.trimEnd()}`, ...penaltyLines(d, options, '    ', options.asOf));
    for (const note of itemNotes(view.case, d)) block.push(...paragraph(clean(note), width, { prefix: '  - ', indent: 4 }));
    return block;
  });
}

function fineBlocks(view: CaseView, options: DetailOptions, l: Labels, tone: Tones): string[] {
  const width = options.width;
  const locale = options.locale;
  return view.fines.flatMap((f, i) => {
    const fine = view.case.measures?.find((m) => m.id === f.measureId);
    const articles = fine?.kind === 'fine' ? fine.articles.map((a) => clean(String(a))).join(', ') : '';
    const toned = (s: Span) => (s.tone ? s.tone(s.text) : s.text);
    const line = (name: string, value: string) => paragraph(value, width, { prefix: `  ${name}${l.colon}`, indent: 4 });
    const cap = f.cap.ok ? `${formatMoney(f.cap.cap.capMinor, f.cap.cap.currency, locale)} (${clean(f.cap.cap.citation)}), ` : '';
    const proposed = f.proposed
      ? [
          ...line(
            l.field.proposed,
            `${f.proposed.approximate ? `${l.field.approximately} ` : ''}${formatMoney(f.proposed.minor, f.proposed.currency, locale)}`,
          ),
        ]
      : [];
    const chain = f.appeal.appeals.length > 0 ? ` (${f.appeal.appeals.map(clean).join(', ')})` : '';
    const note = ` (${l.enforceability[f.enforceability]}${f.enforceableNotes ? `; ${clean(catalogue(options.locale).working.fineNotes(f.enforceableNotes))}` : ''})`;
    return [
      ...(i > 0 ? [''] : []),
      ...paragraph(
        `${clean(f.measureId)}: ${formatDate(clean(f.decisionDate), locale)}, Art. ${clean(f.tier)}${articles ? `; ${articles}` : ''}`,
        width,
        { indent: 2 },
      ),
      ...line(l.field.imposed, formatMoney(f.imposed.minor, f.imposed.currency, locale)),
      ...proposed,
      ...line('EUR', conversionText(f, l, locale)),
      ...line(l.field.cap, `${cap}${toned(capStatus(f, l, tone, locale))}`),
      ...line(l.field.appeal, `${toned(appealSpan(f, l, tone))}${chain}`),
      ...line(l.field.enforceable, `${formatMoney(f.enforceable.minor, f.enforceable.currency, locale)}${note}`),
      ...line(l.field.paid, `${formatMoney(f.paid.minor, f.paid.currency, locale)} (${toned(paymentSpan(f, l, tone))})`),
    ];
  });
}

function appealsTable(view: CaseView, options: DetailOptions, l: Labels, tone: Tones): string {
  const c = view.case;
  const steps = view.appeals;
  const date = (iso: string) => formatDate(clean(iso), options.locale);
  const head = [l.head.id, l.head.court, l.head.appellant, l.head.against, l.head.filed, l.head.outcome];
  const rows = steps.map(({ appeal: a, status, by }): Cell[] => {
    const decided = a.decision ? c.events.find((e) => e.id === a.decision)?.date : undefined;
    const open = status === 'pending' || status === 'reheard';
    const filed = a.filing === 'announced' || a.filing === 'unknown' ? l.field.filing[a.filing] : a.filed ? date(a.filed) : '—';
    return [
      clean(a.id),
      [clean(a.court), ...(a.ref ? [clean(a.ref)] : [])],
      clean(a.appellant),
      a.against.map(clean).join(', '),
      filed,
      [
        { text: l.appealOutcome[a.outcome], tone: open ? tone.caution : undefined },
        ...(a.effects ?? []).map((e) => `${clean(e.on)}: ${l.appealEffect[e.effect]}${e.amount ? ` ${clean(e.amount)}` : ''}`),
        ...(decided ? [date(decided)] : []),
        ...(a['remitted-to'] ? [`${l.field.remittedTo} ${clean(a['remitted-to'])}`] : []),
        ...(status === 'set-aside' && by ? [{ text: `${l.field.appealSetAside} ${clean(by)}`, tone: tone.caution }] : []),
        ...(status === 'reheard' && by ? [{ text: `${l.field.appealReheard} ${clean(by)}`, tone: tone.caution }] : []),
        ...(a.note ? [clean(a.note)] : []),
      ],
    ];
  });
  return renderRecords({ head, rows, width: options.width, titles: steps.map((s) => clean(s.appeal.id)) });
}

function sourceLines(c: Case, options: DetailOptions, l: Labels): string[] {
  const width = options.width;
  return c.sources.flatMap((s) => {
    const meta = [
      s.publisher ? clean(s.publisher) : '',
      s.published ? `${l.field.published} ${formatDate(clean(s.published), options.locale)}` : '',
      s.language ? clean(s.language) : '',
    ]
      .filter((x) => x !== '')
      .join(', ');
    return [
      ...paragraph(clean(s.title), width, { prefix: `[${clean(s.id)}] `, indent: 2 }),
      ...(meta ? paragraph(meta, width, { prefix: '  ', indent: 2 }) : []),
      ...paragraph(clean(s.url), width, { prefix: '  ', indent: 2 }),
      ...(s.archive ? paragraph(clean(s.archive), width, { prefix: '  ', indent: 2 }) : []),
      ...(s.note ? paragraph(clean(s.note), width, { prefix: '  ', indent: 2 }) : []),
    ];
  });
}

/** "fixed in the decision", or "…: the day before 1 Jul 2023" when the decision says "before". */
function fixedText(before: string | undefined, l: Labels, locale: Locale): string {
  return before === undefined ? l.field.fixedDate : `${l.field.fixedBefore} ${formatDate(clean(before), locale)}`;
}
