import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  workingLines
} from "./chunk-ZTW3OUWD.js";
import {
  appealSpan,
  capStatus,
  conversionText,
  paymentSpan
} from "./chunk-PAALQRYH.js";
import {
  loadDossierView
} from "./chunk-VIJHWUEB.js";
import "./chunk-SDNKOSFX.js";
import "./chunk-CF2FPF4Y.js";
import {
  jurisdictionText
} from "./chunk-DAGRCYMT.js";
import {
  penaltyLines,
  statusSpans
} from "./chunk-DJKGAWI5.js";
import "./chunk-RGO3AURG.js";
import "./chunk-77VLO4R7.js";
import {
  renderJsonExport
} from "./chunk-VXOB4YFI.js";
import {
  deadlineLabel
} from "./chunk-WJNSGI4L.js";
import "./chunk-2X6I4QED.js";
import "./chunk-WIOZ5FUX.js";
import {
  renderOptionsFor
} from "./chunk-GIR2HK6Q.js";
import "./chunk-XDO4RZY7.js";
import "./chunk-S5HLXYHN.js";
import "./chunk-PRH5LNXS.js";
import {
  displayWidth,
  heading,
  minimumTableWidth,
  paragraph,
  renderRecords,
  renderTable,
  tones,
  unbreakable
} from "./chunk-MB2GBVIY.js";
import "./chunk-7X34S772.js";
import {
  ExitCode,
  UserError
} from "./chunk-M4L7XWEC.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";
import "./chunk-IXSAOZYY.js";
import "./chunk-HKS45Y5R.js";
import "./chunk-YGJ7O6WJ.js";
import "./chunk-WCR6AKDZ.js";
import "./chunk-6D76KXNS.js";
import "./chunk-ZDNVIE4O.js";
import {
  measureAppeals
} from "./chunk-DZU3AKI3.js";
import {
  catalogue,
  formatDate,
  formatMoney,
  labels,
  plural
} from "./chunk-7JT4PE2B.js";
import {
  ORDER_KINDS
} from "./chunk-5APGV6AL.js";
import "./chunk-IDOCBWWJ.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-2RE557MS.js";
import "./chunk-ITDLV7NW.js";
import "./chunk-2C2PYH5G.js";
import "./chunk-BTYQCHNT.js";

// src/render/report-detail-parts.ts
var clean = (s) => sanitizeForTerminal(s, { singleLine: true });
function notificationLines(e, options, l) {
  const date = (iso) => formatDate(clean(iso), options.locale);
  const n = e.notified;
  const lines = [];
  if (typeof n === "string" && n !== "unknown") lines.push(`${l.field.notifiedOn} ${date(n)}`);
  else if (typeof n === "object") lines.push(`${l.field.notNotifiedAsOf} ${date(n["as-of"])}`, ...n.note ? [clean(n.note)] : []);
  if (e.final) lines.push(`${l.field.final} ${date(e.final)}`);
  if (e["instructed-by"]) lines.push(`${l.field.instructedBy} ${clean(e["instructed-by"])}`);
  return lines;
}
function findingLines(c, options, l) {
  return (c.findings ?? []).flatMap((f) => [
    ...paragraph(
      `${l.findingKind[f.kind]}${f.articles ? ` (Art. ${f.articles.map((a) => clean(String(a))).join(", ")})` : ""}: ${clean(f.summary)}`,
      options.width,
      { prefix: `- ${clean(f.id)}: `, indent: 4 }
    ),
    ...f.note ? paragraph(clean(f.note), options.width, { prefix: "    ", indent: 4 }) : []
  ]);
}
function suspensionLines(c, options, l) {
  const date = (iso) => formatDate(clean(iso), options.locale);
  return (c.suspensions ?? []).flatMap((s) => [
    ...paragraph(
      `${s.body ? clean(s.body) : l.suspendedBy[s.by]}: ${s.scope.map((x) => l.suspensionScope[x]).join(", ")}${s.measures ? ` (${s.measures.map(clean).join(", ")})` : ""}, ${date(s.from)} \u2013 ${s.to ? date(s.to) : l.field.ongoing}`,
      options.width,
      { prefix: `- ${clean(s.id)}: `, indent: 4 }
    ),
    ...s.note ? paragraph(clean(s.note), options.width, { prefix: "    ", indent: 4 }) : []
  ]);
}
function itemNotes(c, d) {
  const period = (c.deadlines ?? []).find((x) => d.kind === "legal-period" && x.id === d.id);
  const measure = (c.measures ?? []).find((m) => m.id === d.measureId);
  const penalty = measure && (measure.kind === "order" || measure.kind === "ban") ? measure.penalty : void 0;
  return [
    ...period?.note ? [period.note] : [],
    ...penalty?.note ? [penalty.note] : [],
    ...(penalty?.liquidations ?? []).flatMap((x) => x.note ? [x.note] : []),
    ...(penalty?.collections ?? []).flatMap((x) => x.note ? [x.note] : [])
  ];
}
function lastChecked(view, options, l) {
  const days = view.case.sources.map((s) => s.checked ?? "").filter((d) => d !== "" && (options.asOf === void 0 || d <= options.asOf));
  const newest = days.sort().at(-1);
  return newest === void 0 ? l.field.neverChecked : formatDate(clean(newest), options.locale);
}

// src/render/report-detail.ts
var clean2 = (s) => sanitizeForTerminal(s, { singleLine: true });
function renderCaseDetail(caseView, options) {
  const c = caseView.case;
  const l = labels(options.locale);
  const tone = tones(options.chalk);
  const bold = (s) => options.chalk.bold(s);
  const width = options.width;
  const field = (name, value, valueTone) => paragraph(value, width, { prefix: `${name}${l.colon}`, indent: 2, ...valueTone ? { tone: valueTone } : {} });
  const statusTone = c.status === "under-appeal" ? tone.caution : void 0;
  const lines = [
    ...paragraph(`${clean2(c.title)} (${clean2(c.id)})`, width, { tone: bold }),
    ...field(l.field.authority, `${clean2(c.authority.short)}, ${clean2(c.authority.name)} (${clean2(c.authority.country)})`),
    ...field(l.field.jurisdiction, `${clean2(jurisdictionText(c, l.field.ruleNotStated))} \xB7 ${l.field.law}${l.colon}${clean2(c.law)}`),
    ...field(l.field.status, l.caseStatus[c.status], statusTone),
    ...c.acts && c.acts.length > 0 ? field(l.field.acts, c.acts.map(clean2).join("; ")) : [],
    ...c.lead === true ? field(l.field.authority, l.field.lead) : [],
    ...c.concerned && c.concerned.length > 0 ? field(l.field.concerned, c.concerned.map((a) => `${clean2(a.short)} (${clean2(a.country)})`).join(", ")) : [],
    ...field(
      c.respondents.length > 1 ? l.field.respondents : l.field.respondent,
      c.respondents.map(
        (r) => `${clean2(r.name)} (${clean2(r.country)}${r.role ? `, ${clean2(r.role)}` : ""}${r.undertaking ? `; ${clean2(r.undertaking)}` : ""})`
      ).join("; ")
    ),
    ...field(l.field.lastChecked, lastChecked(caseView, options, l)),
    ...options.asOf ? field(l.asOf, formatDate(options.asOf, options.locale)) : []
  ];
  const section = (title, body) => {
    if (body.length > 0) lines.push("", ...heading(title, width).map(bold), ...body);
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
    (c.notes ?? []).flatMap(
      (n) => paragraph(clean2(n.text), width, { prefix: n.about ? `- (${l.field.about} ${clean2(n.about)}) ` : "- ", indent: 2 })
    )
  );
  return `${lines.join("\n")}
`;
}
function timelineTable(c, options, l) {
  const head = [l.head.date, l.head.kind, l.head.ref, l.head.summary];
  const rows = c.events.map((e) => [
    unbreakable(formatDate(clean2(e.date), options.locale)),
    [l.eventKind[e.kind], ...e.body ? [clean2(e.body)] : [], ...notificationLines(e, options, l)],
    e.ref ? clean2(e.ref) : "",
    [clean2(e.summary), ...e.note ? [clean2(e.note)] : []]
  ]);
  return renderRecords({
    head,
    rows,
    width: options.width,
    columns: [{ min: 11 }, { min: 10 }, { min: 10 }, { min: 24 }],
    titles: c.events.map((e) => clean2(e.id))
  });
}
function measuresTable(view, options, l, tone) {
  const measures = view.case.measures ?? [];
  const head = [l.head.id, l.head.kind, l.head.summary, l.head.status];
  const rows = measures.map((m) => {
    let status = "";
    if (m.kind === "fine") {
      const f = view.fines.find((x) => x.measureId === m.id);
      status = f ? [formatMoney(f.imposed.minor, f.imposed.currency, options.locale), paymentSpan(f, l, tone)] : "";
    } else if (m.kind === "order" || m.kind === "ban") {
      const kinds = ORDER_KINDS.filter((k) => m.orders?.includes(k)).map((k) => l.orderKind[k]);
      const compliance = m.compliance?.status ?? "unknown";
      const complianceTone = compliance === "complied" ? tone.good : compliance === "not-complied" || compliance === "partly-complied" ? tone.bad : void 0;
      status = [
        ...kinds.length > 0 ? [kinds.join(", ")] : [],
        ...m.power ? [`${l.field.power}(${m.power})`] : [],
        { text: l.compliance[compliance], tone: complianceTone },
        ...m.compliance?.date ? [formatDate(clean2(m.compliance.date), options.locale)] : [],
        ...m.compliance?.["as-of"] ? [`${l.asOf} ${formatDate(clean2(m.compliance["as-of"]), options.locale)}`] : [],
        ...m.compliance?.note ? [clean2(m.compliance.note)] : [],
        ...m["superseded-by"] ? [`${l.field.supersededBy} ${clean2(m["superseded-by"])}`] : []
      ];
    }
    const paymentNote = m.kind === "fine" ? m.payment?.note : void 0;
    const lines = typeof status === "string" || !Array.isArray(status) ? [status] : status;
    const cell = paymentNote === void 0 ? status : [...lines, clean2(paymentNote)];
    return [clean2(m.id), l.measureKind[m.kind], [clean2(m.summary), ...m.note ? [clean2(m.note)] : []], cell];
  });
  return renderRecords({
    head,
    rows,
    width: options.width,
    columns: [{ min: 12 }, { min: 8 }, { min: 24 }, { min: 16 }],
    titles: measures.map((m) => clean2(m.id))
  });
}
function deadlineBlocks(view, options, l, tone) {
  const width = options.width;
  return view.deadlines.flatMap((d, i) => {
    const status = statusSpans(d, l, tone, options);
    const toned = (s) => s.tone ? s.tone(s.text) : s.text;
    const end = d.end === void 0 ? "\u2014" : formatDate(clean2(d.end), options.locale);
    const block = [
      ...i > 0 ? [""] : [],
      ...paragraph(`${clean2(d.id)}: ${clean2(deadlineLabel(d, l.field.paymentOf))}`, width, { indent: 2 }),
      ...paragraph(`${end} \xB7 ${l.deadlineKind[d.kind]} \xB7 ${status.map(toned).join(" \xB7 ")}`, width, { prefix: "  ", indent: 4 })
    ];
    if (d.fixedDate)
      block.push(
        ...paragraph(`${formatDate(clean2(d.fixedDate), options.locale)} (${fixedText(d.fixedBefore, l, options.locale)})`, width, {
          prefix: `  ${l.field.lastDay}${l.colon}`,
          indent: 4
        })
      );
    if (d.anchor) {
      const basis = d.anchor.basis === "notified" ? l.field.fromNotification : l.field.fromEventDate;
      block.push(
        ...paragraph(`${clean2(d.anchor.eventId)}, ${formatDate(clean2(d.anchor.date), options.locale)} (${basis})`, width, {
          prefix: `  ${l.field.from}${l.colon}`,
          indent: 4
        })
      );
    }
    if (d.basis) block.push(...paragraph(clean2(d.basis), width, { prefix: `  ${l.field.basis}${l.colon}`, indent: 4 }));
    if (d.problem)
      block.push(
        ...paragraph(clean2(catalogue(options.locale).working.problem(d.problem)), width, {
          prefix: `  ${l.field.problem}${l.colon}`,
          indent: 4
        })
      );
    if (d.computation) block.push(...workingLines(d.computation, options, "  ", d.assumptions));
    else if (d.assumptions.length > 0)
      block.push(
        ...d.assumptions.flatMap(
          (a) => paragraph(clean2(catalogue(options.locale).working.assumption(a)), width, { prefix: "  ! ", tone: tone.caution })
        )
      );
    if (d.penalty) block.push(`  ${l.section.penalties}${l.colon.trimEnd()}`, ...penaltyLines(d, options, "    ", options.asOf));
    for (const note of itemNotes(view.case, d)) block.push(...paragraph(clean2(note), width, { prefix: "  - ", indent: 4 }));
    return block;
  });
}
function fineBlocks(view, options, l, tone) {
  const width = options.width;
  const locale = options.locale;
  return view.fines.flatMap((f, i) => {
    const fine = view.case.measures?.find((m) => m.id === f.measureId);
    const articles = fine?.kind === "fine" ? fine.articles.map((a) => clean2(String(a))).join(", ") : "";
    const toned = (s) => s.tone ? s.tone(s.text) : s.text;
    const line = (name, value) => paragraph(value, width, { prefix: `  ${name}${l.colon}`, indent: 4 });
    const cap = f.cap.ok ? `${formatMoney(f.cap.cap.capMinor, f.cap.cap.currency, locale)} (${clean2(f.cap.cap.citation)}), ` : "";
    const proposed = f.proposed ? [
      ...line(
        l.field.proposed,
        `${f.proposed.approximate ? `${l.field.approximately} ` : ""}${formatMoney(f.proposed.minor, f.proposed.currency, locale)}`
      )
    ] : [];
    const chain = f.appeal.appeals.length > 0 ? ` (${f.appeal.appeals.map(clean2).join(", ")})` : "";
    const note = ` (${l.enforceability[f.enforceability]}${f.enforceableNotes ? `; ${clean2(catalogue(options.locale).working.fineNotes(f.enforceableNotes))}` : ""})`;
    return [
      ...i > 0 ? [""] : [],
      ...paragraph(
        `${clean2(f.measureId)}: ${formatDate(clean2(f.decisionDate), locale)}, Art. ${clean2(f.tier)}${articles ? `; ${articles}` : ""}`,
        width,
        { indent: 2 }
      ),
      ...line(l.field.imposed, formatMoney(f.imposed.minor, f.imposed.currency, locale)),
      ...proposed,
      ...line("EUR", conversionText(f, l, locale)),
      ...line(l.field.cap, `${cap}${toned(capStatus(f, l, tone, locale))}`),
      ...line(l.field.appeal, `${toned(appealSpan(f, l, tone))}${chain}`),
      ...line(l.field.enforceable, `${formatMoney(f.enforceable.minor, f.enforceable.currency, locale)}${note}`),
      ...line(l.field.paid, `${formatMoney(f.paid.minor, f.paid.currency, locale)} (${toned(paymentSpan(f, l, tone))})`)
    ];
  });
}
function appealsTable(view, options, l, tone) {
  const c = view.case;
  const steps = view.appeals;
  const date = (iso) => formatDate(clean2(iso), options.locale);
  const head = [l.head.id, l.head.court, l.head.appellant, l.head.against, l.head.filed, l.head.outcome];
  const rows = steps.map(({ appeal: a, status, by }) => {
    const decided = a.decision ? c.events.find((e) => e.id === a.decision)?.date : void 0;
    const open = status === "pending" || status === "reheard";
    const filed = a.filing === "announced" || a.filing === "unknown" ? l.field.filing[a.filing] : a.filed ? date(a.filed) : "\u2014";
    return [
      clean2(a.id),
      [clean2(a.court), ...a.ref ? [clean2(a.ref)] : []],
      clean2(a.appellant),
      a.against.map(clean2).join(", "),
      filed,
      [
        { text: l.appealOutcome[a.outcome], tone: open ? tone.caution : void 0 },
        ...(a.effects ?? []).map((e) => `${clean2(e.on)}: ${l.appealEffect[e.effect]}${e.amount ? ` ${clean2(e.amount)}` : ""}`),
        ...decided ? [date(decided)] : [],
        ...a["remitted-to"] ? [`${l.field.remittedTo} ${clean2(a["remitted-to"])}`] : [],
        ...status === "set-aside" && by ? [{ text: `${l.field.appealSetAside} ${clean2(by)}`, tone: tone.caution }] : [],
        ...status === "reheard" && by ? [{ text: `${l.field.appealReheard} ${clean2(by)}`, tone: tone.caution }] : [],
        ...a.note ? [clean2(a.note)] : []
      ]
    ];
  });
  return renderRecords({ head, rows, width: options.width, titles: steps.map((s) => clean2(s.appeal.id)) });
}
function sourceLines(c, options, l) {
  const width = options.width;
  return c.sources.flatMap((s) => {
    const meta = [
      s.publisher ? clean2(s.publisher) : "",
      s.published ? `${l.field.published} ${formatDate(clean2(s.published), options.locale)}` : "",
      s.language ? clean2(s.language) : ""
    ].filter((x) => x !== "").join(", ");
    return [
      ...paragraph(clean2(s.title), width, { prefix: `[${clean2(s.id)}] `, indent: 2 }),
      ...meta ? paragraph(meta, width, { prefix: "  ", indent: 2 }) : [],
      ...paragraph(clean2(s.url), width, { prefix: "  ", indent: 2 }),
      ...s.archive ? paragraph(clean2(s.archive), width, { prefix: "  ", indent: 2 }) : [],
      ...s.note ? paragraph(clean2(s.note), width, { prefix: "  ", indent: 2 }) : []
    ];
  });
}
function fixedText(before, l, locale) {
  return before === void 0 ? l.field.fixedDate : `${l.field.fixedBefore} ${formatDate(clean2(before), locale)}`;
}

// src/render/overview-cells.ts
var clean3 = (s) => sanitizeForTerminal(s, { singleLine: true });
function sharedRespondent(view) {
  const names = new Set(view.cases.map((c) => respondentNames(c)));
  return names.size === 1 ? clean3([...names][0] ?? "") : void 0;
}
function appealCell(view, l, tone) {
  if ((view.case.measures ?? []).length === 0 && view.appeals.length === 0) return [];
  const states = new Set((view.case.measures ?? []).map((m) => measureAppeals(view.case, m).state));
  if (states.size > 1) states.delete("none");
  if (view.appeals.length > 0 && [...states].every((st) => st === "none"))
    return view.appeals.map((s) => ({
      text: l.appealOutcome[s.appeal.outcome],
      tone: s.status === "pending" || s.status === "reheard" ? tone.caution : void 0
    }));
  const ordered = ["pending", "remitted", "reduced", "annulled", "upheld", "none"].filter((st) => states.has(st));
  if (ordered.length === 0) return [{ text: l.appealState.none }];
  return ordered.map((st) => ({ text: l.appealState[st], tone: st === "pending" || st === "remitted" ? tone.caution : void 0 }));
}
function respondentNames(view) {
  return view.case.respondents.map((r) => clean3(r.name)).join(", ");
}
function decisionDate(view) {
  const c = view.case;
  const measures = c.measures ?? [];
  const byKind = (kind) => measures.find((m) => c.events.find((e) => e.id === m.decision)?.kind === kind)?.decision;
  const imposing = measures.find((m) => m.kind === "fine")?.decision ?? byKind("decision") ?? measures[0]?.decision ?? (c.findings ?? [])[0]?.decision;
  return c.events.find((e) => e.id === imposing)?.date ?? c.events.find((e) => e.kind === "decision" && e.body === void 0)?.date;
}
function penaltySummary(p, l, locale) {
  const money = (minor) => formatMoney(minor, p.currency, locale);
  if (p.payableMinor === 0 && (p.notPayableMinor ?? 0) === 0 && p.maximumMinor === void 0) return [];
  return [
    `${l.field.payableNow}${l.colon}${money(p.payableMinor)}`,
    ...p.notPayableMinor !== void 0 && p.notPayableMinor > 0 ? [`${l.totals.notPayable}${l.colon}${money(p.notPayableMinor)}`] : [],
    ...p.notPayableMinor === void 0 && p.maximumMinor !== void 0 ? [`${l.field.exposure}${l.colon}${money(p.maximumMinor)}`] : []
  ];
}

// src/render/report-overview-compact.ts
var clean4 = (s) => sanitizeForTerminal(s, { singleLine: true });
function layouts(l, s) {
  const whoDecided = { head: l.head.authority, parts: ["who", "decided"], min: 12 };
  const fineAppeal = { head: l.head.fine, parts: ["fine", "appeal"], min: 16, align: "right" };
  const deadline = ["overdue", "penalty", "more", "next"];
  return [
    [
      { head: l.head.authority, parts: ["who"], min: 12 },
      { head: s.decided, parts: ["decided"], min: 11 },
      { head: l.head.fine, parts: ["fine"], min: 16, align: "right" },
      { head: s.ordered, parts: ["ordered"], min: 20 },
      { head: s.deadline, parts: deadline, min: 28 },
      { head: l.head.appeal, parts: ["appeal"], min: 14 }
    ],
    [whoDecided, fineAppeal, { head: s.ordered, parts: ["ordered"], min: 14 }, { head: s.deadline, parts: deadline, min: 24 }],
    // 60 columns: the penalty goes with the money, the deadlines under what was ordered.
    [
      whoDecided,
      { ...fineAppeal, parts: ["fine", "penalty", "appeal"] },
      { head: s.orderedDeadline, parts: ["ordered", "overdue", "more", "nextShort"], min: 20 }
    ]
  ];
}
function renderCompactCases(view, options) {
  if (view.cases.length === 0) return "";
  const l = labels(options.locale);
  const s = labels(options.locale).compact;
  const tone = tones(options.chalk);
  const parts = view.cases.map((c) => caseParts(c, view.asOf, options, l, s, tone, sharedRespondent(view) === void 0));
  const all = layouts(l, s);
  const cell = (p, col) => {
    const lines = col.parts.flatMap((part) => p[part]);
    return lines.length > 0 ? lines : ["\u2014"];
  };
  const built = all.map((columns) => ({ columns, rows: parts.map((p) => columns.map((col) => cell(p, col))) }));
  for (const { columns, rows } of built) {
    const widths = contentWidths(columns, rows, options.width);
    if (widths)
      return drawn(
        columns,
        rows,
        options.width,
        widths.map((w) => w + 2)
      );
  }
  const narrowest = built.at(-1);
  if (narrowest === void 0) throw new Error("no overview layout is defined");
  return drawn(narrowest.columns, narrowest.rows, options.width);
}
function drawn(columns, rows, width, colWidths) {
  const spec = {
    head: columns.map((c) => c.head),
    rows,
    width,
    columns: columns.map((c) => ({ min: c.min, align: c.align ?? "left" }))
  };
  return renderTable(colWidths ? { ...spec, colWidths } : spec);
}
function contentWidths(columns, rows, width) {
  const available = width - 3 * columns.length - 1;
  const natural = columns.map(
    (col, i) => Math.max(
      displayWidth(col.head),
      ...rows.map((r) => Math.max(0, ...(r[i] ?? []).map((line) => displayWidth(typeof line === "string" ? line : line.text))))
    )
  );
  const word = columns.map(
    (col, i) => minimumTableWidth(
      [col.head],
      rows.map((r) => [r[i] ?? []])
    ) - 4
  );
  const widths = columns.map((col, i) => Math.min(natural[i] ?? 0, Math.max(col.min, word[i] ?? 0)));
  let spare = available - widths.reduce((a, b) => a + b, 0);
  if (spare < 0) return void 0;
  const order = columns.map((_, i) => i).sort((a, b) => Number(columns[b]?.parts.includes("overdue")) - Number(columns[a]?.parts.includes("overdue")));
  for (const i of order) {
    const grow = Math.min(spare, (natural[i] ?? 0) - (widths[i] ?? 0));
    widths[i] = (widths[i] ?? 0) + grow;
    spare -= grow;
  }
  return widths;
}
function caseParts(view, asOf, options, l, s, tone, withRespondent) {
  const c = view.case;
  const locale = options.locale;
  const money = (minor, currency) => formatMoney(minor, currency, locale);
  const decision = decisionDate(view);
  const orders = (c.measures ?? []).filter((m) => m.kind === "order" || m.kind === "ban");
  const fine = view.fines.flatMap((f) => {
    const amount = money(f.imposed.minor, f.imposed.currency);
    const eur = f.imposed.currency === "EUR" ? [] : [f.eur.ok ? `= ${money(f.eur.conversion.eurMinor, "EUR")}` : l.field.noRate];
    const owed = f.enforceable.minor > f.paid.minor;
    const paymentTone = f.paymentStatus === "paid" ? tone.good : owed ? tone.bad : void 0;
    const enforceable = f.enforceability === "enforceable" || f.enforceability === "enforceable-if-notified";
    return [
      amount,
      ...eur,
      { text: l.payment[f.paymentStatus], tone: paymentTone },
      ...enforceable ? [] : [{ text: l.enforceability[f.enforceability], tone: tone.caution }]
    ];
  });
  return {
    who: [`${clean4(c.authority.short)} \xB7 ${clean4(c.authority.country)}`, ...withRespondent ? [respondentNames(view)] : []],
    decided: decision === void 0 ? [] : [unbreakable(formatDate(clean4(decision), locale))],
    fine,
    appeal: appealCell(view, l, tone),
    ordered: orderedLines(orders, l, s, tone, locale),
    ...deadlineParts(view.deadlines, options, l, s, tone)
  };
}
function orderedLines(orders, l, s, tone, locale) {
  if (orders.length === 0) return [];
  const kinds = new Set(orders.flatMap((o) => o.orders ?? []));
  const named = ORDER_KINDS.filter((k) => kinds.has(k)).map((k) => s.orderKind[k]);
  const counts = /* @__PURE__ */ new Map();
  for (const o of orders) counts.set(o.compliance?.status ?? "unknown", (counts.get(o.compliance?.status ?? "unknown") ?? 0) + 1);
  const status = ["not-complied", "partly-complied", "complied", "unknown"].filter((k) => counts.has(k)).map((k) => ({
    text: plural(counts.get(k) ?? 0, l.complianceCount[k], locale),
    tone: k === "complied" ? tone.good : k === "unknown" ? void 0 : tone.bad
  }));
  return [named.length > 0 ? named.join(", ") : plural(orders.length, l.orders, locale), ...status];
}
function deadlineParts(deadlines, options, l, s, tone) {
  const locale = options.locale;
  const overdue = overdueFirst(deadlines);
  const first = overdue[0];
  const penalty = deadlines.find((d) => d.penalty !== void 0)?.penalty;
  const next = deadlines.filter((d) => d.status === "open" && d.end !== void 0).sort((a, b) => (a.end ?? "").localeCompare(b.end ?? ""))[0];
  const nextName = next ? `${l.next}${l.colon}${clean4(next.id)}` : "";
  const left = next ? unbreakable(plural(next.daysLeft ?? 0, l.daysLeft, locale)) : "";
  return {
    overdue: first ? [{ text: `${clean4(first.id)}${l.colon}${unbreakable(plural(first.daysLate ?? 0, l.daysLate, locale))}`, tone: tone.bad }] : [],
    penalty: penalty ? penaltySummary(penalty, l, locale) : [],
    more: overdue.length > 1 ? [{ text: moreOverdue(overdue.length - 1, locale), tone: tone.bad }] : [],
    next: next?.end ? [nextName, `${unbreakable(formatDate(next.end, locale))}, ${left}`] : [],
    nextShort: next ? [`${nextName}, ${left}`] : []
  };
}
function overdueFirst(deadlines) {
  return deadlines.filter((d) => (d.status === "missed" || d.status === "overdue") && d.metOn === void 0).sort((a, b) => Number(b.penalty !== void 0) - Number(a.penalty !== void 0) || (b.daysLate ?? 0) - (a.daysLate ?? 0));
}
function moreOverdue(count, locale) {
  return `+${plural(count, labels(locale).compact.more, locale)}`;
}

// src/render/report-overview.ts
var WIDE_LINES_PER_CASE = 6;
function renderOverview(view, options) {
  const l = labels(options.locale);
  const tone = tones(options.chalk);
  const bold = (s) => options.chalk.bold(s);
  const date = formatDate(view.asOf, options.locale);
  const wide = wideTable(view, options, l, tone);
  const respondent = wide === void 0 ? sharedRespondent(view) : void 0;
  const title = respondent === void 0 ? `${l.dossierTitle}, ${l.asOf} ${date}` : `${l.dossierTitle}${l.colon}${respondent}, ${l.asOf} ${date}`;
  const lines = paragraph(title, options.width, { tone: bold });
  const cases = wide ?? renderCompactCases(view, options);
  if (cases !== "") lines.push("", cases);
  lines.push("", renderTotals(view, options, l, tone));
  return `${lines.join("\n")}
`;
}
function wideTable(view, options, l, tone) {
  if (view.cases.length === 0) return void 0;
  const fields = view.cases.map((c) => caseFields(c, view.asOf, options, l, tone));
  const head = fields[0]?.map(([name]) => name) ?? [];
  const rows = fields.map((f) => f.map(([, value]) => value));
  if (minimumTableWidth(head, rows) > options.width) return void 0;
  const money = /* @__PURE__ */ new Set([3, 4]);
  const table = renderTable({
    head,
    rows,
    width: options.width,
    columns: head.map((_, i) => ({ align: money.has(i) ? "right" : "left" }))
  });
  return table.split("\n").length <= 4 + WIDE_LINES_PER_CASE * view.cases.length ? table : void 0;
}
function caseFields(view, asOf, options, l, tone) {
  const c = view.case;
  const locale = options.locale;
  const money = (minor, currency) => formatMoney(minor, currency, locale);
  const decision = decisionDate(view);
  const orders = (c.measures ?? []).filter((m) => m.kind === "order" || m.kind === "ban");
  return [
    [l.head.authority, `${clean4(c.authority.short)} \xB7 ${clean4(c.authority.country)}`],
    [l.head.respondent, respondentNames(view)],
    [l.head.decision, decision === void 0 ? "\u2014" : unbreakable(formatDate(clean4(decision), locale))],
    [
      l.head.fine,
      view.fines.length === 0 ? "\u2014" : view.fines.flatMap((f) => {
        const owed = f.enforceable.minor > f.paid.minor;
        const payment = l.payment[f.paymentStatus];
        const paymentTone = f.paymentStatus === "paid" ? tone.good : owed ? tone.bad : void 0;
        const enforceable = f.enforceability === "enforceable" || f.enforceability === "enforceable-if-notified";
        return [
          { text: money(f.imposed.minor, f.imposed.currency) },
          { text: payment, tone: paymentTone },
          ...enforceable ? [] : [{ text: l.enforceability[f.enforceability], tone: tone.caution }]
        ];
      })
    ],
    [
      l.head.fineEur,
      view.fines.length === 0 ? "\u2014" : view.fines.map((f) => f.eur.ok ? money(f.eur.conversion.eurMinor, "EUR") : l.field.noRate)
    ],
    [l.head.orders, ordersCell(orders, l, locale)],
    [l.head.compliance, complianceCell(orders, l, tone, locale)],
    [l.head.appeal, appealCell(view, l, tone)],
    [l.head.deadline, deadlineCell(view.deadlines, options, l, tone)],
    [l.head.penaltyAccrued, penaltyCell(view.deadlines, options, l)]
  ];
}
function ordersCell(orders, l, locale) {
  if (orders.length === 0) return "\u2014";
  const kinds = new Set(orders.flatMap((o) => o.orders ?? []));
  const named = ORDER_KINDS.filter((k) => kinds.has(k)).map((k) => l.orderKind[k]);
  return [plural(orders.length, l.orders, locale), ...named.length > 0 ? [named.join(", ")] : []];
}
function complianceCell(orders, l, tone, locale) {
  if (orders.length === 0) return "\u2014";
  const counts = /* @__PURE__ */ new Map();
  for (const o of orders) {
    const status = o.compliance?.status ?? "unknown";
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const order = ["not-complied", "partly-complied", "complied", "unknown"];
  return order.filter((s) => counts.has(s)).map((s) => ({
    text: plural(counts.get(s) ?? 0, l.complianceCount[s], locale),
    tone: s === "complied" ? tone.good : s === "not-complied" || s === "partly-complied" ? tone.bad : void 0
  }));
}
function deadlineCell(deadlines, options, l, tone) {
  const locale = options.locale;
  const unmet = overdueFirst(deadlines);
  const overdue = unmet[0];
  const next = deadlines.filter((d) => d.status === "open").sort((a, b) => (a.end ?? "").localeCompare(b.end ?? ""))[0];
  const spans = [];
  if (overdue?.end !== void 0) {
    spans.push({ text: `${l.overdue}${l.colon}${clean4(overdue.id)}`, tone: tone.bad });
    spans.push({ text: `${formatDate(overdue.end, locale)}, ${plural(overdue.daysLate ?? 0, l.daysLate, locale)}`, tone: tone.bad });
    if (unmet.length > 1) spans.push({ text: moreOverdue(unmet.length - 1, locale), tone: tone.bad });
  }
  if (next?.end !== void 0) {
    spans.push({ text: `${l.next}${l.colon}${clean4(next.id)}` });
    spans.push({ text: `${formatDate(next.end, locale)}, ${plural(next.daysLeft ?? 0, l.daysLeft, locale)}` });
  }
  return spans.length > 0 ? spans : "\u2014";
}
function penaltyCell(deadlines, options, l) {
  const spans = [];
  for (const d of deadlines) {
    const p = d.penalty;
    if (!p) continue;
    spans.push(...penaltySummary(p, l, options.locale).map((text) => ({ text: typeof text === "string" ? text : text.text })));
  }
  return spans.length > 0 ? spans : "\u2014";
}
function renderTotals(view, options, l, tone) {
  const t = view.totals;
  const row = (name, total, toneFor) => {
    const amount = formatMoney(total.minor, "EUR", options.locale);
    const left = total.unconverted.map((u) => `${l.totals.unconverted}${l.colon}${clean4(u)}`);
    return [name, [{ text: amount, tone: total.minor > 0 ? toneFor : void 0 }, ...left]];
  };
  return renderTable({
    head: [`${l.totals.title}, ${l.asOf} ${formatDate(view.asOf, options.locale)}`, "EUR"],
    rows: [
      row(l.totals.imposed, t.imposed),
      row(l.totals.enforceable, t.enforceable),
      row(l.totals.ifNotified, t.enforceableIfNotified),
      row(l.totals.payable, t.penaltiesPayable),
      row(l.totals.notPayable, t.penaltiesNotPayable),
      row(l.totals.collected, t.collected, tone.good),
      row(l.totals.owed, t.owed, tone.bad)
    ],
    width: Math.min(options.width, 90),
    columns: [{ min: 20 }, { min: 16, align: "right" }],
    // Six label-value rows read well without a rule between each.
    compact: true
  });
}

// src/cli/commands/report.ts
async function report(options, io) {
  const view = await loadDossierView(io, options);
  const unknown = options.ids.filter((id) => !view.cases.some((c) => c.case.id === id));
  if (unknown.length > 0)
    throw new UserError(
      `no case with id ${unknown.map((id) => JSON.stringify(id)).join(", ")}; known: ${view.cases.map((c) => c.case.id).join(", ")}`
    );
  const chosen = options.ids.length === 0 ? view : { ...view, cases: view.cases.filter((c) => options.ids.includes(c.case.id)) };
  if (options.json) {
    await io.stdout.write(renderJsonExport(chosen));
    return ExitCode.Ok;
  }
  const render = renderOptionsFor(io, options.color, options.locale);
  if (options.ids.length === 0) await io.stdout.write(renderOverview(view, render));
  else for (const caseView of chosen.cases) await io.stdout.write(renderCaseDetail(caseView, { ...render, asOf: view.asOf }));
  return ExitCode.Ok;
}
export {
  report
};
