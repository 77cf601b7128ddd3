// Regenerates cases/dossier.schema.json from the zod definition (`npm run schema`): `dossier
// schema` prints that committed file, and test/model/schema.test.ts fails when it is stale.
import { build } from 'esbuild';

const bundled = await build({
  stdin: {
    contents: [
      "import { writeFileSync } from 'node:fs';",
      "import { renderJsonSchema } from './src/model/json-schema.ts';",
      "writeFileSync('cases/dossier.schema.json', renderJsonSchema());",
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
