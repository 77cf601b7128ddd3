import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "dossier",
  version: "0.1.0",
  description: "Keep regulatory enforcement dossiers in git: validate YAML case files, compute legal deadlines, penalty payments and fines, and report on them.",
  type: "module",
  private: true,
  license: "MIT",
  bin: {
    dossier: "bin/dossier.js"
  },
  files: [
    "bin",
    "dist",
    "cases/dossier.schema.json"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    bundle: "node scripts/build.mjs",
    calendars: "node scripts/generate-calendars.mjs",
    schema: "node scripts/write-schema.mjs",
    typecheck: "tsc --noEmit --incremental --tsBuildInfoFile node_modules/.cache/dossier/tsbuildinfo",
    lint: "eslint --max-warnings 0 .",
    format: "prettier --write .",
    "format:check": "prettier --check --cache --cache-location node_modules/.cache/dossier/prettier .",
    test: "npm run format:check && npm run typecheck && vitest run",
    bench: "node scripts/bench.mjs",
    screenshot: "npm run bundle && node scripts/screenshot.mjs"
  },
  dependencies: {
    "date-holidays": "^3.37.0"
  },
  devDependencies: {
    "@date-fns/utc": "^2.1.1",
    "@eslint/js": "^9.39.5",
    "@types/markdown-it": "^14.2.0",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    chalk: "^5.6.2",
    commander: "^14.0.3",
    "csv-parse": "^7.0.3",
    "date-fns": "^4.4.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.10.2",
    globals: "^16.5.0",
    "js-yaml": "^4.3.2",
    "markdown-it": "^14.3.3",
    markdownlint: "~0.40.0",
    "markdownlint-cli2": "~0.22.1",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    "string-width": "^8.3.0",
    typescript: "~5.9.3",
    "typescript-eslint": "^8.74.0",
    vitest: "^4.1.12",
    yaml: "^2.9.1",
    zod: "^4.6.7"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
