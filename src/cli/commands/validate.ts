// `dossier validate [paths...]`: every file checked, diagnostics on stdout, exit 0/1/2.
import { isIoCode } from '../../diagnostics/codes.js';
import { countBySeverity } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics, type DiagnosticFormat } from '../../render/diagnostics/formats.js';
import { checkFiles, type ValidateRun } from '../validate-files.js';
import { ExitCode } from '../exit-codes.js';
import { chalkFor, type Io } from '../io.js';
import { timeZoneOf } from '../time-zone.js';
import { today as todayOf } from '../options.js';
import { VERSION } from '../version.js';
import type { ValidateInput } from '../validate-input-choice.js';

export interface ValidateOptions {
  readonly paths: readonly string[];
  readonly format: DiagnosticFormat | 'auto';
  readonly maxWarnings: number | undefined;
  readonly quiet: boolean;
  readonly color: boolean | undefined;
  /** The day sources' freshness is judged on; default: today in the user's time zone. */
  readonly asOf?: string;
  /** --cache: reuse the checks of unchanged files (kept in --cache-location, default ./.dossiercache). */
  readonly cache?: { readonly location: string | undefined };
  /** --threads: worker threads to check with (undefined: one per core when there are many files). */
  readonly threads?: number | undefined;
  /** The git index (--staged) or stdin (--stdin) instead of the paths on disk. */
  readonly input?: ValidateInput;
  /** --debug: also say on stderr how many files worker threads checked. */
  readonly debug?: boolean;
}

export async function validate(options: ValidateOptions, io: Io): Promise<ExitCode> {
  const today = options.asOf ?? todayOf(io.now(), timeZoneOf(io.env['TZ']));
  const run: Pick<ValidateRun, 'diagnostics' | 'filesRead'> & { readonly checkedInWorkers?: number } =
    options.input !== undefined
      ? await (await import('../validate-input.js')).loadValidateInput(io, options.input, today)
      : options.cache === undefined
        ? await checkFiles(io, options.paths, { today, threads: options.threads })
        : await checkWithCache(io, options, today, options.cache.location);
  const { diagnostics: all, filesRead } = run;
  if (options.debug === true && run.checkedInWorkers !== undefined) {
    await io.stderr.write(`dossier: ${String(run.checkedInWorkers)} of ${String(filesRead)} file(s) checked in worker threads\n`);
  }
  const diagnostics = options.quiet ? all.filter((d) => d.severity === 'error') : all;
  const format = options.format === 'auto' ? autoFormat(io) : options.format;
  const chalk = chalkFor(io, io.stdout, format === 'stylish' ? options.color : false);
  await io.stdout.write(formatDiagnostics(format, diagnostics, { chalk, filesChecked: filesRead, toolVersion: VERSION, root: io.cwd }));

  const { errors, warnings } = countBySeverity(all);
  if (format !== 'stylish' && format !== 'json' && format !== 'sarif') {
    await io.stderr.write(`${filesRead} file(s) checked: ${errors} error(s), ${warnings} warning(s)\n`);
  }
  if (all.some((d) => isIoCode(d.code))) return ExitCode.Failure;
  if (errors > 0) return ExitCode.Invalid;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    await io.stderr.write(`${warnings} warning(s) found; --max-warnings allows ${options.maxWarnings}\n`);
    return ExitCode.Invalid;
  }
  return ExitCode.Ok;
}

async function checkWithCache(io: Io, options: ValidateOptions, today: string, location: string | undefined): Promise<ValidateRun> {
  const { cachePath, openFileCache } = await import('../validate-cache.js');
  const cache = openFileCache(await cachePath(io.cwd, location));
  const run = await checkFiles(io, options.paths, { today, cache, threads: options.threads });
  await cache.save((message) => io.stderr.write(`dossier: ${message}\n`));
  return run;
}

/** GitHub annotations in Actions, ESLint's stylish on a terminal, one line per problem otherwise. */
function autoFormat(io: Io): DiagnosticFormat {
  if (io.env['GITHUB_ACTIONS'] === 'true') return 'github';
  return io.stdout.isTTY ? 'stylish' : 'compact';
}
