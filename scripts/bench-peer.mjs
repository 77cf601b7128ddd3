// The peers `npm run bench` times dossier validate against, each checking a directory of case
// files in one process: `js-yaml+ajv` parses each file with js-yaml and validates it with ajv
// against the committed JSON Schema (what a hand-rolled checker would do: no positions, no
// checks beyond the schema; YAML 1.2 core, as dossier reads, so that dates stay text); `yaml` only parses each file with the yaml library dossier uses.
// Usage: node scripts/bench-peer.mjs js-yaml+ajv|yaml DIR. Prints the number of files checked.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import ajvModule from 'ajv';
import ajvFormats from 'ajv-formats';
import YAML from 'yaml';

/** @typedef {{ load(text: string, options: { schema: unknown }): unknown, CORE_SCHEMA: unknown }} JsYaml */
/** @type {unknown} js-yaml ships no types */
const jsYamlModule = createRequire(import.meta.url)('js-yaml');
const jsYaml = /** @type {JsYaml} */ (jsYamlModule);

const [peer, dir] = process.argv.slice(2);
if (dir === undefined || (peer !== 'js-yaml+ajv' && peer !== 'yaml')) {
  process.stderr.write('usage: node scripts/bench-peer.mjs js-yaml+ajv|yaml DIR\n');
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
let invalid = 0;
if (peer === 'yaml') {
  for (const name of files) YAML.parse(readFileSync(join(dir, name), 'utf8'));
} else {
  const ajv = new ajvModule.default({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  /** @type {unknown} */
  const schema = JSON.parse(readFileSync(join(dir, 'dossier.schema.json'), 'utf8'));
  const check = ajv.compile(/** @type {object} */ (schema));
  for (const name of files) if (!check(jsYaml.load(readFileSync(join(dir, name), 'utf8'), { schema: jsYaml.CORE_SCHEMA }))) invalid += 1;
}
process.stdout.write(`${String(files.length)} files, ${String(invalid)} invalid\n`);
