import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseIsoDate } from '@/lib/api/iso-date';

const ORIGINAL_TZ = process.env.TZ;

describe('parseIsoDate', () => {
  afterEach(() => {
    process.env.TZ = ORIGINAL_TZ;
  });

  it.each([
    ['2027-03-01T00:00:00Z', Date.UTC(2027, 2, 1)],
    ['2027-03-01T00:00:00.123456Z', Date.UTC(2027, 2, 1, 0, 0, 0, 123)],
    ['2027-03-01T05:30:00+05:30', Date.UTC(2027, 2, 1)],
    ['2027-03-01T00:00:00-0100', Date.UTC(2027, 2, 1, 1)],
    ['2027-03-01T00:00Z', Date.UTC(2027, 2, 1)],
    ['2027-03-01 08:00:00', Date.UTC(2027, 2, 1, 8)],
    ['2027-03-01', Date.UTC(2027, 2, 1)],
    ['2028-02-29T00:00:00Z', Date.UTC(2028, 1, 29)],
    ['9999-12-31T23:59:59Z', Date.UTC(9999, 11, 31, 23, 59, 59)],
    ['0001-01-01T00:00:00Z', -62135596800000],
  ])('reads %s', (input, expected) => {
    expect(parseIsoDate(input)).toBe(expected);
  });

  it('reads a zone-less time as UTC whatever the local zone', () => {
    process.env.TZ = 'America/New_York';
    expect(new Date(2027, 2, 1, 12).getTime()).not.toBe(Date.UTC(2027, 2, 1, 12));

    expect(parseIsoDate('2027-03-01T12:00:00')).toBe(Date.UTC(2027, 2, 1, 12));
  });

  it.each([
    'string',
    'tomorrow',
    '1',
    '',
    '2027-02-29T00:00:00Z',
    '2027-13-01',
    '2027-03-01T24:00:00Z',
    '2027-03-01T12:60:00Z',
    '2027-03-01T12:00:00+25:00',
    'Mon, 01 Mar 2027 00:00:00 GMT',
    `2027-03-01T00:00:00Z${' '.repeat(50)}`,
  ])('rejects %j', (input) => {
    expect(parseIsoDate(input)).toBeNull();
  });

  it.each([null, undefined, 1_800_000_000_000, {}, []])('rejects the non-string %j', (input) => {
    expect(parseIsoDate(input)).toBeNull();
  });

  it('round-trips every toISOString output', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (date) => {
        expect(parseIsoDate(date.toISOString())).toBe(date.getTime());
      }),
    );
  });

  it('returns null or a finite number for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (input) => {
        const result = parseIsoDate(input);
        expect(result === null || Number.isFinite(result)).toBe(true);
      }),
    );
  });
});
