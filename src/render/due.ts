// One computed deadline: the last day first, where it cannot be missed, then the working a lawyer
// checks it by: each step, the days passed over and why, the rule applied and what is assumed.
import type { Assumption, DeadlineResult } from '../core/time/deadline.js';
import { periodParts } from '../core/time/period.js';
import { formatDateWithWeekday, plural, type Locale } from '../i18n/format.js';
import { catalogue, labels, type Labels } from '../i18n/catalogue.js';
import { sanitizeForTerminal } from './sanitize.js';
import { paragraph, tones, type RenderOptions } from './table.js';

const clean = (s: string) => sanitizeForTerminal(s, { singleLine: true });

export function renderDue(result: DeadlineResult, options: RenderOptions): string {
  const l = labels(options.locale);
  const bold = (s: string) => options.chalk.bold(s);
  const lines = [
    ...paragraph(`${l.field.lastDay}${l.colon}${formatDateWithWeekday(clean(result.end), options.locale)}`, options.width, { tone: bold }),
    ...paragraph(closingLine(result, l, options.locale), options.width),
    ...paragraph(
      `${formatDateWithWeekday(clean(result.start), options.locale)} + ${periodParts(result.period)
        .map((part) => plural(part.count, l.periodUnit[part.unit], options.locale))
        .join(' + ')}`,
      options.width,
    ),
    '',
    ...workingLines(result, options),
  ];
  return `${lines.join('\n')}\n`;
}

/** "closes at 24:00 local time (FR)", and the day the end was moved off, if it was. */
function closingLine(result: DeadlineResult, l: Labels, locale: Locale): string {
  const moved = result.extended ? `; ${l.movedFrom} ${formatDateWithWeekday(clean(result.rawEnd), locale)}` : '';
  return `${l.field.closingTime} ${clean(result.closingTime)} ${l.field.localTime} (${clean(result.jurisdiction)})${moved}`;
}

/**
 * The working of a deadline, indented by `indent`: steps, skipped days, rule, assumptions.
 * `assumptions` replaces the engine's own list when the caller knows more (e.g. the anchor's).
 */
export function workingLines(
  result: DeadlineResult,
  options: RenderOptions,
  indent = '',
  assumptions: readonly Assumption[] = result.assumptions,
): string[] {
  const l = labels(options.locale);
  const w = catalogue(options.locale).working;
  const caution = tones(options.chalk).caution;
  const width = options.width;
  const sub = `${indent}  `;
  const lines = [`${indent}${l.section.working}${l.colon.trimEnd()}`];
  for (const step of result.steps) lines.push(...paragraph(clean(w.step(step)), width, { prefix: `${sub}· `, indent: sub.length + 2 }));
  if (result.skipped.length > 0) {
    lines.push(`${indent}${l.section.skipped}${l.colon.trimEnd()}`);
    for (const day of result.skipped) {
      const text = `${formatDateWithWeekday(clean(day.date), options.locale)}${l.colon}${clean(w.reasons(day.reasons))}`;
      lines.push(...paragraph(text, width, { prefix: `${sub}· `, indent: sub.length + 2 }));
    }
  }
  lines.push(...paragraph(clean(w.rule(result.rule)), width, { prefix: `${indent}${l.field.rule}${l.colon}`, indent: sub.length }));
  if (assumptions.length > 0) {
    lines.push(`${indent}${caution(`${l.section.assumptions}${l.colon.trimEnd()}`)}`);
    for (const assumption of assumptions)
      lines.push(...paragraph(clean(w.assumption(assumption)), width, { prefix: `${sub}! `, indent: sub.length + 2, tone: caution }));
  }
  return lines;
}
/**
 * `due --json`: the result with its working worded in English, as the format `dossier-due/1`
 * has always carried it (the machine keys are the result's; the texts are for people).
 */
export function renderDueJson(result: DeadlineResult): string {
  const w = catalogue('en').working;
  const worded = {
    ...result,
    skipped: result.skipped.map((day) => ({ date: day.date, reason: w.reasons(day.reasons) })),
    rule: w.rule(result.rule),
    steps: result.steps.map(w.step),
    assumptions: result.assumptions.map(w.assumption),
  };
  return `${JSON.stringify({ format: 'dossier-due/1', ...worded }, null, 2)}\n`;
}
