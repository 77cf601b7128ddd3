// The JSON Schema (draft-07, the newest yaml-language-server reads) generated from the zod
// definition, so editors, the validator and the types never disagree.
import * as z from 'zod';
import { caseSchema } from './case-schema.js';

export function buildJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(caseSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return { ...schema, title: 'dossier case file, format 2' };
}

/** The schema as committed in cases/: stable key order, two-space indent, final newline. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

let keys: Set<string> | undefined;

/** Every key name the format knows, for "did you mean" hints. */
export function knownKeys(): ReadonlySet<string> {
  if (keys) return keys;
  keys = new Set();
  const stack: unknown[] = [buildJsonSchema()];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    const properties = (node as { properties?: unknown }).properties;
    if (properties && typeof properties === 'object') for (const name of Object.keys(properties)) keys.add(name);
    stack.push(...Object.values(node as Record<string, unknown>));
  }
  return keys;
}
