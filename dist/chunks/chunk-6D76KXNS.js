import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  parseDateText
} from "./chunk-ZDNVIE4O.js";
import {
  finesAffected
} from "./chunk-DZU3AKI3.js";
import {
  parseAmount,
  toSafeMinor
} from "./chunk-VPFUFNNR.js";
import {
  parseSimplePeriod
} from "./chunk-ITDLV7NW.js";
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  minDate
} from "./chunk-2C2PYH5G.js";

// src/rules/walk.ts
function dateFields(c) {
  const out = [];
  const add = (value, path) => {
    if (value !== void 0 && value !== "unknown") out.push({ value, path });
  };
  c.sources.forEach((s, i) => {
    add(s.published, ["sources", i, "published"]);
    add(s.checked, ["sources", i, "checked"]);
  });
  c.events.forEach((e, i) => {
    add(e.date, ["events", i, "date"]);
    if (typeof e.notified === "string") add(e.notified, ["events", i, "notified"]);
    else if (e.notified) add(e.notified["as-of"], ["events", i, "notified", "as-of"]);
    add(e.final, ["events", i, "final"]);
  });
  (c.measures ?? []).forEach((m, i) => {
    if ("due" in m && m.due && "date" in m.due) add(m.due.date, ["measures", i, "due", "date"]);
    if ("due" in m && m.due && "before" in m.due) add(m.due.before, ["measures", i, "due", "before"]);
    if (m.kind === "fine") {
      add(m.payment?.date, ["measures", i, "payment", "date"]);
      add(m.payment?.["as-of"], ["measures", i, "payment", "as-of"]);
    }
    if (m.kind === "order" || m.kind === "ban") {
      add(m.compliance?.date, ["measures", i, "compliance", "date"]);
      add(m.compliance?.["as-of"], ["measures", i, "compliance", "as-of"]);
      add(m.penalty?.from, ["measures", i, "penalty", "from"]);
      (m.penalty?.liquidations ?? []).forEach((l, j) => {
        add(l.from, ["measures", i, "penalty", "liquidations", j, "from"]);
        add(l.to, ["measures", i, "penalty", "liquidations", j, "to"]);
      });
    }
  });
  (c.appeals ?? []).forEach((a, i) => add(a.filed, ["appeals", i, "filed"]));
  (c.suspensions ?? []).forEach((s, i) => {
    add(s.from, ["suspensions", i, "from"]);
    add(s.to, ["suspensions", i, "to"]);
  });
  return out;
}
function amountFields(c) {
  const out = [];
  const add = (value, currency, path) => {
    if (value !== void 0) out.push({ value, currency, path });
  };
  c.respondents.forEach(
    (r, k) => (r.turnover ?? []).forEach((t, i) => add(t.amount, t.currency, ["respondents", k, "turnover", i, "amount"]))
  );
  (c.measures ?? []).forEach((m, i) => {
    if (m.kind === "fine") {
      add(m.amount, m.currency, ["measures", i, "amount"]);
      if (m.proposed) add(m.proposed.amount, m.proposed.currency ?? m.currency, ["measures", i, "proposed", "amount"]);
      add(m.payment?.paid, m.currency, ["measures", i, "payment", "paid"]);
    }
    if ((m.kind === "order" || m.kind === "ban") && m.penalty) {
      const p = m.penalty;
      add(p.amount, p.currency, ["measures", i, "penalty", "amount"]);
      add(p.maximum, p.currency, ["measures", i, "penalty", "maximum"]);
      (p.liquidations ?? []).forEach((l, j) => add(l.amount, p.currency, ["measures", i, "penalty", "liquidations", j, "amount"]));
      (p.collections ?? []).forEach((l, j) => add(l.amount, p.currency, ["measures", i, "penalty", "collections", j, "amount"]));
    }
  });
  (c.appeals ?? []).forEach(
    (a, i) => (a.effects ?? []).forEach((e, j) => {
      const fine = finesAffected(c, e.on)[0];
      if (e.amount !== void 0 && fine) add(e.amount, fine.currency, ["appeals", i, "effects", j, "amount"]);
    })
  );
  return out;
}
function sourceLists(c) {
  const out = [];
  const add = (value, path) => {
    if (value) out.push({ value, path });
  };
  c.respondents.forEach((r, k) => {
    add(r.sources, ["respondents", k, "sources"]);
    (r.turnover ?? []).forEach((t, i) => add(t.sources, ["respondents", k, "turnover", i, "sources"]));
  });
  c.events.forEach((e, i) => {
    add(e.sources, ["events", i, "sources"]);
    if (typeof e.notified === "object") add(e.notified.sources, ["events", i, "notified", "sources"]);
  });
  (c.findings ?? []).forEach((f, i) => add(f.sources, ["findings", i, "sources"]));
  (c.measures ?? []).forEach((m, i) => {
    add(m.sources, ["measures", i, "sources"]);
    if (m.kind === "fine") add(m.payment?.sources, ["measures", i, "payment", "sources"]);
    if (m.kind === "order" || m.kind === "ban") {
      add(m.compliance?.sources, ["measures", i, "compliance", "sources"]);
      (m.penalty?.liquidations ?? []).forEach((l, j) => add(l.sources, ["measures", i, "penalty", "liquidations", j, "sources"]));
      (m.penalty?.collections ?? []).forEach((l, j) => add(l.sources, ["measures", i, "penalty", "collections", j, "sources"]));
    }
  });
  (c.deadlines ?? []).forEach((d, i) => add(d.sources, ["deadlines", i, "sources"]));
  (c.appeals ?? []).forEach((a, i) => add(a.sources, ["appeals", i, "sources"]));
  (c.suspensions ?? []).forEach((s, i) => add(s.sources, ["suspensions", i, "sources"]));
  (c.notes ?? []).forEach((n, i) => add(n.sources, ["notes", i, "sources"]));
  return out;
}

// src/analysis/as-known.ts
function firstDay(text) {
  if (text === void 0 || text === "unknown") return void 0;
  const parsed = parseDateText(text);
  return "range" in parsed ? parsed.range.first : void 0;
}
function compareDays(a, b) {
  return (a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0;
}
function lastDay(text) {
  if (text === void 0 || text === "unknown") return void 0;
  const parsed = parseDateText(text);
  return "range" in parsed ? parsed.range.last : void 0;
}
var after = (text, asOf) => {
  const day = firstDay(text);
  return day !== void 0 && day > asOf;
};
function recordAsOf(c, asOf) {
  const sources = c.sources.filter((s) => !after(s.published, asOf));
  const published = new Map(sources.map((s) => [s.id, s.published]));
  const statusAfter = (record) => after(record["as-of"] ?? record.date, asOf) || (record.sources ?? []).some((id) => !published.has(id));
  const events = c.events.filter((e) => !after(e.date, asOf)).map((e) => eventAsOf(e, asOf)).sort((a, b) => compareDays(firstDay(a.date), firstDay(b.date)));
  const known = new Set(events.map((e) => e.id));
  const measures = (c.measures ?? []).filter((m) => known.has(m.decision)).map((m) => measureAsOf(m, known, statusAfter));
  const findings = (c.findings ?? []).filter((f) => known.has(f.decision));
  const items = /* @__PURE__ */ new Set([...known, ...measures.map((m) => m.id), ...findings.map((f) => f.id)]);
  const appeals = appealsAsOf(c.appeals ?? [], items, known, asOf, c);
  const suspensions = (c.suspensions ?? []).filter((s) => !after(s.from, asOf)).map((s) => suspensionAsOf(s, asOf));
  const everything = /* @__PURE__ */ new Set([
    ...items,
    ...appeals.map((a) => a.id),
    ...suspensions.map((s) => s.id),
    ...sources.map((s) => s.id),
    ...c.respondents.map((r) => r.id)
  ]);
  const deadlines = (c.deadlines ?? []).filter((d) => known.has(d.from));
  for (const d of deadlines) everything.add(d.id);
  const notes = (c.notes ?? []).filter(
    (n) => (n.about === void 0 || everything.has(n.about)) && (n.sources ?? []).every((id) => published.has(id))
  );
  const cut = {
    ...c,
    sources,
    events,
    ...c.findings ? { findings } : {},
    ...c.measures ? { measures } : {},
    ...c.deadlines ? { deadlines } : {},
    ...c.appeals ? { appeals } : {},
    ...c.suspensions ? { suspensions } : {},
    ...c.notes ? { notes } : {}
  };
  const cited = new Set(sourceLists(cut).flatMap((list) => list.value));
  const later = events.length < c.events.length || appeals.length < (c.appeals ?? []).length;
  const running = appeals.some((a) => a.outcome === "pending" || a.outcome === "unknown") ? "under-appeal" : "open";
  return { ...cut, status: later ? running : c.status, sources: sources.filter((s) => cited.has(s.id)) };
}
function eventAsOf(e, asOf) {
  const { final, ...rest } = e;
  const kept = final !== void 0 && !after(final, asOf) ? { ...rest, final } : rest;
  const notified = e.notified;
  if (typeof notified === "string" && notified !== "unknown" && after(notified, asOf))
    return { ...kept, notified: { status: "not-notified", "as-of": asOf } };
  if (typeof notified === "object" && after(notified["as-of"], asOf))
    return { ...kept, notified: { ...notified, "as-of": asOf, sources: [] } };
  return kept;
}
function measureAsOf(m, known, statusAfter) {
  if (m.kind === "fine") {
    const { payment, ...rest2 } = m;
    return payment && !statusAfter(payment) ? { ...rest2, payment } : rest2;
  }
  if (m.kind !== "order" && m.kind !== "ban") return m;
  const { compliance, penalty, "superseded-by": supersededBy, ...rest } = m;
  const kept = { ...rest, ...supersededBy !== void 0 && known.has(supersededBy) ? { "superseded-by": supersededBy } : {} };
  const withCompliance = compliance && !statusAfter(compliance) ? { ...kept, compliance } : kept;
  if (!penalty) return withCompliance;
  return {
    ...withCompliance,
    penalty: {
      ...penalty,
      ...penalty.liquidations ? { liquidations: penalty.liquidations.filter((l) => known.has(l.event)) } : {},
      ...penalty.collections ? { collections: penalty.collections.filter((l) => known.has(l.event)) } : {}
    }
  };
}
function appealsAsOf(appeals, items, known, asOf, c) {
  const out = [];
  const eventDay = (id) => firstDay(c.events.find((e) => e.id === id)?.date);
  const decisionOf = (id) => (c.measures ?? []).find((m) => m.id === id)?.decision ?? (c.appeals ?? []).find((a) => a.id === id)?.decision ?? id;
  for (const appeal of appeals) {
    if (!appeal.against.some((id) => items.has(id))) continue;
    const challengedOn = appeal.against.map((id) => eventDay(decisionOf(id))).find(Boolean);
    const challengesUndecided = appeal.against.some((id) => out.some((a) => a.id === id && a.decision === void 0));
    if (after(appeal.filed ?? challengedOn, asOf) || appeal.filed === void 0 && challengesUndecided) continue;
    items.add(appeal.id);
    if (appeal.decision === void 0 || known.has(appeal.decision)) {
      out.push(appeal);
      continue;
    }
    const { decision: _decided, effects: _effects, "remitted-to": _remitted, ...pending } = appeal;
    out.push({ ...pending, outcome: "pending" });
  }
  return out;
}
function suspensionAsOf(s, asOf) {
  const { to, ...rest } = s;
  return to !== void 0 && !after(to, asOf) ? { ...rest, to } : rest;
}

// src/core/law/challenge-effects.ts
var RULES = {
  GB: {
    suspendsPayment: true,
    suspendsCompliance: true,
    citation: "DPA 2018 Sch 16 para 9 (penalty notices); s. 162 (enforcement notices)",
    confidence: "M",
    note: "No recovery while an appeal against the penalty notice is pending or can still be brought (text recalled, not read here)."
  },
  FR: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: "Code de justice administrative art. L4: a petition to the Conseil d'\xC9tat has no suspensive effect",
    confidence: "C",
    note: "Only a r\xE9f\xE9r\xE9-suspension (CJA L521-1) suspends a CNIL sanction."
  },
  IT: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: "D.lgs. 150/2011 art. 5: the court may suspend on request; opposition does not suspend by itself",
    confidence: "M"
  },
  GR: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: "Law 4624/2019 art. 20(2): an application for annulment does not suspend the decision",
    confidence: "C"
  },
  NL: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: "Awb 6:16: objection and appeal do not suspend a decision",
    confidence: "C",
    note: "A suspension reported in a case needs its own basis (an interim measure, or Awb 5:10a for fines, recalled and unconfirmed): record it as a suspension."
  },
  EU: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: "TFEU art. 278: actions before the Court of Justice have no suspensive effect",
    confidence: "M"
  },
  AT: {
    suspendsPayment: true,
    suspendsCompliance: true,
    citation: "VwGVG \xA7 13(1): a complaint to the administrative court has suspensive effect",
    confidence: "M"
  },
  DE: {
    suspendsPayment: true,
    suspendsCompliance: true,
    citation: "VwGO \xA7 80(1) (objection and action suspend); OWiG \xA7 89 (a fine is enforceable once final)",
    confidence: "M"
  },
  LU: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: "Loi du 21 juin 1999 art. 11: an administrative action has no suspensive effect unless the court orders it",
    confidence: "M"
  },
  BE: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: 'Loi du 3 d\xE9cembre 2017 art. 108: the decision is "ex\xE9cutoire par provision, nonobstant recours"',
    confidence: "C"
  },
  ES: {
    suspendsPayment: true,
    suspendsCompliance: true,
    citation: "Ley 39/2015 arts. 90(3) and 98(1)(b): a sanction is enforceable only when no ordinary administrative appeal lies against it",
    confidence: "C"
  },
  IE: {
    suspendsPayment: true,
    suspendsCompliance: false,
    citation: "Data Protection Act 2018 ss. 142-143: a fine takes effect only on appeal or on confirmation by the Circuit Court",
    confidence: "M",
    fineNeedsConfirmation: "Data Protection Act 2018 s. 143: a fine not appealed takes effect only once the Circuit Court confirms it on the DPC\u2019s application"
  },
  PL: { suspendsPayment: true, suspendsCompliance: false, citation: "Ustawa o ochronie danych osobowych art. 105", confidence: "M" },
  SE: {
    suspendsPayment: true,
    suspendsCompliance: false,
    citation: "Dataskyddslagen 6 kap.: payable once the decision has legal force",
    confidence: "M"
  },
  FI: { suspendsPayment: true, suspendsCompliance: false, citation: "Tietosuojalaki \xA7 24: enforced only once final", confidence: "M" }
};
function challengeEffect(jurisdiction) {
  return RULES[jurisdiction.startsWith("DE-") ? "DE" : jurisdiction];
}

// src/analysis/suspensions.ts
function covers(s, measureId, scopes) {
  return (s.measures === void 0 || s.measures.includes(measureId)) && s.scope.some((x) => scopes.includes(x));
}
function suspensionOn(suspensions, measureId, scopes, day) {
  return suspensions.find((s) => {
    const from = firstDay(s.from);
    const to = s.to === void 0 ? void 0 : lastDay(s.to);
    return covers(s, measureId, scopes) && from !== void 0 && from <= day && (to === void 0 || day <= to);
  });
}
function suspendedDays(suspensions, measureId, scopes, from, to) {
  const windows = suspensions.filter((s) => covers(s, measureId, scopes)).map((s) => {
    const start = firstDay(s.from) ?? to;
    const end = s.to === void 0 ? to : lastDay(s.to) ?? to;
    return [start < from ? from : start, end > to ? to : end];
  }).filter(([a, b]) => a <= b).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  let total = 0;
  let reached;
  for (const [start, end] of windows) {
    const begin = reached !== void 0 && start <= reached ? reached : start;
    if (reached !== void 0 && end <= reached) continue;
    total += daysBetween(begin, end) + (reached !== void 0 && start <= reached ? 0 : 1);
    reached = end;
  }
  return total;
}
function challengeSuspends(c, what) {
  const rule = challengeEffect(c.jurisdiction);
  if (!rule) return void 0;
  return {
    suspends: what === "payment" ? rule.suspendsPayment : rule.suspendsCompliance,
    citation: rule.citation,
    confirmed: rule.confidence === "C",
    ...rule.note ? { note: rule.note } : {},
    ...rule.fineNeedsConfirmation ? { fineNeedsConfirmation: rule.fineNeedsConfirmation } : {}
  };
}

// src/analysis/penalties.ts
function penaltyView(input) {
  const { order, penalty, deadlineEnd, asOf, eventDates } = input;
  const minor = (text) => text === void 0 ? void 0 : minorOf(text, penalty.currency);
  const amountMinor = minor(penalty.amount);
  const maximumMinor = minor(penalty.maximum);
  const notes = [];
  const dayAfter = deadlineEnd === void 0 ? void 0 : addDays(deadlineEnd, 1);
  const ownStart = firstDay(penalty.from);
  const start = dayAfter === void 0 ? ownStart ?? asOf : ownStart !== void 0 && ownStart > dayAfter ? ownStart : dayAfter;
  if (deadlineEnd === void 0) notes.push({ kind: "no-deadline" });
  const stop = deadlineEnd === void 0 ? { end: "not-computable" } : accrualStop(order.compliance, asOf, input.published, notes);
  const lastCounted = stop.day === void 0 ? void 0 : minDate(stop.day, asOf);
  const span = lastCounted !== void 0 && lastCounted >= start ? { from: start, to: lastCounted } : void 0;
  const suspended = span ? suspendedDays(input.suspensions, order.id, ["accrual", "compliance"], span.from, span.to) : 0;
  const daysLate = span ? daysBetween(start, span.to) + 1 - suspended : 0;
  if (suspended > 0) notes.push({ kind: "suspended", days: suspended });
  const raw = deadlineEnd === void 0 ? void 0 : accrue(penalty, amountMinor, span, daysLate, notes);
  const accruedMinor = raw === void 0 ? void 0 : maximumMinor === void 0 ? raw : Math.min(raw, maximumMinor);
  const liquidations = (penalty.liquidations ?? []).map((l) => {
    const amount = minorOf(l.amount, penalty.currency);
    const days = daysBetween(l.from, l.to);
    const rate = penalty.per === "day" && amountMinor !== void 0 ? safeProduct(days, amountMinor) : void 0;
    const decided = eventDates.get(l.event);
    return {
      eventId: l.event,
      ...decided?.length === 10 ? { decidedOn: decided } : {},
      from: l.from,
      to: l.to,
      days,
      amountMinor: amount,
      ...rate === void 0 ? {} : { rateTimesDaysMinor: rate, comparedWithRate: amount === rate ? "equal" : amount < rate ? "below" : "above" },
      // A decision known only to the month counts once the whole month has passed.
      payable: (lastDay(decided) ?? "9999-12-31") <= asOf
    };
  });
  const collections = (penalty.collections ?? []).map((l) => ({
    eventId: l.event,
    amountMinor: minorOf(l.amount, penalty.currency),
    payable: (lastDay(eventDates.get(l.event)) ?? "9999-12-31") <= asOf
  }));
  const payableMinor = toSafeMinor(
    [...liquidations, ...collections].filter((l) => l.payable).reduce((sum, l) => sum + BigInt(l.amountMinor), 0n),
    "the payable total"
  );
  return {
    currency: penalty.currency,
    per: penalty.per,
    ...amountMinor === void 0 ? {} : { amountMinor },
    ...maximumMinor === void 0 ? {} : { maximumMinor },
    ...input.payableBy ? { payableBy: input.payableBy } : {},
    firstDay: start,
    ...span ? { lastDay: span.to } : {},
    end: stop.end,
    daysLate,
    suspendedDays: suspended,
    ...accruedMinor === void 0 ? {} : { accruedMinor, notPayableMinor: Math.max(0, accruedMinor - payableMinor) },
    capped: raw !== void 0 && maximumMinor !== void 0 && raw > maximumMinor,
    liquidations,
    collections,
    payableMinor,
    notes
  };
}
function accrualStop(compliance, asOf, published, notes) {
  if (compliance === void 0 || compliance.status === "unknown") {
    notes.push({ kind: "compliance-unknown" });
    return { end: "no-evidence" };
  }
  if (compliance.status === "complied") {
    const day = firstDay(compliance.date);
    if (day === void 0) {
      notes.push({ kind: "complied-undated" });
      return { end: "no-evidence" };
    }
    return { day, end: "complied" };
  }
  if (compliance.continuing === true) return { day: asOf, end: "as-of" };
  const known = statusKnownOn(compliance, published);
  if (known === void 0) {
    notes.push({ kind: "no-evidence" });
    return { end: "no-evidence" };
  }
  if (known < asOf) notes.push({ kind: "counted-to", date: known });
  return { day: known, end: known < asOf ? "last-known-non-compliance" : "as-of" };
}
function accrue(penalty, amountMinor, span, days, notes) {
  if (penalty.per === "breach" || penalty.per === "unknown" || amountMinor === void 0) {
    notes.push({ kind: penalty.per === "breach" ? "per-breach" : "breakdown-unknown" });
    return void 0;
  }
  if (span === void 0 || days <= 0) return 0;
  if (penalty.per === "day") return safeProduct(days, amountMinor);
  if (penalty.per === "lump-sum") return amountMinor;
  const period = parseSimplePeriod(penalty.per);
  if (period === void 0) return void 0;
  notes.push({ kind: "period-begun", per: penalty.per });
  let periods = 0;
  for (let begins = span.from; begins <= span.to && periods <= days; begins = advance(span.from, period, periods)) periods++;
  return safeProduct(periods, amountMinor);
}
function advance(from, period, n) {
  const count = period.count * n;
  if (period.unit === "month") return addMonths(from, count);
  if (period.unit === "year") return addYears(from, count);
  return addDays(from, period.unit === "week" ? count * 7 : count);
}
function safeProduct(count, unitMinor) {
  const product = count * unitMinor;
  if (!Number.isSafeInteger(product)) throw new RangeError(`penalty too large to compute exactly: ${count} \xD7 ${unitMinor}`);
  return product;
}
function statusKnownOn(status, published) {
  const newestSource = (status.sources ?? []).map((id) => firstDay(published.get(id))).reduce((a, b) => b !== void 0 && (a === void 0 || b > a) ? b : a, void 0);
  return firstDay(status["as-of"]) ?? newestSource;
}
function payableBy(c, penalty) {
  if (penalty["payable-by"] !== void 0) return penalty["payable-by"];
  if (c.jurisdiction === "FR") return "liquidation";
  if (c.jurisdiction === "NL") return "forfeiture";
  return void 0;
}
function minorOf(text, currency) {
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) throw new Error(`amount "${text}" ${currency} was not validated: ${parsed.detail}`);
  return parsed.minor;
}

export {
  dateFields,
  amountFields,
  sourceLists,
  firstDay,
  lastDay,
  recordAsOf,
  suspensionOn,
  challengeSuspends,
  penaltyView,
  statusKnownOn,
  payableBy,
  minorOf
};
