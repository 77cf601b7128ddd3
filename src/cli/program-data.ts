// The commands that read the whole case set and compute from it.
import type { Command } from 'commander';
import type { ExitCode } from './exit-codes.js';
import type { Io } from './io.js';
import { colorChoice, type GlobalOptions } from './options.js';

export function registerDataCommands(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('report')
    .description('an overview of every case: authority, decision, fine, orders, status')
    .argument('[case-ids...]', 'show these cases in detail')
    .addHelpText('after', '\nExamples:\n  $ dossier report\n  $ dossier report cnil-clearview-ai')
    .action(async (ids: string[], _options: object, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const { report } = await import('./commands/report.js');
      setExitCode(await report({ ids, casesDir: globals.cases, color: colorChoice(globals) }, io));
    });
}
