// The language of the output when --locale is not given: the POSIX locale variables, in their
// order of precedence (LC_ALL, then LC_MESSAGES, then LANG; the first one set and not empty
// decides). French for `fr` and `fr_*` (fr_FR.UTF-8, fr_CA, fr@euro…), English otherwise, C and
// POSIX included.
export type OutputLocale = 'en' | 'fr';

export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): OutputLocale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return /^fr(?:$|[_.@])/.test(value) ? 'fr' : 'en';
  }
  return 'en';
}
