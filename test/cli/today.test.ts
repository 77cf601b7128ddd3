// today() reads the process's zone and UTC from the Date, other zones through Intl: every path
// must give the day Intl gives, on either side of midnight, in zones far from UTC.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { today } from '../../src/cli/options.js';

const dayIn = (now: Date, timeZone?: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
const instants = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true });
const ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Pago_Pago'];

describe('today', () => {
  it.each(['UTC', ...ZONES])('in the named zone %s is the day Intl gives', (zone) => {
    fc.assert(fc.property(instants, (now) => today(now, zone) === dayIn(now, zone)));
  });

  it.each(ZONES)('in the process zone (TZ=%s) is the day Intl gives', (zone) => {
    const saved = process.env['TZ'];
    process.env['TZ'] = zone;
    try {
      expect(today(new Date('2026-12-03T10:30:00Z'))).toBe(dayIn(new Date('2026-12-03T10:30:00Z')));
      fc.assert(fc.property(instants, (now) => today(now) === dayIn(now)));
    } finally {
      process.env['TZ'] = saved;
    }
  });

  it('gives Kiritimati a day ahead of Los Angeles at the same instant', () => {
    const now = new Date('2026-12-03T10:30:00Z');
    expect([today(now, 'Pacific/Kiritimati'), today(now, 'UTC'), today(now, 'America/Los_Angeles')]).toEqual([
      '2026-12-04',
      '2026-12-03',
      '2026-12-03',
    ]);
  });
});
