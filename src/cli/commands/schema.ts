// `dossier schema`: prints the JSON Schema of the case-file format (the copy in cases/ is this).
import { renderJsonSchema } from '../../model/json-schema.js';
import { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';

export async function printSchema(io: Io): Promise<ExitCode> {
  await io.stdout.write(renderJsonSchema());
  return ExitCode.Ok;
}
