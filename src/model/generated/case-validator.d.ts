// The type of the compiled case-file schema (scripts/case-validator-source.ts).
import type { Case } from '../case-schema.js';

/** True when `data` passes the case-file schema; zod (src/load/schema-findings.ts) says why not. */
export declare function validate(data: unknown): data is Case;
