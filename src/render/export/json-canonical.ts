// A deep copy of the case facts in a fixed key order, for an export that is byte-identical for
// the same input whatever order the YAML used.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// The case facts are exported as the validated case file, amounts still as decimal text. Their
// keys follow the case-file schema's order (so the same case always serialises the same way,
// whatever order the YAML used); a key this list does not know goes after, alphabetically.
const FACT_KEY_ORDER = [
  'dossier',
  'id',
  'kind',
  'title',
  'label',
  'status',
  'authority',
  'short',
  'name',
  'country',
  'jurisdiction',
  'law',
  'acts',
  'respondents',
  'role',
  'undertaking',
  'turnover',
  'year',
  'date',
  'ref',
  'url',
  'published',
  'publisher',
  'archive',
  'language',
  'body',
  'summary',
  'notified',
  'as-of',
  'final',
  'instructed-by',
  'decision',
  'orders',
  'amount',
  'currency',
  'articles',
  'tier',
  'proposed',
  'event',
  'approximate',
  'period',
  'from',
  'to',
  'extend',
  'franc',
  'basis',
  'due',
  'per',
  'maximum',
  'payable-by',
  'liquidations',
  'collections',
  'penalty',
  'payment',
  'paid',
  'compliance',
  'court',
  'appellant',
  'against',
  'filed',
  'filing',
  'outcome',
  'effects',
  'on',
  'effect',
  'remitted-to',
  'about',
  'text',
  'sources',
  'events',
  'findings',
  'measures',
  'deadlines',
  'appeals',
  'suspensions',
  'scope',
  'notes',
  'note',
];
const RANK = new Map(FACT_KEY_ORDER.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? FACT_KEY_ORDER.length;
  const rb = RANK.get(b) ?? FACT_KEY_ORDER.length;
  return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
}

/** A deep copy with keys in a fixed order and `undefined` members left out. */
export function canonical(value: unknown): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : canonical(item)));
  if (typeof value === 'object') {
    const out: Record<string, Json> = {};
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record).sort(compareKeys)) {
      // defineProperty, not assignment: a key "__proto__" must stay data, not set a prototype.
      if (record[key] !== undefined)
        Object.defineProperty(out, key, { value: canonical(record[key]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  throw new TypeError(`export: a case fact of type ${typeof value} cannot be written as JSON`);
}
