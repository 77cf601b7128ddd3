// Enumerates the fields of a case that several rules look at, each with its data path, so no
// rule walks the case in its own way and misses a field another rule checks.
import type { Case } from '../model/case-schema.js';
import { finesAffected } from '../analysis/appeal-graph.js';

export type Path = readonly (string | number)[];

export interface Located<T> {
  readonly value: T;
  readonly path: Path;
}

/** Every date written in the case, with its path. */
export function dateFields(c: Case): Located<string>[] {
  const out: Located<string>[] = [];
  const add = (value: string | undefined, path: Path) => {
    if (value !== undefined && value !== 'unknown') out.push({ value, path });
  };
  c.sources.forEach((s, i) => {
    add(s.published, ['sources', i, 'published']);
    add(s.checked, ['sources', i, 'checked']);
  });
  c.events.forEach((e, i) => {
    add(e.date, ['events', i, 'date']);
    if (typeof e.notified === 'string') add(e.notified, ['events', i, 'notified']);
    else if (e.notified) add(e.notified['as-of'], ['events', i, 'notified', 'as-of']);
    add(e.final, ['events', i, 'final']);
  });
  (c.measures ?? []).forEach((m, i) => {
    if ('due' in m && m.due && 'date' in m.due) add(m.due.date, ['measures', i, 'due', 'date']);
    if ('due' in m && m.due && 'before' in m.due) add(m.due.before, ['measures', i, 'due', 'before']);
    if (m.kind === 'fine') {
      add(m.payment?.date, ['measures', i, 'payment', 'date']);
      add(m.payment?.['as-of'], ['measures', i, 'payment', 'as-of']);
    }
    if (m.kind === 'order' || m.kind === 'ban') {
      add(m.compliance?.date, ['measures', i, 'compliance', 'date']);
      add(m.compliance?.['as-of'], ['measures', i, 'compliance', 'as-of']);
      add(m.penalty?.from, ['measures', i, 'penalty', 'from']);
      (m.penalty?.liquidations ?? []).forEach((l, j) => {
        add(l.from, ['measures', i, 'penalty', 'liquidations', j, 'from']);
        add(l.to, ['measures', i, 'penalty', 'liquidations', j, 'to']);
      });
    }
  });
  (c.appeals ?? []).forEach((a, i) => add(a.filed, ['appeals', i, 'filed']));
  (c.suspensions ?? []).forEach((s, i) => {
    add(s.from, ['suspensions', i, 'from']);
    add(s.to, ['suspensions', i, 'to']);
  });
  return out;
}

/** Every amount with the currency it is in. */
export function amountFields(c: Case): (Located<string> & { readonly currency: string })[] {
  const out: (Located<string> & { currency: string })[] = [];
  const add = (value: string | undefined, currency: string, path: Path) => {
    if (value !== undefined) out.push({ value, currency, path });
  };
  c.respondents.forEach((r, k) =>
    (r.turnover ?? []).forEach((t, i) => add(t.amount, t.currency, ['respondents', k, 'turnover', i, 'amount'])),
  );
  (c.measures ?? []).forEach((m, i) => {
    if (m.kind === 'fine') {
      add(m.amount, m.currency, ['measures', i, 'amount']);
      if (m.proposed) add(m.proposed.amount, m.proposed.currency ?? m.currency, ['measures', i, 'proposed', 'amount']);
      add(m.payment?.paid, m.currency, ['measures', i, 'payment', 'paid']);
    }
    if ((m.kind === 'order' || m.kind === 'ban') && m.penalty) {
      const p = m.penalty;
      add(p.amount, p.currency, ['measures', i, 'penalty', 'amount']);
      add(p.maximum, p.currency, ['measures', i, 'penalty', 'maximum']);
      (p.liquidations ?? []).forEach((l, j) => add(l.amount, p.currency, ['measures', i, 'penalty', 'liquidations', j, 'amount']));
      (p.collections ?? []).forEach((l, j) => add(l.amount, p.currency, ['measures', i, 'penalty', 'collections', j, 'amount']));
    }
  });
  (c.appeals ?? []).forEach((a, i) =>
    (a.effects ?? []).forEach((e, j) => {
      // An effect on an earlier judgment still changes the fine that judgment was about.
      const fine = finesAffected(c, e.on)[0];
      if (e.amount !== undefined && fine) add(e.amount, fine.currency, ['appeals', i, 'effects', j, 'amount']);
    }),
  );
  return out;
}

/** Every list of source ids, with its path. */
export function sourceLists(c: Case): Located<readonly string[]>[] {
  const out: Located<readonly string[]>[] = [];
  const add = (value: readonly string[] | undefined, path: Path) => {
    if (value) out.push({ value, path });
  };
  c.respondents.forEach((r, k) => {
    add(r.sources, ['respondents', k, 'sources']);
    (r.turnover ?? []).forEach((t, i) => add(t.sources, ['respondents', k, 'turnover', i, 'sources']));
  });
  c.events.forEach((e, i) => {
    add(e.sources, ['events', i, 'sources']);
    if (typeof e.notified === 'object') add(e.notified.sources, ['events', i, 'notified', 'sources']);
  });
  (c.findings ?? []).forEach((f, i) => add(f.sources, ['findings', i, 'sources']));
  (c.measures ?? []).forEach((m, i) => {
    add(m.sources, ['measures', i, 'sources']);
    if (m.kind === 'fine') add(m.payment?.sources, ['measures', i, 'payment', 'sources']);
    if (m.kind === 'order' || m.kind === 'ban') {
      add(m.compliance?.sources, ['measures', i, 'compliance', 'sources']);
      (m.penalty?.liquidations ?? []).forEach((l, j) => add(l.sources, ['measures', i, 'penalty', 'liquidations', j, 'sources']));
      (m.penalty?.collections ?? []).forEach((l, j) => add(l.sources, ['measures', i, 'penalty', 'collections', j, 'sources']));
    }
  });
  (c.deadlines ?? []).forEach((d, i) => add(d.sources, ['deadlines', i, 'sources']));
  (c.appeals ?? []).forEach((a, i) => add(a.sources, ['appeals', i, 'sources']));
  (c.suspensions ?? []).forEach((s, i) => add(s.sources, ['suspensions', i, 'sources']));
  (c.notes ?? []).forEach((n, i) => add(n.sources, ['notes', i, 'sources']));
  return out;
}
