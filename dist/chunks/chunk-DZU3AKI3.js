import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/analysis/appeal-graph.ts
function measuresTargeted(c, targetId) {
  const measures = c.measures ?? [];
  const direct = measures.filter((m) => m.id === targetId);
  if (direct.length > 0) return direct;
  const instructed = new Set(c.events.filter((e) => e["instructed-by"] === targetId).map((e) => e.id));
  return measures.filter((m) => m.decision === targetId || instructed.has(m.decision));
}
function finesAffected(c, targetId, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(targetId)) return [];
  const appeal = (c.appeals ?? []).find((a) => a.id === targetId);
  const measures = appeal ? appeal.against.flatMap((id) => finesAffected(c, id, /* @__PURE__ */ new Set([...seen, targetId]))) : measuresTargeted(c, targetId);
  return [...new Set(measures.filter((m) => m.kind === "fine"))];
}
function challenges(c, appeal, measure) {
  return appeal.against.some((id) => measuresTargeted(c, id).includes(measure));
}
function onwardAppeals(c, appeal) {
  return (c.appeals ?? []).filter((a) => a.against.includes(appeal.id));
}
function effectOn(appeal, ids) {
  return (appeal.effects ?? []).find((e) => ids.includes(e.on));
}
function ownResult(appeal, ids) {
  switch (appeal.outcome) {
    case "pending":
    case "unknown":
      return { pending: true, further: false };
    case "dismissed":
    case "withdrawn":
      return { pending: false, effect: { kind: "upheld" }, further: false };
    case "allowed":
    case "partly-allowed":
    case "remitted": {
      const effect = effectOn(appeal, ids);
      if (effect === void 0 || effect.effect === "set-aside") {
        return { pending: false, effect: { kind: appeal.outcome === "remitted" ? "remitted" : "upheld" }, further: false };
      }
      return {
        pending: false,
        effect: effect.effect === "reduced" ? { kind: "reduced", ...effect.amount ? { amount: effect.amount } : {} } : { kind: effect.effect },
        further: false
      };
    }
  }
}
function resolve(c, appeal, ids, depth) {
  let result = ownResult(appeal, ids);
  if (depth > (c.appeals ?? []).length) return result;
  for (const onward of onwardAppeals(c, appeal)) {
    const next = resolve(c, onward, [...ids, appeal.id], depth + 1);
    if (next.pending) {
      result = { ...result, further: true };
      continue;
    }
    const onThis = effectOn(onward, [appeal.id]);
    const onMeasure = effectOn(onward, ids);
    if (onward["remitted-to"] === appeal.id) result = { pending: true, further: false };
    else if (onMeasure && onMeasure.effect !== "set-aside") result = { ...next, further: result.further || next.further };
    else if (onThis?.effect === "set-aside") result = { pending: false, effect: { kind: "upheld" }, further: next.further };
    if (next.further) result = { ...result, further: true };
  }
  return result;
}
function measureAppeals(c, measure) {
  const direct = (c.appeals ?? []).filter((a) => challenges(c, a, measure));
  const involved = /* @__PURE__ */ new Set();
  const visit = (a) => {
    if (involved.has(a.id)) return;
    involved.add(a.id);
    onwardAppeals(c, a).forEach(visit);
  };
  direct.forEach(visit);
  const ids = [measure.id, measure.decision];
  const results = direct.map((a) => resolve(c, a, ids, 0));
  const decided = results.flatMap((r) => r.pending ? [] : [r.effect]);
  const pending = results.some((r) => r.pending || r.further);
  const standing = decided.find((e) => e.kind === "annulled") ?? decided.find((e) => e.kind === "remitted") ?? decided.filter((e) => e.kind === "reduced").sort((a, b) => Number(a.amount ?? Infinity) - Number(b.amount ?? Infinity))[0] ?? decided.find((e) => e.kind === "upheld") ?? { kind: "upheld" };
  const standingKind = standing.kind === "upheld" ? "imposed" : standing.kind;
  const state = direct.length === 0 ? "none" : pending ? "pending" : standing.kind;
  const order = (c.appeals ?? []).filter((a) => involved.has(a.id)).map((a) => a.id);
  return {
    state,
    standing: standingKind,
    ...standing.kind === "reduced" && standing.amount !== void 0 ? { reducedTo: standing.amount } : {},
    pending,
    appeals: order
  };
}
function appealSteps(c) {
  return (c.appeals ?? []).map((appeal) => {
    const onward = onwardAppeals(c, appeal).filter((a) => a.outcome !== "pending" && a.outcome !== "unknown");
    const reheard = onward.find((a) => a["remitted-to"] === appeal.id);
    if (reheard) return { appeal, status: "reheard", by: reheard.id };
    const setAside = onward.find((a) => effectOn(a, [appeal.id])?.effect === "set-aside");
    if (setAside) return { appeal, status: "set-aside", by: setAside.id };
    return { appeal, status: appeal.outcome === "pending" || appeal.outcome === "unknown" ? "pending" : "decided" };
  });
}

export {
  finesAffected,
  measureAppeals,
  appealSteps
};
