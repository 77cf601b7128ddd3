import { describe, expect, it } from 'vitest';
import { escapeText, fold, renderIcsExport } from '../../src/render/export/ics.js';
import type { Case } from '../../src/model/case-schema.js';
import { analyseCases, bundledCases, bundledDossier } from '../helpers/dossier.js';

const AS_OF = ['2023-02-09', '2026-11-23'] as const;

/** Content lines after unfolding (RFC 5545 §3.1): CRLF followed by one space or tab continues a line. */
function unfold(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

type VEvent = Record<string, string>;

function events(ics: string): VEvent[] {
  const out: VEvent[] = [];
  let current: VEvent | undefined;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      out.push(current!);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon);
      expect(current[name], `duplicate ${name}`).toBeUndefined();
      current[name] = line.slice(colon + 1);
    }
  }
  return out;
}

describe('renderIcsExport', () => {
  it.each(AS_OF)('matches the golden file as of %s', async (asOf) => {
    await expect(renderIcsExport(bundledDossier(asOf), { stamp: asOf })).toMatchFileSnapshot(`../golden/export-${asOf}.ics`);
  });

  it('is deterministic: the same input and stamp give the same bytes', () => {
    const view = bundledDossier('2023-02-09');
    expect(renderIcsExport(view, { stamp: '2023-02-09' })).toBe(renderIcsExport(bundledDossier('2023-02-09'), { stamp: '2023-02-09' }));
    expect(renderIcsExport(view, { stamp: '2023-02-09' })).toContain('DTSTAMP:20230209T000000Z\r\n');
    expect(() => renderIcsExport(view, { stamp: 'today' })).toThrow(RangeError);
  });

  it('writes one all-day event per computable deadline with stable UIDs and an exclusive DTEND', () => {
    const view = bundledDossier('2023-02-09');
    const ics = renderIcsExport(view, { stamp: '2023-02-09' });
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const all = events(ics);
    const computable = view.cases.flatMap((c) => c.deadlines.filter((d) => d.end !== undefined));
    expect(all).toHaveLength(computable.length);
    expect(new Set(all.map((e) => e['UID'])).size).toBe(all.length);
    const injunction = all.find((e) => e['UID'] === 'cnil-clearview-ai.injunction@dossier')!;
    expect(injunction).toMatchObject({ 'DTSTART;VALUE=DATE': '20221219', 'DTEND;VALUE=DATE': '20221220', CATEGORIES: 'compliance' });
    expect(injunction['SUMMARY']).toMatch(/^CNIL: Stop collecting/);
    // The CNIL's statement that the order was not complied with dates from May 2023.
    expect(injunction['DESCRIPTION']).toMatch(/^Status as of the export: unknown\\n/);
    expect(injunction['DESCRIPTION']).toContain('Assumption: notification date of "sanction" unknown');
    expect(injunction['DESCRIPTION']).toContain('Rule: Code de procédure civile art. 640–642');
    expect(all.find((e) => e['UID'] === 'cnil-clearview-ai.appeal-conseil-etat@dossier')).toMatchObject({
      'DTSTART;VALUE=DATE': '20230220',
      'DTEND;VALUE=DATE': '20230221',
    });
    // Once it is on record, the injunction is late: counted to 10 May 2023.
    const later = events(renderIcsExport(bundledDossier('2026-11-23'), { stamp: '2026-11-23' }));
    expect(later.find((e) => e['UID'] === 'cnil-clearview-ai.injunction@dossier')!['DESCRIPTION']).toMatch(
      /^Status as of the export: missed\\, 142 days late\\n/,
    );
    // A month end: DTEND is the first of the next month.
    expect(all.find((e) => e['UID'] === 'ico-clearview-ai.ftt-appeal@dossier')).toMatchObject({
      'DTSTART;VALUE=DATE': '20220615',
      'DTEND;VALUE=DATE': '20220616',
    });
  });

  it('escapes TEXT so data cannot add a property or a component', () => {
    expect(escapeText('a;b,c\\d\r\ne\rf\ng')).toBe('a\\;b\\,c\\\\d\\ne\\nf\\ng');
    expect(escapeText('bell\x07 esc\x1B')).toBe('bell\\\\x07 esc\\\\x1B');
    const base = bundledCases().find((c) => c.id === 'cnil-clearview-ai')!;
    const payload = 'x\nATTENDEE:mailto:x\r\nEND:VEVENT\rBEGIN:VALARM; trailing \\';
    const hostile: Case = {
      ...base,
      title: payload,
      authority: { ...base.authority, short: '\nATTENDEE:mailto:x' },
      measures: (base.measures ?? []).map((m) => ({ ...m, summary: payload })),
      deadlines: (base.deadlines ?? []).map((d) => ({ ...d, label: payload, basis: payload })),
    };
    const ics = renderIcsExport(analyseCases([hostile], '2023-02-09'), { stamp: '2023-02-09' });
    const lines = unfold(ics);
    const names = lines.map((l) => l.split(/[:;]/)[0]);
    expect(names).not.toContain('ATTENDEE');
    expect(lines.filter((l) => l.startsWith('BEGIN:'))).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'BEGIN:VEVENT', 'BEGIN:VEVENT']);
    expect(lines.filter((l) => l.startsWith('END:'))).toEqual(['END:VEVENT', 'END:VEVENT', 'END:VEVENT', 'END:VCALENDAR']);
    const known = new Set([
      'BEGIN',
      'END',
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'X-WR-CALNAME',
      'UID',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'DESCRIPTION',
      'CATEGORIES',
      'TRANSP',
    ]);
    for (const name of names) expect(known).toContain(name);
    for (const e of events(ics)) expect(e['SUMMARY']).toContain('\\nATTENDEE:mailto:x');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(40)}${'😀'.repeat(30)}`;
    const folded = fold(line);
    const parts = folded.split('\r\n');
    for (const part of parts) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(fold('SHORT:x')).toBe('SHORT:x');
  });
});
