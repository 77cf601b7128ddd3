// The timeline as a stand-alone SVG file, written beside the Markdown export and linked from it
// (GitHub and IDE previews show it as an image). It is the HTML export's timeline (timeline-svg.ts)
// with its own style sheet, fonts named by generic family only (the file may be opened anywhere),
// and a white background (a transparent image would be unreadable on a dark theme). As on the
// HTML page, it shows what was known on the as-of day: the facts up to it (the view is cut there)
// and the deadlines then known, some of which end after it, to the right of the as-of line.
import type { DossierView } from '../../analysis/dossier.js';
import { timelinePictureLabels } from '../export/markdown-timeline-labels.js';
import { htmlLabels, markdownLabels } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/format.js';
import { timelineRules } from './style.js';
import { timelineSvg } from './timeline-svg.js';

const STANDALONE_STYLE = `
.timeline .tl-background { fill: #ffffff; }
${timelineRules('monospace')}`;

export function renderTimelineSvgFile(view: DossierView, options: { readonly locale?: Locale } = {}): string {
  const locale = options.locale ?? 'en';
  const svg = timelineSvg(view, markdownLabels(locale), htmlLabels(locale), {
    lang: locale,
    description: timelinePictureLabels(locale).description(view.cases.length),
    head: [`<style>${STANDALONE_STYLE}</style>`, '<rect x="0" y="0" width="100%" height="100%" class="tl-background"/>'],
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
