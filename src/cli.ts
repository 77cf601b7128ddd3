// Entry point of the built binary: wires the real process to run() and sets the exit code.
// The process is never made to exit early: that can cut off output still queued for a pipe.
import { runProcess } from './cli/main.js';

process.exitCode = await runProcess(process.argv.slice(2));
