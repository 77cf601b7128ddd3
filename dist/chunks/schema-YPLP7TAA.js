import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  dossier_schema_default
} from "./chunk-5T2Y3ASN.js";
import {
  ExitCode
} from "./chunk-M4L7XWEC.js";
import "./chunk-BTYQCHNT.js";

// src/cli/commands/schema.ts
async function printSchema(io) {
  await io.stdout.write(`${JSON.stringify(dossier_schema_default, null, 2)}
`);
  return ExitCode.Ok;
}
export {
  printSchema
};
