// The body of a validate worker thread (src/cli/validate-pool.ts): it checks the files it is
// sent, one at a time, and answers with what validate keeps of each. It is part of the program
// bundle, which the thread's script (src/validate-worker-entry.ts, dist/validate-worker.cjs) loads
// through the code cache as dist/cli.cjs does; the parser and the rules load as it starts.
import { parentPort } from 'node:worker_threads';
import type { CheckRequest, CheckAnswer } from './validate-pool.js';

export async function serveChecks(): Promise<void> {
  const { checkFile } = await import('./check-file.js');
  parentPort?.on('message', (request: CheckRequest) => {
    const answer: CheckAnswer = { job: request.job, checked: checkFile(request.file, request.bytes, request.today) };
    parentPort?.postMessage(answer);
  });
}
