import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  DIAGNOSTIC_FORMATS
} from "./chunk-YOTYOC2R.js";
import {
  VERSION
} from "./chunk-BUIXNWGV.js";
import {
  checkDayRange,
  colorChoice,
  parseDayDate,
  parseHolidayCountry,
  parseJurisdiction,
  parseNonNegativeInteger,
  parseThreadCount,
  parseWithinDays
} from "./chunk-CF2FPF4Y.js";
import {
  Argument,
  Command,
  Option
} from "./chunk-77VLO4R7.js";
import "./chunk-XDO4RZY7.js";
import {
  UserError
} from "./chunk-M4L7XWEC.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";
import "./chunk-YGJ7O6WJ.js";
import "./chunk-ZDNVIE4O.js";
import "./chunk-IDOCBWWJ.js";
import {
  JURISDICTIONS
} from "./chunk-2RE557MS.js";
import "./chunk-2C2PYH5G.js";
import "./chunk-BTYQCHNT.js";

// src/cli/locale-env.ts
function localeFromEnv(env) {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value !== void 0 && value !== "") return /^fr(?:$|[_.@])/.test(value) ? "fr" : "en";
  }
  return "en";
}

// src/cli/program-data.ts
var asOfOption = () => new Option("--as-of <date>", "compute as of this day (YYYY-MM-DD); default: today").argParser(parseDayDate);
var localeOption = () => new Option(
  "--locale <locale>",
  "language of labels, dates and numbers (default: from LC_ALL, LC_MESSAGES or LANG; fr_* is fr, else en)"
).choices(["en", "fr"]);
var holidaysOption = () => new Option("--holidays <file>", 'extra non-working days declared by decree: a CSV "jurisdiction,date,name"');
var ratesOption = () => new Option("--rates <file>", "ECB euro reference rates in the ECB's CSV format (default: the bundled rates)");
function common(command, globals, options, io) {
  return {
    casesDir: globals.cases,
    color: colorChoice(globals),
    asOf: options.asOf,
    json: options.json === true,
    rates: options.rates,
    holidays: options.holidays,
    locale: options.locale ?? localeFromEnv(io.env)
  };
}
function registerDataCommands(program, io, setExitCode) {
  program.command("report").description("one screen on every case, or each named case in detail").argument(
    "[case-ids...]",
    "show these cases in detail: timeline, measures, deadlines with their working, money, appeals, sources, notes"
  ).addOption(asOfOption()).addOption(holidaysOption()).addOption(localeOption()).addOption(ratesOption()).option("--json", "print the dossier-export/1 JSON instead").addHelpText(
    "after",
    "\nExamples:\n  $ dossier report\n  $ dossier report cnil-clearview-ai --as-of 2023-02-09\n  $ dossier report --locale fr"
  ).action(async (ids, options, command) => {
    const { report } = await import("./report-BWKDITIP.js");
    setExitCode(await report({ ...common(command, command.optsWithGlobals(), options, io), ids }, io));
  });
  program.command("timeline").description("every event across the cases in date order").addOption(new Option("--from <date>", "first day shown").argParser(parseDayDate)).addOption(new Option("--to <date>", "last day shown").argParser(parseDayDate)).addOption(asOfOption()).addOption(localeOption()).option("--json", "print JSON").addHelpText(
    "after",
    "\nExamples:\n  $ dossier timeline\n  $ dossier timeline --from 2022-01-01 --to 2022-12-31\n  $ dossier timeline --as-of 2023-02-09"
  ).action(async (options, command) => {
    checkDayRange(options.from, options.to);
    const { timeline } = await import("./timeline-XNBS7G7M.js");
    setExitCode(
      await timeline(
        { ...common(command, command.optsWithGlobals(), options, io), from: options.from, to: options.to },
        io
      )
    );
  });
  program.command("deadlines").description("every deadline across the cases with its status, and the penalty payments accrued").addOption(asOfOption()).addOption(holidaysOption()).option("--within <days>", "only open deadlines ending within this many days (at most 36500)", parseWithinDays).option("--overdue", "only orders missed and payments overdue").addOption(localeOption()).option("--json", "print JSON").addHelpText(
    "after",
    "\nWith --within and --overdue together, both kinds are listed.\n\nExamples:\n  $ dossier deadlines --as-of 2023-02-09\n  $ dossier deadlines --overdue\n  $ dossier deadlines --within 30 --json"
  ).action(async (options, command) => {
    const { deadlines } = await import("./deadlines-DYV6A4RJ.js");
    setExitCode(
      await deadlines(
        {
          ...common(command, command.optsWithGlobals(), options, io),
          within: options.within,
          overdue: options.overdue === true
        },
        io
      )
    );
  });
  program.command("fines").description("every fine: original amount, EUR at the ECB rate, legal cap, appeal, enforceable, paid; totals").addOption(
    new Option("--by <grouping>", "group the totals").choices(["authority", "country", "year", "respondent"]).default("authority")
  ).addOption(asOfOption()).addOption(holidaysOption()).addOption(ratesOption()).addOption(localeOption()).option("--json", "print JSON").addHelpText(
    "after",
    "\nExamples:\n  $ dossier fines\n  $ dossier fines --by year --json\n  $ dossier fines --rates eurofxref-hist.csv"
  ).action(async (options, command) => {
    const { fines } = await import("./fines-4KAXPXHL.js");
    setExitCode(await fines({ ...common(command, command.optsWithGlobals(), options, io), by: options.by }, io));
  });
  program.command("export").description("write the dossier as Markdown, JSON, CSV, an iCalendar file or a static HTML page").addOption(
    new Option("--format <format>", "md, json, csv (one row per measure), ics (deadlines) or html (a page with a timeline)").choices(["md", "json", "csv", "ics", "html"]).makeOptionMandatory()
  ).option("-o, --output <file>", "write to this file (atomically) instead of stdout").option("--force", "overwrite the --output file if it exists (a regular file, or the file a link points to)").option("--force-case-file", "allow an --output inside the cases directory or named *.yaml / *.yml").option("--bom", "csv only: start with a UTF-8 byte order mark, which Excel on Windows needs to read UTF-8").addOption(asOfOption()).addOption(holidaysOption()).addOption(ratesOption()).addOption(localeOption()).addHelpText(
    "after",
    "\nExamples:\n  $ dossier export --format md --output dossier.md\n  $ dossier export --format html --locale fr --output dossier.html\n  $ dossier export --format ics --output deadlines.ics --force\n  $ dossier export --format json --as-of 2023-02-09 | jq .totals\n  $ dossier export --format csv --bom --output dossier.csv"
  ).action(
    async (options, command) => {
      const { exportDossier } = await import("./export-3DNIISXI.js");
      setExitCode(
        await exportDossier(
          {
            ...common(command, command.optsWithGlobals(), options, io),
            format: options.format,
            output: options.output,
            force: options.force === true,
            forceCaseFile: options.forceCaseFile === true,
            bom: options.bom === true
          },
          io
        )
      );
    }
  );
  program.command("due").description("a deadline calculator: the last day of a period under a jurisdiction\u2019s rules, with the working").argument("<date>", "the day of the triggering event (not counted), YYYY-MM-DD", parseDayDate).argument("<period>", 'e.g. "2 months", "28 days", "6 weeks", "1 year", "10 working days"').addOption(
    new Option("-j, --jurisdiction <code>", `whose rules and holidays: ${JURISDICTIONS.join(", ")}`).argParser(parseJurisdiction).makeOptionMandatory()
  ).option("--no-extend", "do not move a last day that falls on a weekend or holiday").option("--franc", "FR d\xE9lai franc (appeals to the Conseil d'\xC9tat): the last day is the same date + 1").addOption(holidaysOption()).option("--decision-period", "the period was set by a decision, not by statute (affects NL and the FR assumption)").option(
    "--holiday-country <code>",
    "EU only: the Member State whose public holidays count (Reg. 1182/71 art. 2(1)), e.g. FR",
    parseHolidayCountry
  ).option("--summer-suspension", "IT and ES only: August does not run (IT: legge 742/1969; ES: LJCA art. 128.2)").option("--saturday-working", "IT and GR only: treat Saturday as a working day").option(
    "--start-day-excluded",
    "IE only: do not count the day of service as day 1 (the other reading of Interpretation Act 2005 s.18(h))"
  ).option("--natural-days", "ES only: count a period in days in calendar days (d\xEDas naturales), not d\xEDas h\xE1biles").addOption(localeOption()).option("--json", "print JSON").addHelpText(
    "after",
    '\nExamples:\n  $ dossier due 2022-10-18 "2 months" --jurisdiction FR\n  $ dossier due 2022-10-20 "28 days" -j GB --json\n  $ dossier due 2022-10-17 "4 months" -j FR --franc'
  ).action(
    async (date, period, options, command) => {
      const { due } = await import("./due-375GZTWQ.js");
      const globals = command.optsWithGlobals();
      setExitCode(
        await due(
          {
            date,
            period,
            jurisdiction: options.jurisdiction,
            extend: options.extend,
            franc: options.franc === true,
            decisionPeriod: options.decisionPeriod === true,
            json: options.json === true,
            color: colorChoice(globals),
            locale: options.locale ?? localeFromEnv(io.env),
            holidays: options.holidays,
            holidayCountry: options.holidayCountry,
            summerSuspension: options.summerSuspension === true,
            saturdayWorking: options.saturdayWorking === true,
            startDayExcluded: options.startDayExcluded === true,
            naturalDays: options.naturalDays === true
          },
          io
        )
      );
    }
  );
}

// src/cli/find-cases-dir.ts
import { statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
var DEFAULT_CASES_DIR = "cases";
function findCasesDir(cwd) {
  for (let dir = cwd; ; ) {
    const candidate = join(dir, DEFAULT_CASES_DIR);
    if (isDirectory(candidate)) return dir === cwd ? DEFAULT_CASES_DIR : relative(cwd, candidate);
    if (exists(join(dir, ".git"))) return DEFAULT_CASES_DIR;
    const parent = dirname(dir);
    if (parent === dir) return DEFAULT_CASES_DIR;
    dir = parent;
  }
}
function isDirectory(path) {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}
function exists(path) {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== void 0;
  } catch {
    return false;
  }
}

// src/cli/validate-input-choice.ts
function chooseValidateInput(paths, flags, casesDir) {
  if (flags.staged === true && flags.stdin === true) throw new UserError("--staged and --stdin cannot be used together");
  const cached = flags.cache === true || flags.cacheLocation !== void 0;
  if (cached && (flags.staged === true || flags.stdin === true))
    throw new UserError("--cache works on the files on disk, not with --staged or --stdin");
  if (flags.stdinFilename !== void 0 && flags.stdin !== true) throw new UserError("--stdin-filename needs --stdin");
  if (flags.staged === true) return { kind: "staged", casesDir, paths };
  if (flags.stdin !== true) return void 0;
  if (paths.length > 0) throw new UserError("--stdin reads one file from stdin; give its name with --stdin-filename, not as a path");
  if (flags.stdinFilename === void 0 || flags.stdinFilename === "") {
    throw new UserError("--stdin needs --stdin-filename PATH: the file name the text is checked as (its diagnostics, its id)");
  }
  return { kind: "stdin", casesDir, filename: flags.stdinFilename };
}

// src/cli/program.ts
function buildProgram(io, setExitCode, writes = []) {
  const program = new Command("dossier").description("Keep regulatory enforcement dossiers in git: validate case files, compute deadlines, penalties and fines, report.").version(VERSION, "-V, --version").option("--cases <dir>", "the directory of case files (default: cases/ here or in the nearest parent, up to the repository root)").option("--no-color", "never colour the output (also: NO_COLOR=1, TERM=dumb)").option("--debug", "show the stack of an internal error").hook("preAction", () => {
    if (program.opts().cases === void 0) program.setOptionValue("cases", findCasesDir(io.cwd));
  }).showHelpAfterError("(run with --help for usage)").configureHelp({ showGlobalOptions: true }).exitOverride().configureOutput({
    writeOut: (text) => void writes.push(io.stdout.write(text)),
    // A message about a usage error that cannot be shown changes nothing: the exit code says it.
    // Usage errors quote the arguments, which can hold escape sequences (OSC 52, ESC[2J).
    writeErr: (text) => void io.stderr.write(sanitizeForTerminal(text)).catch(() => void 0)
  }).addHelpText(
    "after",
    `
Examples:
  $ dossier validate                      check every case file in ./cases
  $ dossier report                        one screen: who fined whom, how much, what is overdue
  $ dossier due 2022-10-18 "2 months" --jurisdiction FR
  $ dossier deadlines --as-of 2023-02-09 --overdue

Exit codes: 0 ok, 1 case files have errors, 2 usage or I/O failure, 3 internal error.`
  );
  program.command("validate").description("check case files: YAML, format, dates, references, amounts, codes, sources").argument("[paths...]", "files or directories (default: the --cases directory)").addOption(new Option("-f, --format <format>", "output format").choices(["auto", ...DIAGNOSTIC_FORMATS]).default("auto")).option("--max-warnings <n>", "exit 1 when there are more than n warnings", parseNonNegativeInteger).option("-q, --quiet", "report errors only").option("--as-of <date>", "judge the freshness of sources as of this day (YYYY-MM-DD); default: today", parseDayDate).option("--cache", "check only the files changed since the last --cache run (results kept in ./.dossiercache)").option("--cache-location <path>", "the cache file, or a directory to keep .dossiercache in (implies --cache)").option(
    "--threads <n>",
    "check in n threads, this one and n-1 workers (default: one per core from 100 files; 1: no worker)",
    parseThreadCount
  ).option("--staged", "check the files as staged in the git index, not the working tree (for pre-commit hooks)").option("--stdin", "check the case file read from stdin (needs --stdin-filename)").option("--stdin-filename <path>", "the file name stdin is checked as; ids are compared with the other files on disk").addHelpText(
    "after",
    `
Formats: stylish (default on a terminal), compact (file:line:col: severity message [code];
default when piped), json, github (workflow annotations; default when GITHUB_ACTIONS=true), sarif.
Diagnostics go to stdout, everything else to stderr.

Examples:
  $ dossier validate
  $ dossier validate cases/cnil-clearview-ai.yaml --format compact
  $ dossier validate --format sarif > dossier.sarif
  $ dossier validate --staged --format compact
  $ dossier validate --stdin --stdin-filename cases/draft.yaml < draft.yaml`
  ).action(async (paths, options, command) => {
    const globals = command.optsWithGlobals();
    const input = chooseValidateInput(paths, options, globals.cases);
    const { validate } = await import("./validate-NEU4K5DF.js");
    setExitCode(
      await validate(
        {
          paths: paths.length > 0 ? paths : [globals.cases],
          format: options.format,
          maxWarnings: options.maxWarnings,
          quiet: options.quiet === true,
          color: colorChoice(globals),
          ...options.asOf === void 0 ? {} : { asOf: options.asOf },
          ...input === void 0 ? {} : { input },
          ...options.threads === void 0 ? {} : { threads: options.threads },
          ...options.cache === true || options.cacheLocation !== void 0 ? { cache: { location: options.cacheLocation } } : {}
        },
        io
      )
    );
  });
  program.command("schema").description("print the JSON Schema (draft-07) of the case-file format").addHelpText("after", "\nExample:\n  $ dossier schema > cases/dossier.schema.json").action(async () => {
    const { printSchema } = await import("./schema-YPLP7TAA.js");
    setExitCode(await printSchema(io));
  });
  registerDataCommands(program, io, setExitCode);
  program.command("completion").description("print a completion script for bash, zsh or fish").addArgument(new Argument("<shell>", "the shell").choices(["bash", "zsh", "fish"])).addHelpText(
    "after",
    `
Install:
  $ dossier completion bash > ~/.local/share/bash-completion/completions/dossier
  $ dossier completion zsh > "\${fpath[1]}/_dossier"
  $ dossier completion fish > ~/.config/fish/completions/dossier.fish`
  ).action(async (shell) => {
    const { printCompletion } = await import("./completion-QCMVL3JD.js");
    setExitCode(await printCompletion(program, shell, io));
  });
  return program;
}
export {
  buildProgram
};
