// `dossier completion bash|zsh|fish`: prints a completion script made from the program's own
// definition (completion/spec.ts), so that it offers exactly the commands and options there are.
import type { Command } from 'commander';
import { bashCompletion } from '../completion/bash.js';
import { fishCompletion } from '../completion/fish.js';
import { programSpec } from '../completion/spec.js';
import { zshCompletion } from '../completion/zsh.js';
import { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export async function printCompletion(program: Command, shell: Shell, io: Io): Promise<ExitCode> {
  const spec = programSpec(program);
  const script = shell === 'bash' ? bashCompletion(spec) : shell === 'zsh' ? zshCompletion(spec) : fishCompletion(spec);
  await io.stdout.write(script);
  return ExitCode.Ok;
}
