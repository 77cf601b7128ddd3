// The body of a validate worker thread (src/cli/validate-pool.ts): it checks the files it is
// sent, one at a time, and answers with what validate keeps of each. Bundled as
// dist/validate-worker.js.
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file.js';
import type { CheckRequest, CheckAnswer } from './validate-pool.js';

parentPort?.on('message', (request: CheckRequest) => {
  const answer: CheckAnswer = { job: request.job, checked: checkFile(request.file, request.bytes, request.today) };
  parentPort?.postMessage(answer);
});
