import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  createAnalysisContext
} from "./chunk-SDNKOSFX.js";
import {
  caseDeadlines,
  notificationOf,
  sortDeadlines
} from "./chunk-RGO3AURG.js";
import {
  loadCaseSet
} from "./chunk-WIOZ5FUX.js";
import {
  capCheck,
  convertToEurOn
} from "./chunk-IXSAOZYY.js";
import {
  challengeSuspends,
  lastDay,
  minorOf,
  recordAsOf,
  suspensionOn
} from "./chunk-6D76KXNS.js";
import {
  parseDateText
} from "./chunk-ZDNVIE4O.js";
import {
  appealSteps,
  measureAppeals
} from "./chunk-DZU3AKI3.js";

// src/analysis/fines.ts
function caseFines(c, context) {
  return (c.measures ?? []).filter((m) => m.kind === "fine").map((fine) => fineView(c, fine, context));
}
function fineView(c, fine, context) {
  const decision = c.events.find((e) => e.id === fine.decision);
  const decisionDate = decision?.date ?? "";
  const imposed = { minor: minorOf(fine.amount, fine.currency), currency: fine.currency };
  const appeal = measureAppeals(c, fine);
  const notification = decision ? notificationOf(decision) : { state: "unknown" };
  const { enforceability, amount, notes } = enforceable(c, fine, imposed, appeal, notification, context.asOf);
  const proposedCurrency = fine.proposed?.currency ?? fine.currency;
  const addressed = fine.respondents ?? c.respondents.map((r) => r.id);
  return {
    caseId: c.id,
    measureId: fine.id,
    authority: c.authority.short,
    country: c.authority.country,
    respondent: c.respondents.filter((r) => addressed.includes(r.id)).map((r) => r.name).join(" and "),
    law: c.law,
    tier: fine.tier,
    decisionDate,
    imposedByAsOf: true,
    imposed,
    eur: toEur(imposed, decisionDate, context),
    cap: capCheck(c, fine, context.rates),
    ...fine.proposed ? {
      proposed: {
        minor: minorOf(fine.proposed.amount, proposedCurrency),
        currency: proposedCurrency,
        approximate: fine.proposed.approximate === true
      }
    } : {},
    appeal,
    notification,
    enforceability,
    enforceable: amount,
    ...notes ? { enforceableNotes: notes } : {},
    paid: { minor: paidAsOf(fine, context.asOf), currency: fine.currency },
    paymentStatus: fine.payment?.status ?? "unknown"
  };
}
function enforceable(c, fine, imposed, appeal, notification, asOf) {
  const zero = { minor: 0, currency: imposed.currency };
  if (appeal.standing === "annulled") return { enforceability: "annulled", amount: zero, notes: [{ kind: "annulled" }] };
  if (appeal.standing === "remitted") return { enforceability: "remitted", amount: zero, notes: [{ kind: "remitted" }] };
  if (notification.state === "not-notified")
    return { enforceability: "not-notified", amount: zero, notes: [{ kind: "not-notified", asOf: notification.asOf }] };
  const recorded = suspensionOn(c.suspensions ?? [], fine.id, ["payment"], asOf);
  if (recorded)
    return {
      enforceability: "suspended",
      amount: zero,
      notes: [{ kind: "payment-suspended", from: recorded.from, by: recorded.by, ...recorded.body ? { body: recorded.body } : {} }]
    };
  const rule = challengeSuspends(c, "payment");
  if (rule?.fineNeedsConfirmation !== void 0 && !appeal.pending && appeal.state === "none")
    return {
      enforceability: "suspended",
      amount: zero,
      notes: [{ kind: "needs-confirmation", rule: rule.fineNeedsConfirmation, confirmed: rule.confirmed }]
    };
  if (appeal.pending && rule?.suspends === true)
    return {
      enforceability: "suspended-by-appeal",
      amount: zero,
      notes: [{ kind: "suspended-by-appeal", citation: rule.citation, confirmed: rule.confirmed }]
    };
  const amount = appeal.standing === "reduced" ? { minor: minorOf(appeal.reducedTo ?? fine.amount, fine.currency), currency: fine.currency } : imposed;
  const notes = [
    ...appeal.standing === "reduced" ? [{ kind: "reduced" }] : [],
    ...appeal.pending ? [
      rule ? { kind: "appeal-not-suspensive", citation: rule.citation } : { kind: "appeal-no-rule", jurisdiction: c.jurisdiction }
    ] : [],
    ...notification.state === "unknown" ? [{ kind: "notification-unknown" }] : []
  ];
  return {
    enforceability: notification.state === "unknown" ? "enforceable-if-notified" : "enforceable",
    amount,
    ...notes.length > 0 ? { notes } : {}
  };
}
function toEur(amount, date, context) {
  const day = parseDateText(date);
  if (!("range" in day) || day.range.precision !== "day") return { ok: false, reason: `the decision date ${date} is not known to the day` };
  const result = convertToEurOn(context.rates, amount.minor, amount.currency, date);
  return result.ok ? { ok: true, conversion: result.conversion } : { ok: false, reason: result.detail };
}
function paidAsOf(fine, asOf) {
  const payment = fine.payment;
  if (payment?.paid === void 0) return 0;
  const last = lastDay(payment.date);
  if (last !== void 0 && last > asOf) return 0;
  return minorOf(payment.paid, fine.currency);
}

// src/core/money/totals.ts
function addWithinSafeRange(total, minor) {
  const sum = BigInt(total) + BigInt(minor);
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  return sum > limit || sum < -limit ? void 0 : Number(sum);
}

// src/analysis/totals.ts
var TOO_LARGE = "left out: the total would pass 2^53 \u2212 1 minor units, beyond exact arithmetic";
var Accumulator = class {
  constructor(context) {
    this.context = context;
  }
  context;
  minor = 0;
  missing = [];
  add(minor, currency, date, what) {
    if (minor === 0) return;
    const converted = currency === "EUR" ? void 0 : convertToEurOn(this.context.rates, minor, currency, date);
    if (converted?.ok === false) {
      this.missing.push(`${what}: ${converted.detail}`);
      return;
    }
    const next = addWithinSafeRange(this.minor, converted?.conversion.eurMinor ?? minor);
    if (next === void 0) this.missing.push(`${what}: ${TOO_LARGE}`);
    else this.minor = next;
  }
  total() {
    return { minor: this.minor, unconverted: [...this.missing] };
  }
};
function dossierTotals(cases, context) {
  const imposed = new Accumulator(context);
  const enforceable2 = new Accumulator(context);
  const ifNotified = new Accumulator(context);
  const collected = new Accumulator(context);
  const payable = new Accumulator(context);
  const notPayable = new Accumulator(context);
  for (const view of cases) {
    for (const fine of view.fines) {
      const label = `${view.case.id}/${fine.measureId}`;
      imposed.add(fine.imposed.minor, fine.imposed.currency, fine.decisionDate, label);
      enforceable2.add(fine.enforceable.minor, fine.enforceable.currency, fine.decisionDate, label);
      if (fine.enforceability === "enforceable-if-notified")
        ifNotified.add(fine.enforceable.minor, fine.enforceable.currency, fine.decisionDate, label);
      collected.add(fine.paid.minor, fine.paid.currency, fine.decisionDate, label);
    }
    for (const deadline of view.deadlines) {
      const penalty = deadline.penalty;
      if (!penalty) continue;
      const label = `${view.case.id}/${deadline.id}`;
      for (const l of penalty.liquidations) if (l.payable) payable.add(l.amountMinor, penalty.currency, l.decidedOn ?? context.asOf, label);
      for (const l of penalty.collections) if (l.payable) payable.add(l.amountMinor, penalty.currency, context.asOf, label);
      notPayable.add(penalty.notPayableMinor ?? 0, penalty.currency, context.asOf, label);
    }
  }
  const e = enforceable2.total();
  const p = payable.total();
  const c = collected.total();
  return {
    imposed: imposed.total(),
    enforceable: e,
    enforceableIfNotified: ifNotified.total(),
    penaltiesPayable: p,
    penaltiesNotPayable: notPayable.total(),
    collected: c,
    owed: owed(e, p, c)
  };
}
function owed(e, l, c) {
  const unconverted = [...e.unconverted, ...l.unconverted, ...c.unconverted];
  const withLiquidated = addWithinSafeRange(e.minor, l.minor);
  if (withLiquidated === void 0)
    return { minor: Math.max(0, e.minor - c.minor), unconverted: [...unconverted, `penalties payable: ${TOO_LARGE}`] };
  return { minor: Math.max(0, withLiquidated - c.minor), unconverted };
}

// src/analysis/dossier.ts
function analyseDossier(cases, context) {
  const views = [...cases].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map((recorded) => {
    const known = recordAsOf(recorded, context.asOf);
    return {
      case: known,
      recorded,
      deadlines: sortDeadlines(caseDeadlines(known, context)),
      fines: caseFines(known, context),
      appeals: appealSteps(known)
    };
  });
  return { asOf: context.asOf, cases: views, totals: dossierTotals(views, context) };
}

// src/cli/dossier-view.ts
async function loadDossierView(io, options) {
  const loaded = await loadCaseSet(io, options.casesDir);
  const context = await createAnalysisContext(io, { asOf: options.asOf, rates: options.rates, holidays: options.holidays });
  return analyseDossier(
    loaded.map((l) => l.case),
    context
  );
}

export {
  addWithinSafeRange,
  TOO_LARGE,
  loadDossierView
};
