// The French catalogue: the same keys as the English one (../catalogue.ts checks it).
import { FR as html } from './html.js';
import { FR as markdown } from './markdown.js';
import { FR as labels } from './terminal.js';
import { working } from './working.js';

export const fr = { labels, markdown, html, working };
