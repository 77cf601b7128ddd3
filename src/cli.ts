// Entry point of the built binary: wires the real process to run() and sets the exit code.
// The process is never made to exit early: that can cut off output still queued for a pipe.
import { run } from './cli/main.js';
import { processIo } from './cli/io.js';

process.exitCode = await run(process.argv.slice(2), processIo());
