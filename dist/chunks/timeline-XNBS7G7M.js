import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  loadCaseSet
} from "./chunk-WIOZ5FUX.js";
import {
  renderOptionsFor
} from "./chunk-GIR2HK6Q.js";
import "./chunk-XDO4RZY7.js";
import "./chunk-S5HLXYHN.js";
import "./chunk-PRH5LNXS.js";
import {
  paragraph,
  renderRecords,
  unbreakable
} from "./chunk-MB2GBVIY.js";
import "./chunk-7X34S772.js";
import {
  ExitCode
} from "./chunk-M4L7XWEC.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";
import "./chunk-IXSAOZYY.js";
import "./chunk-HKS45Y5R.js";
import "./chunk-YGJ7O6WJ.js";
import "./chunk-WCR6AKDZ.js";
import {
  recordAsOf
} from "./chunk-6D76KXNS.js";
import {
  parseDateText
} from "./chunk-ZDNVIE4O.js";
import "./chunk-DZU3AKI3.js";
import {
  formatDate,
  labels
} from "./chunk-7JT4PE2B.js";
import "./chunk-5APGV6AL.js";
import "./chunk-IDOCBWWJ.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-2RE557MS.js";
import "./chunk-ITDLV7NW.js";
import "./chunk-2C2PYH5G.js";
import "./chunk-BTYQCHNT.js";

// src/analysis/timeline.ts
function timelineEvents(cases, range = {}) {
  const rows = [];
  for (const c of cases) {
    for (const e of c.events) {
      const parsed = parseDateText(e.date);
      const first = "range" in parsed ? parsed.range.first : e.date;
      const last = "range" in parsed ? parsed.range.last : e.date;
      if (range.from !== void 0 && last < range.from) continue;
      if (range.to !== void 0 && first > range.to) continue;
      rows.push({
        caseId: c.id,
        authority: c.authority.short,
        country: c.authority.country,
        eventId: e.id,
        date: e.date,
        kind: e.kind,
        ...e.ref ? { ref: e.ref } : {},
        summary: e.summary,
        sources: e.sources ?? [],
        first,
        last
      });
    }
  }
  rows.sort((a, b) => compare(a.first, b.first) || compare(a.caseId, b.caseId) || compare(a.eventId, b.eventId));
  return rows.map(({ first, last, ...entry }) => entry);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/render/timeline.ts
var clean = (s) => sanitizeForTerminal(s, { singleLine: true });
var MAX_LANES = 8;
function renderTimeline(cases, range, options) {
  const l = labels(options.locale);
  const bold = (s) => options.chalk.bold(s);
  const entries = timelineEvents(cases, range);
  const span = [range.from, range.to].some((d) => d !== void 0) ? ` (${range.from ? formatDate(clean(range.from), options.locale) : "\u2026"} \u2013 ${range.to ? formatDate(clean(range.to), options.locale) : "\u2026"})` : "";
  const lines = paragraph(`${l.section.timeline}${span}`, options.width, { tone: bold });
  if (entries.length === 0) return `${[...lines, l.field.noEvents].join("\n")}
`;
  const laneIds = [...new Set(entries.map((e) => e.caseId))];
  const useLanes = laneIds.length > 1 && laneIds.length <= MAX_LANES;
  const activity = activeSpans(entries);
  const head = [l.head.date, ...useLanes ? [l.head.lanes] : [], l.head.authority, l.head.kind, l.head.summary];
  const rows = entries.map((e, index) => [
    unbreakable(formatDate(clean(e.date), options.locale)),
    ...useLanes ? [laneMarks(laneIds, e, index, activity)] : [],
    [`${clean(e.authority)} \xB7 ${clean(e.country)}`],
    l.eventKind[e.kind],
    [clean(e.summary), ...e.ref ? [clean(e.ref)] : []]
  ]);
  if (useLanes) {
    const legend = laneIds.map((id, i) => `${i + 1} ${clean(entries.find((e) => e.caseId === id)?.authority ?? id)}`).join(" \xB7 ");
    lines.push(...paragraph(`${l.head.lanes}: ${legend}`, options.width));
  }
  lines.push(
    "",
    renderRecords({
      head,
      rows,
      width: options.width,
      columns: head.map((_, i) => ({ min: i === head.length - 1 ? 20 : 1 })),
      titles: entries.map((e) => `${formatDate(clean(e.date), options.locale)} \xB7 ${clean(e.caseId)} / ${clean(e.eventId)}`)
    })
  );
  return `${lines.join("\n")}
`;
}
function activeSpans(entries) {
  const spans = /* @__PURE__ */ new Map();
  entries.forEach((e, i) => {
    const span = spans.get(e.caseId);
    spans.set(e.caseId, span ? { first: span.first, last: i } : { first: i, last: i });
  });
  return spans;
}
function laneMarks(laneIds, entry, index, activity) {
  return laneIds.map((id) => {
    if (id === entry.caseId) return "\u25CF";
    const span = activity.get(id);
    return span && span.first < index && index < span.last ? "\u2502" : " ";
  }).join("\xA0");
}

// src/cli/commands/timeline.ts
async function timeline(options, io) {
  const loaded = (await loadCaseSet(io, options.casesDir)).map((l) => l.case);
  const asOf = options.asOf;
  const cases = asOf === void 0 ? loaded : loaded.map((c) => recordAsOf(c, asOf));
  const range = { ...options.from ? { from: options.from } : {}, ...options.to ? { to: options.to } : {} };
  if (options.json) {
    await io.stdout.write(`${JSON.stringify({ format: "dossier-timeline/1", events: timelineEvents(cases, range) }, null, 2)}
`);
    return ExitCode.Ok;
  }
  await io.stdout.write(renderTimeline(cases, range, renderOptionsFor(io, options.color, options.locale)));
  return ExitCode.Ok;
}
export {
  timeline
};
