// A valid case file of about 24 KB: the CNIL case with long texts in its title, summaries and
// notes (each under the 2,000-character limit), the shape that made rendering take a minute.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-cli.js';

const words = (length: number) =>
  Array.from({ length: 400 }, (_, i) => `lorem${String(i)} ipsum dolor`)
    .join(' ')
    .slice(0, length);

export function bigCaseYaml(id = 'big-case'): string {
  let text = readFileSync(join(ROOT, 'cases/cnil-clearview-ai.yaml'), 'utf8')
    .replace('id: cnil-clearview-ai', `id: ${id}`)
    .replace('title: CNIL v. Clearview AI', `title: CNIL v. Clearview AI ${words(1900)}`);
  for (const start of ['    text: The notification date of SAN-2022-019', '    text: That the two months run'])
    text = text.replace(start, `    text: ${words(1700)} ${start.slice(10)}`);
  let count = 0;
  return text.replace(/summary: /g, (match) => (++count <= 6 ? `summary: ${words(1500)} ` : match));
}
