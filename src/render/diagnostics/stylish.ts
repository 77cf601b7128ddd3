// ESLint's "stylish" layout: a header per file, aligned problems, a summary line.
import type { ChalkInstance } from 'chalk';
import { countBySeverity, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { sanitizeForTerminal } from '../sanitize.js';

export function formatStylish(diagnostics: readonly Diagnostic[], chalk: ChalkInstance, filesChecked: number): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  let out = '';
  for (const [file, list] of byFile) {
    out += `\n${chalk.underline(clean(file))}\n`;
    const rows = list.map((d) => ({ d, position: `${d.start.line}:${d.start.column}` }));
    const width = Math.max(...rows.map((row) => row.position.length));
    for (const { d, position } of rows) {
      const severity = d.severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
      out += `  ${chalk.dim(position.padEnd(width))}  ${severity}  ${clean(d.message)}  ${chalk.dim(d.code)}\n`;
    }
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  const files = `${filesChecked} ${plural(filesChecked, 'file')}`;
  if (errors + warnings === 0) return `${chalk.green('✔')} ${files} checked, no problems\n`;
  const summary = `✖ ${errors + warnings} ${plural(errors + warnings, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}) in ${files}`;
  return `${out}\n${errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary)}\n`;
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);
const clean = (s: string) => sanitizeForTerminal(s, { singleLine: true });
