// What a completion script needs to know, read from the commander program itself, so that the
// scripts stay in step with the commands: each command's name, description, options (which take
// a value, their choices, whether the value is a file or a directory) and whether it takes paths.
import type { Command, Option } from 'commander';

export interface OptionSpec {
  readonly short?: string;
  readonly long?: string;
  readonly description: string;
  readonly takesValue: boolean;
  readonly choices: readonly string[];
  /** What the value names, from the option's value placeholder (`<file>`, `<dir>`). */
  readonly value: 'file' | 'directory' | 'other';
}

export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  /** Whether it takes positional arguments (then files are offered, or the choices below). */
  readonly takesArguments: boolean;
  /** The first argument's choices (`completion <shell>`), if it has any. */
  readonly argumentChoices: readonly string[];
}

export interface ProgramSpec {
  readonly name: string;
  readonly globalOptions: readonly OptionSpec[];
  /** The global options a command also takes (all but --version and --help). */
  readonly inheritedOptions: readonly OptionSpec[];
  readonly commands: readonly CommandSpec[];
}

// Every word a script is built from: option names, commands, choices. Anything else would be a
// bug here, and is refused rather than quoted into shell code.
const WORD = /^[A-Za-z0-9][\w.-]*$/;

function word(text: string): string {
  if (!WORD.test(text)) throw new Error(`completion: unexpected word ${JSON.stringify(text)}`);
  return text;
}

function optionSpec(option: Option): OptionSpec {
  const placeholder = /<(\w+)/.exec(option.flags)?.[1] ?? '';
  return {
    ...(option.short === undefined ? {} : { short: word(option.short.replace(/^-/, '')) }),
    ...(option.long === undefined ? {} : { long: word(option.long.replace(/^--/, '')) }),
    description: option.description,
    takesValue: option.required || option.optional,
    choices: (option.argChoices ?? []).map(word),
    value: placeholder === 'file' ? 'file' : placeholder === 'dir' ? 'directory' : 'other',
  };
}

const HELP: OptionSpec = {
  short: 'h',
  long: 'help',
  description: 'display help for command',
  takesValue: false,
  choices: [],
  value: 'other',
};

export function programSpec(program: Command): ProgramSpec {
  const globals = program.options.map(optionSpec);
  return {
    name: word(program.name()),
    globalOptions: [...globals, HELP],
    inheritedOptions: globals.filter((o) => o.long !== 'version'),
    commands: program.commands.map((command) => ({
      name: word(command.name()),
      description: command.description(),
      options: [...command.options.map(optionSpec), HELP],
      takesArguments: command.registeredArguments.length > 0,
      argumentChoices: (command.registeredArguments[0]?.argChoices ?? []).map(word),
    })),
  };
}

/** A description on one line, without the characters the scripts' quoting would have to escape. */
export function plainDescription(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[[\]]/g, (c) => (c === '[' ? '(' : ')'))
    .replace(/['"`$\\:]/g, '')
    .trim();
}
