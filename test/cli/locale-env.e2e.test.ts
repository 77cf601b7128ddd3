// Without --locale, the output's language follows LC_ALL, then LC_MESSAGES, then LANG.
import { describe, expect, it } from 'vitest';
import { localeFromEnv } from '../../src/cli/locale-env.js';
import { runCliAsync } from '../helpers/run-cli.js';

describe('localeFromEnv', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'fr' }, 'fr'],
    [{ LANG: 'fr_CA' }, 'fr'],
    [{ LANG: 'fr@euro' }, 'fr'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'fy_NL' }, 'en'],
    [{ LANG: 'french' }, 'en'],
    [{ LC_MESSAGES: 'fr_BE.UTF-8', LANG: 'en_US.UTF-8' }, 'fr'],
    [{ LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }, 'fr'],
    // LC_ALL wins even when it is C.
    [{ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' }, 'en'],
    [{ LC_ALL: 'POSIX', LC_MESSAGES: 'fr_FR.UTF-8' }, 'en'],
    // An empty variable is as if unset.
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR.UTF-8' }, 'fr'],
  ] as const)('%j → %s', (env, locale) => {
    expect(localeFromEnv(env)).toBe(locale);
  });
});

describe('the CLI without --locale', () => {
  const due = ['due', '2022-10-17', '2 months', '--jurisdiction', 'FR'];

  it('writes French under LANG=fr_FR.UTF-8', async () => {
    const result = await runCliAsync(due, { env: { LANG: 'fr_FR.UTF-8' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Dernier jour\u00a0: lundi 19 déc. 2022');
    expect(result.stdout).toContain('point de départ\u00a0: lundi 17 oct. 2022, non compté');
  });

  it('writes English when LC_ALL=C overrides a French LANG', async () => {
    const result = await runCliAsync(due, { env: { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' } });
    expect(result.stdout).toContain('Last day: Monday 19 Dec 2022');
  });

  it('lets --locale win over the environment', async () => {
    const result = await runCliAsync([...due, '--locale', 'en'], { env: { LC_ALL: 'fr_FR.UTF-8' } });
    expect(result.stdout).toContain('Last day: Monday 19 Dec 2022');
  });

  it('applies to the data commands too', async () => {
    const result = await runCliAsync(['deadlines', '--as-of', '2023-02-09'], { env: { LC_MESSAGES: 'fr_FR.UTF-8' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Délais, au 9 févr. 2023');
  });
});
