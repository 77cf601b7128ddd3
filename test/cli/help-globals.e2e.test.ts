// Every subcommand's --help lists the global options, through the built binary.
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../helpers/run-cli.js';

describe('dossier <command> --help', () => {
  it('lists the global options under every subcommand', async () => {
    const top = await runCliAsync(['--help']);
    const commands = [...(top.stdout.split('Commands:\n')[1] ?? '').matchAll(/^ {2}([a-z]+)\b/gm)]
      .map((m) => m[1] ?? '')
      .filter((name) => name !== 'help');
    expect(commands.length).toBeGreaterThanOrEqual(8);
    const helps = await Promise.all(commands.map(async (command) => ({ command, ...(await runCliAsync([command, '--help'])) })));
    for (const { command, status, stdout } of helps) {
      expect({ command, status }).toEqual({ command, status: 0 });
      const globals = stdout.split('Global Options:\n')[1] ?? '';
      expect({
        command,
        globals: ['--cases <dir>', '--no-color', '--debug', '--version'].filter((flag) => !globals.includes(flag)),
      }).toEqual({
        command,
        globals: [],
      });
    }
  });
});
