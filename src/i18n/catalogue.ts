// One catalogue per locale (en/, fr/), each split by meaning: the terminal reports' labels, the
// Markdown export's words, the HTML export's words, and the wording of a deadline's working. Each group has one type that both languages
// satisfy, so a French key missing, extra or of another shape does not compile.
//
// To add a group of words (e.g. for a new renderer): give it a type, add it to en/index.ts and
// fr/index.ts, and to `Catalogue` below.
import { en } from './en/index.js';
import type { Labels } from './en/terminal.js';
import { fr } from './fr/index.js';
import type { Locale } from './format.js';
import type { HtmlLabels } from './html-labels.js';
import type { MarkdownLabels } from './markdown-labels.js';
import type { Working } from './working.js';

export type { Labels } from './en/terminal.js';

export interface Catalogue {
  readonly labels: Labels;
  readonly markdown: MarkdownLabels;
  readonly html: HtmlLabels;
  /** The wording of a deadline's working, its assumptions and a penalty payment's notes. */
  readonly working: Working;
}

const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, fr };

export function catalogue(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}

/** The terminal reports' labels. */
export const labels = (locale: Locale): Labels => CATALOGUES[locale].labels;

/** The Markdown export's words (English when no locale is given). */
export const markdownLabels = (locale: Locale = 'en'): MarkdownLabels => CATALOGUES[locale].markdown;

/** The HTML export's own words. */
export const htmlLabels = (locale: Locale): HtmlLabels => CATALOGUES[locale].html;
