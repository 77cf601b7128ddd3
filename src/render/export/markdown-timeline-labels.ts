// The Markdown export's words about its timeline picture, in English and in French: the line
// that replaces the picture on standard output, and the picture's own description. Kept apart
// so that they can join the locale catalogues as they are.
import type { Locale } from '../../i18n/format.js';

export interface TimelinePictureLabels {
  /** Printed instead of the picture when the export goes to standard output: one line of 80 columns at most. */
  readonly noPicture: string;
  /** The stand-alone SVG's description (its accessible text). */
  readonly description: (cases: number) => string;
}

const EN: TimelinePictureLabels = {
  noPicture: 'No timeline picture on standard output: `--output FILE.md` writes and links it.',
  description: (cases) =>
    `One lane per proceeding (${cases}): decisions, appeals, liquidations and the last days of deadlines as marks; the dashed line is the as-of day; nothing after it is shown. Every event is also listed in the Markdown export's combined timeline.`,
};

const FR: TimelinePictureLabels = {
  noPicture: 'Sur la sortie standard, pas d’image\u00a0: `--output FICHIER.md` l’écrit et la lie.',
  description: (cases) =>
    `Une ligne par procédure (${cases})\u00a0: décisions, recours, liquidations et derniers jours des délais\u202f; la ligne pointillée marque la date de référence, rien après elle n’est montré. Chaque événement figure aussi dans la chronologie d’ensemble de l’export Markdown.`,
};

export function timelinePictureLabels(locale: Locale): TimelinePictureLabels {
  return locale === 'fr' ? FR : EN;
}
