// Runs git for the commands that read the index. A missing git or a directory outside any
// repository is a one-line usage error (exit 2), never a stack trace.
import { spawn } from 'node:child_process';
import { UserError } from './exit-codes.js';
import type { Io } from './io.js';

/** Runs `git args…` in io.cwd with io.env (so GIT_INDEX_FILE, set by `git commit -a`, is honoured). */
export function runGit(io: Io, args: readonly string[], input?: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // --literal-pathspecs: a file named ":(glob)*" or "*.yaml" means that file, not a pattern.
    const child = spawn('git', ['--literal-pathspecs', ...args], {
      cwd: io.cwd,
      env: { ...io.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
    child.stdin.on('error', () => undefined);
    child.on('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `git could not be run (${error.code ?? error.message})`;
      reject(new UserError(`${why}; --staged reads the git index`));
    });
    child.on('close', (status) => {
      if (status === 0) {
        resolve(Buffer.concat(out));
        return;
      }
      reject(new UserError(gitProblem(err, status)));
    });
    child.stdin.end(input);
  });
}

function gitProblem(stderr: string, status: number | null): string {
  if (/not a git repository/i.test(stderr))
    return 'not inside a git repository; --staged reads the git index (run it in a repository, or leave it out)';
  const first = stderr.split('\n').find((line) => line.trim() !== '') ?? `exit status ${String(status)}`;
  return `git failed: ${first.replace(/^(fatal|error): /, '')}`;
}
