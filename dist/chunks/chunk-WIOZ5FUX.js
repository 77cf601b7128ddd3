import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  formatCompact
} from "./chunk-XDO4RZY7.js";
import {
  readInputs
} from "./chunk-S5HLXYHN.js";
import {
  ExitCode,
  UserError
} from "./chunk-M4L7XWEC.js";
import {
  checkCaseIdsAcrossFiles,
  loadCase
} from "./chunk-IXSAOZYY.js";
import {
  isIoCode,
  sortDiagnostics
} from "./chunk-YGJ7O6WJ.js";

// src/cli/case-set.ts
async function loadCaseSet(io, casesDir) {
  const { cases, diagnostics, filesRead } = await loadAll(io, [casesDir]);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    await io.stderr.write(formatCompact(errors));
    const code = errors.some((d) => isIoCode(d.code)) ? ExitCode.Failure : ExitCode.Invalid;
    throw new UserError(`${errors.length} error(s) in the case files; fix them first (dossier validate ${casesDir})`, code);
  }
  if (filesRead === 0) throw new UserError(`no case files (*.yaml) in ${casesDir}; pass --cases DIR`, ExitCode.Failure);
  return cases;
}
async function loadAll(io, paths, today) {
  const inputs = await readInputs(paths, io.cwd);
  const diagnostics = [...inputs.diagnostics];
  const cases = [];
  for (const { file, bytes } of inputs.files) {
    const result = loadCase(file, bytes, today === void 0 ? {} : { today });
    diagnostics.push(...result.diagnostics);
    if (result.loaded) cases.push(result.loaded);
  }
  diagnostics.push(...checkCaseIdsAcrossFiles(cases));
  return { cases, diagnostics: sortDiagnostics(diagnostics), filesRead: inputs.files.length };
}

export {
  loadCaseSet
};
