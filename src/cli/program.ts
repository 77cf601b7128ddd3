// Commander wiring only: each action normalises its options and calls one command function.
import { Argument, Command, Option } from 'commander';
import { sanitizeForTerminal } from '../render/sanitize.js';
import { DIAGNOSTIC_FORMATS } from '../render/diagnostics/format-names.js';
import type { ExitCode } from './exit-codes.js';
import type { Io } from './io.js';
import { colorChoice, parseDayDate, parseNonNegativeInteger, parseThreadCount, type GlobalOptions } from './options.js';
import { VERSION } from './version.js';
import { registerDataCommands } from './program-data.js';
import { findCasesDir } from './find-cases-dir.js';
import { chooseValidateInput, type InputFlags } from './validate-input-choice.js';

type ValidateFlags = InputFlags & {
  format: 'auto';
  maxWarnings?: number;
  quiet?: boolean;
  asOf?: string;
  cache?: boolean;
  cacheLocation?: string;
  threads?: number;
};

/**
 * `writes` collects commander's own output (help, version, usage errors) so that run() can wait
 * for it and fail when it was lost (`dossier --help > /dev/full` must not exit 0).
 */
export function buildProgram(io: Io, setExitCode: (code: ExitCode) => void, writes: Promise<void>[] = []): Command {
  const program = new Command('dossier')
    .description('Keep regulatory enforcement dossiers in git: validate case files, compute deadlines, penalties and fines, report.')
    .version(VERSION, '-V, --version')
    .option('--cases <dir>', 'the directory of case files (default: cases/ here or in the nearest parent, up to the repository root)')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1, TERM=dumb)')
    .option('--debug', 'show the stack of an internal error')
    .hook('preAction', () => {
      if (program.opts<{ cases?: string }>().cases === undefined) program.setOptionValue('cases', findCasesDir(io.cwd));
    })
    .showHelpAfterError('(run with --help for usage)')
    // Inherited by every subcommand: its --help also lists --cases, --no-color and --debug.
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void writes.push(io.stdout.write(text)),
      // A message about a usage error that cannot be shown changes nothing: the exit code says it.
      // Usage errors quote the arguments, which can hold escape sequences (OSC 52, ESC[2J).
      writeErr: (text) => void io.stderr.write(sanitizeForTerminal(text)).catch(() => undefined),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ dossier validate                      check every case file in ./cases
  $ dossier report                        one screen: who fined whom, how much, what is overdue
  $ dossier due 2022-10-18 "2 months" --jurisdiction FR
  $ dossier deadlines --as-of 2023-02-09 --overdue

Exit codes: 0 ok, 1 case files have errors, 2 usage or I/O failure, 3 internal error.`,
    );

  program
    .command('validate')
    .description('check case files: YAML, format, dates, references, amounts, codes, sources')
    .argument('[paths...]', 'files or directories (default: the --cases directory)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['auto', ...DIAGNOSTIC_FORMATS]).default('auto'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseNonNegativeInteger)
    .option('-q, --quiet', 'report errors only')
    .option('--as-of <date>', 'judge the freshness of sources as of this day (YYYY-MM-DD); default: today', parseDayDate)
    .option('--cache', 'check only the files changed since the last --cache run (results kept in ./.dossiercache)')
    .option('--cache-location <path>', 'the cache file, or a directory to keep .dossiercache in (implies --cache)')
    .option(
      '--threads <n>',
      'check in n threads, this one and n-1 workers (default: one per core from 5,000 files; 1: no worker)',
      parseThreadCount,
    )
    .option('--staged', 'check the files as staged in the git index, not the working tree (for pre-commit hooks)')
    .option('--stdin', 'check the case file read from stdin (needs --stdin-filename)')
    .option('--stdin-filename <path>', 'the file name stdin is checked as; ids are compared with the other files on disk')
    .addHelpText(
      'after',
      `
Formats: stylish (default on a terminal), compact (file:line:col: severity message [code];
default when piped), json, github (workflow annotations; default when GITHUB_ACTIONS=true), sarif.
Diagnostics go to stdout, everything else to stderr.

Examples:
  $ dossier validate
  $ dossier validate cases/cnil-clearview-ai.yaml --format compact
  $ dossier validate --format sarif > dossier.sarif
  $ dossier validate --staged --format compact
  $ dossier validate --stdin --stdin-filename cases/draft.yaml < draft.yaml`,
    )
    .action(async (paths: string[], options: ValidateFlags, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const input = chooseValidateInput(paths, options, globals.cases);
      const { validate } = await import('./commands/validate.js');
      setExitCode(
        await validate(
          {
            paths: paths.length > 0 ? paths : [globals.cases],
            format: options.format,
            maxWarnings: options.maxWarnings,
            quiet: options.quiet === true,
            color: colorChoice(globals),
            ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
            ...(input === undefined ? {} : { input }),
            ...(options.threads === undefined ? {} : { threads: options.threads }),
            ...(globals.debug === true ? { debug: true } : {}),
            ...(options.cache === true || options.cacheLocation !== undefined ? { cache: { location: options.cacheLocation } } : {}),
          },
          io,
        ),
      );
    });

  program
    .command('schema')
    .description('print the JSON Schema (draft-07) of the case-file format')
    .addHelpText('after', '\nExample:\n  $ dossier schema > cases/dossier.schema.json')
    .action(async () => {
      const { printSchema } = await import('./commands/schema.js');
      setExitCode(await printSchema(io));
    });

  registerDataCommands(program, io, setExitCode);

  program
    .command('completion')
    .description('print a completion script for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .addHelpText(
      'after',
      `
Install:
  $ dossier completion bash > ~/.local/share/bash-completion/completions/dossier
  $ dossier completion zsh > "\${fpath[1]}/_dossier"
  $ dossier completion fish > ~/.config/fish/completions/dossier.fish`,
    )
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { printCompletion } = await import('./commands/completion.js');
      setExitCode(await printCompletion(program, shell, io));
    });
  return program;
}
