import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-M4L7XWEC.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";

// src/cli/time-zone.ts
function timeZoneOf(tz) {
  if (tz === void 0 || tz === "") return void 0;
  const name = tz.startsWith(":") ? tz.slice(1) : tz;
  if (name === "") return void 0;
  if (name === "UTC") return name;
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: name });
    return name;
  } catch {
    throw new UserError(
      `TZ=${sanitizeForTerminal(tz, { singleLine: true })} is not a time zone dossier knows; set TZ to a name such as Europe/Paris or UTC, or pass --as-of`
    );
  }
}

export {
  timeZoneOf
};
