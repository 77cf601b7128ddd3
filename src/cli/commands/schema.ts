// `dossier schema`: prints the JSON Schema of the case-file format. It prints the committed copy
// in cases/ (a test keeps it equal to what src/model/json-schema.ts generates from the zod
// definition), so the command neither loads zod nor converts its schema on every run.
import committedSchema from '../../../cases/dossier.schema.json' with { type: 'json' };
import { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';

export async function printSchema(io: Io): Promise<ExitCode> {
  await io.stdout.write(`${JSON.stringify(committedSchema, null, 2)}\n`);
  return ExitCode.Ok;
}
