// The user's time zone, from TZ: in a module of its own, so that validate, which needs it for
// "today", does not load the rest of the analysis context (the bundled ECB rates among it).
import { sanitizeForTerminal } from '../render/sanitize.js';
import { UserError } from './exit-codes.js';

/**
 * The zone "today" is taken in. POSIX allows a leading ':' (TZ=:UTC, TZ=:Europe/Paris), which Intl
 * does not; a value Intl still refuses is the user's setting, so a usage error that names it.
 * An empty TZ means the system zone, as it does for Node itself.
 */
export function timeZoneOf(tz: string | undefined): string | undefined {
  if (tz === undefined || tz === '') return undefined;
  const name = tz.startsWith(':') ? tz.slice(1) : tz;
  if (name === '') return undefined;
  // UTC needs no check, and checking costs an Intl.DateTimeFormat (tens of ms at start-up).
  if (name === 'UTC') return name;
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: name });
    return name;
  } catch {
    throw new UserError(
      `TZ=${sanitizeForTerminal(tz, { singleLine: true })} is not a time zone dossier knows; set TZ to a name such as Europe/Paris or UTC, or pass --as-of`,
    );
  }
}
