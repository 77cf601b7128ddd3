// The commands that read the whole case set and compute from it. Each action normalises its
// options and calls one command function, loaded only when that command runs.
import { Option, type Command } from 'commander';
import type { ExitCode } from './exit-codes.js';
import type { Io } from './io.js';
import { localeFromEnv } from './locale-env.js';
import { JURISDICTIONS, type Jurisdiction } from '../core/time/conventions.js';
import {
  checkDayRange,
  colorChoice,
  parseDayDate,
  parseJurisdiction,
  parseHolidayCountry,
  parseWithinDays,
  type GlobalOptions,
} from './options.js';

type SetExit = (code: ExitCode) => void;

interface DataOptions {
  holidays?: string;
  asOf?: string;
  json?: boolean;
  rates?: string;
  locale?: 'en' | 'fr';
}

const asOfOption = () => new Option('--as-of <date>', 'compute as of this day (YYYY-MM-DD); default: today').argParser(parseDayDate);
const localeOption = () =>
  new Option(
    '--locale <locale>',
    'language of labels, dates and numbers (default: from LC_ALL, LC_MESSAGES or LANG; fr_* is fr, else en)',
  ).choices(['en', 'fr']);
const holidaysOption = () => new Option('--holidays <file>', 'extra non-working days declared by decree: a CSV "jurisdiction,date,name"');
const ratesOption = () => new Option('--rates <file>', "ECB euro reference rates in the ECB's CSV format (default: the bundled rates)");

function common(command: Command, globals: GlobalOptions, options: DataOptions, io: Io) {
  return {
    casesDir: globals.cases,
    color: colorChoice(globals),
    asOf: options.asOf,
    json: options.json === true,
    rates: options.rates,
    holidays: options.holidays,
    locale: options.locale ?? localeFromEnv(io.env),
  };
}

export function registerDataCommands(program: Command, io: Io, setExitCode: SetExit): void {
  program
    .command('report')
    .description('one screen on every case, or each named case in detail')
    .argument(
      '[case-ids...]',
      'show these cases in detail: timeline, measures, deadlines with their working, money, appeals, sources, notes',
    )
    .addOption(asOfOption())
    .addOption(holidaysOption())
    .addOption(localeOption())
    .addOption(ratesOption())
    .option('--json', 'print the dossier-export/1 JSON instead')
    .addHelpText(
      'after',
      '\nExamples:\n  $ dossier report\n  $ dossier report cnil-clearview-ai --as-of 2023-02-09\n  $ dossier report --locale fr',
    )
    .action(async (ids: string[], options: DataOptions, command: Command) => {
      const { report } = await import('./commands/report.js');
      setExitCode(await report({ ...common(command, command.optsWithGlobals<GlobalOptions>(), options, io), ids }, io));
    });

  program
    .command('timeline')
    .description('every event across the cases in date order')
    .addOption(new Option('--from <date>', 'first day shown').argParser(parseDayDate))
    .addOption(new Option('--to <date>', 'last day shown').argParser(parseDayDate))
    .addOption(asOfOption())
    .addOption(localeOption())
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ dossier timeline\n  $ dossier timeline --from 2022-01-01 --to 2022-12-31\n  $ dossier timeline --as-of 2023-02-09',
    )
    .action(async (options: DataOptions & { from?: string; to?: string }, command: Command) => {
      checkDayRange(options.from, options.to);
      const { timeline } = await import('./commands/timeline.js');
      setExitCode(
        await timeline(
          { ...common(command, command.optsWithGlobals<GlobalOptions>(), options, io), from: options.from, to: options.to },
          io,
        ),
      );
    });

  program
    .command('deadlines')
    .description('every deadline across the cases with its status, and the penalty payments accrued')
    .addOption(asOfOption())
    .addOption(holidaysOption())
    .option('--within <days>', 'only open deadlines ending within this many days (at most 36500)', parseWithinDays)
    .option('--overdue', 'only orders missed and payments overdue')
    .addOption(localeOption())
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nWith --within and --overdue together, both kinds are listed.\n\nExamples:\n  $ dossier deadlines --as-of 2023-02-09\n  $ dossier deadlines --overdue\n  $ dossier deadlines --within 30 --json',
    )
    .action(async (options: DataOptions & { within?: number; overdue?: boolean }, command: Command) => {
      const { deadlines } = await import('./commands/deadlines.js');
      setExitCode(
        await deadlines(
          {
            ...common(command, command.optsWithGlobals<GlobalOptions>(), options, io),
            within: options.within,
            overdue: options.overdue === true,
          },
          io,
        ),
      );
    });

  program
    .command('fines')
    .description('every fine: original amount, EUR at the ECB rate, legal cap, appeal, enforceable, paid; totals')
    .addOption(
      new Option('--by <grouping>', 'group the totals').choices(['authority', 'country', 'year', 'respondent']).default('authority'),
    )
    .addOption(asOfOption())
    .addOption(holidaysOption())
    .addOption(ratesOption())
    .addOption(localeOption())
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ dossier fines\n  $ dossier fines --by year --json\n  $ dossier fines --rates eurofxref-hist.csv',
    )
    .action(async (options: DataOptions & { by: 'authority' | 'country' | 'year' | 'respondent' }, command: Command) => {
      const { fines } = await import('./commands/fines.js');
      setExitCode(await fines({ ...common(command, command.optsWithGlobals<GlobalOptions>(), options, io), by: options.by }, io));
    });

  program
    .command('export')
    .description('write the dossier as Markdown, JSON, CSV, an iCalendar file or a static HTML page')
    .addOption(
      new Option('--format <format>', 'md, json, csv (one row per measure), ics (deadlines) or html (a page with a timeline)')
        .choices(['md', 'json', 'csv', 'ics', 'html'])
        .makeOptionMandatory(),
    )
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--force', 'overwrite the --output file if it exists (a regular file, or the file a link points to)')
    .option('--force-case-file', 'allow an --output inside the cases directory or named *.yaml / *.yml')
    .option('--bom', 'csv only: start with a UTF-8 byte order mark, which Excel on Windows needs to read UTF-8')
    .addOption(asOfOption())
    .addOption(holidaysOption())
    .addOption(ratesOption())
    .addOption(localeOption())
    .addHelpText(
      'after',
      '\nExamples:\n  $ dossier export --format md --output dossier.md\n  $ dossier export --format html --locale fr --output dossier.html\n  $ dossier export --format ics --output deadlines.ics --force\n  $ dossier export --format json --as-of 2023-02-09 | jq .totals\n  $ dossier export --format csv --bom --output dossier.csv',
    )
    .action(
      async (
        options: DataOptions & {
          format: 'md' | 'json' | 'csv' | 'ics' | 'html';
          output?: string;
          force?: boolean;
          forceCaseFile?: boolean;
          bom?: boolean;
        },
        command: Command,
      ) => {
        const { exportDossier } = await import('./commands/export.js');
        setExitCode(
          await exportDossier(
            {
              ...common(command, command.optsWithGlobals<GlobalOptions>(), options, io),
              format: options.format,
              output: options.output,
              force: options.force === true,
              forceCaseFile: options.forceCaseFile === true,
              bom: options.bom === true,
            },
            io,
          ),
        );
      },
    );

  program
    .command('due')
    .description('a deadline calculator: the last day of a period under a jurisdiction’s rules, with the working')
    .argument('<date>', 'the day of the triggering event (not counted), YYYY-MM-DD', parseDayDate)
    .argument('<period>', 'e.g. "2 months", "28 days", "6 weeks", "1 year", "10 working days"')
    .addOption(
      new Option('-j, --jurisdiction <code>', `whose rules and holidays: ${JURISDICTIONS.join(', ')}`)
        .argParser(parseJurisdiction)
        .makeOptionMandatory(),
    )
    .option('--no-extend', 'do not move a last day that falls on a weekend or holiday')
    .option('--franc', "FR délai franc (appeals to the Conseil d'État): the last day is the same date + 1")
    .addOption(holidaysOption())
    .option('--decision-period', 'the period was set by a decision, not by statute (affects NL and the FR assumption)')
    .option(
      '--holiday-country <code>',
      'EU only: the Member State whose public holidays count (Reg. 1182/71 art. 2(1)), e.g. FR',
      parseHolidayCountry,
    )
    .option('--summer-suspension', 'IT and ES only: August does not run (IT: legge 742/1969; ES: LJCA art. 128.2)')
    .option('--saturday-working', 'IT and GR only: treat Saturday as a working day')
    .option(
      '--start-day-excluded',
      'IE only: do not count the day of service as day 1 (the other reading of Interpretation Act 2005 s.18(h))',
    )
    .option('--natural-days', 'ES only: count a period in days in calendar days (días naturales), not días hábiles')
    .addOption(localeOption())
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ dossier due 2022-10-18 "2 months" --jurisdiction FR\n  $ dossier due 2022-10-20 "28 days" -j GB --json\n  $ dossier due 2022-10-17 "4 months" -j FR --franc',
    )
    .action(
      async (
        date: string,
        period: string,
        options: {
          holidays?: string;
          holidayCountry?: string;
          summerSuspension?: boolean;
          saturdayWorking?: boolean;
          startDayExcluded?: boolean;
          naturalDays?: boolean;
          jurisdiction: Jurisdiction;
          extend: boolean;
          franc?: boolean;
          decisionPeriod?: boolean;
          json?: boolean;
          locale?: 'en' | 'fr';
        },
        command: Command,
      ) => {
        const { due } = await import('./commands/due.js');
        const globals = command.optsWithGlobals<GlobalOptions>();
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
              naturalDays: options.naturalDays === true,
            },
            io,
          ),
        );
      },
    );
}
