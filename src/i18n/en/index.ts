// The English catalogue: every fixed word the reports and exports print. Its terminal labels
// define the shape of `Labels`, so every other language must have exactly the same keys.
import { EN as html } from './html.js';
import { EN as markdown } from './markdown.js';
import { EN as labels } from './terminal.js';
import { working } from './working.js';

export const en = { labels, markdown, html, working };
