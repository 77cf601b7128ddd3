// Regenerates, from the zod definition (`npm run schema`), cases/dossier.schema.json, which
// `dossier schema` prints, and src/model/generated/case-validator.js, the same schema compiled
// (scripts/case-validator-source.ts). test/model/schema.test.ts and case-validator.test.ts fail
// when either is stale.
import { build } from 'esbuild';

const bundled = await build({
  stdin: {
    contents: [
      "import { writeFileSync } from 'node:fs';",
      "import { renderJsonSchema } from './src/model/json-schema.ts';",
      "import { caseValidatorSource } from './scripts/case-validator-source.ts';",
      "writeFileSync('cases/dossier.schema.json', renderJsonSchema());",
      "writeFileSync('src/model/generated/case-validator.js', caseValidatorSource());",
    ].join('\n'),
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0]?.text ?? '').toString('base64')}`);
