import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHttpDate } from '@/lib/api/http-date';

const NOW = Date.UTC(2026, 5, 15, 12);
const NOV_6_1994 = Date.UTC(1994, 10, 6, 8, 49, 37);

describe('parseHttpDate', () => {
  it.each([
    ['IMF-fixdate', 'Sun, 06 Nov 1994 08:49:37 GMT', NOV_6_1994],
    ['RFC 850', 'Sunday, 06-Nov-94 08:49:37 GMT', NOV_6_1994],
    ['asctime', 'Sun Nov  6 08:49:37 1994', NOV_6_1994],
    ['surrounding spaces', '  Sun, 06 Nov 1994 08:49:37 GMT ', NOV_6_1994],
    ['lower case', 'sun, 06 nov 1994 08:49:37 gmt', NOV_6_1994],
  ])('reads the %s form', (_name, input, expected) => {
    expect(parseHttpDate(input, NOW)).toBe(expected);
  });

  it('puts an RFC 850 year more than 50 years ahead in the past century', () => {
    expect(parseHttpDate('Monday, 01-Jan-74 00:00:00 GMT', NOW)).toBe(Date.UTC(2074, 0, 1));
    expect(parseHttpDate('Tuesday, 01-Jan-77 00:00:00 GMT', NOW)).toBe(Date.UTC(1977, 0, 1));
  });

  it.each([
    null,
    undefined,
    '',
    '120',
    '-5',
    '2026-06-15T12:00:00Z',
    'Sun, 31 Feb 2026 08:49:37 GMT',
    'Sun, 06 Nov 1994 25:49:37 GMT',
    'Sun, 06 Foo 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 08:49:37 PST',
    'Sun, 06 Nov 0094 08:49:37 GMT',
  ])('rejects %j', (input) => {
    expect(parseHttpDate(input, NOW)).toBeNull();
  });

  it('round-trips every toUTCString output from 1900 on', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 0, 1)), noInvalidDate: true }), (date) => {
        const whole = Math.floor(date.getTime() / 1000) * 1000;
        expect(parseHttpDate(new Date(whole).toUTCString(), NOW)).toBe(whole);
      }),
    );
  });
});
