// Preloaded into the built binary (node --import) by the interruption tests: once the export has
// opened its temp file, it reports the fact on stderr and waits, so that a signal lands mid-write.
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const open = fsp.open;
fsp.open = async (path, ...rest) => {
  const handle = await open(path, ...rest);
  if (String(path).endsWith('.tmp')) {
    process.stderr.write(`STALLED ${String(path)}\n`);
    await new Promise((resolve) => setTimeout(resolve, 60_000));
  }
  return handle;
};
syncBuiltinESMExports();
