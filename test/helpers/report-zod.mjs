// Preloaded into a CLI run (node --import): says on stderr, as the process exits, whether zod was
// initialised (its core module sets globalThis.__zod_globalConfig as it loads).
process.on('exit', () => process.stderr.write(`zod-initialised ${String('__zod_globalConfig' in globalThis)}\n`));
