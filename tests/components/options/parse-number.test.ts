import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, parseWholeNumberList } from '@/components/options/parse-number';

describe('parseLocaleNumber', () => {
  it.each([
    ['500', 'en-US', 500],
    [' 1,200 ', 'en-US', 1200],
    ['1.200', 'de-DE', 1200],
    ['2,5', 'de-DE', 2.5],
    ['2.5', 'en-US', 2.5],
    ['-3', 'en-US', -3],
    ['1 000', 'fr-FR', 1000],
  ])('reads %j in %s as %d', (text, tag, expected) => {
    expect(parseLocaleNumber(text, tag)).toBe(expected);
  });

  it.each(['', '   ', 'abc', '5 credits', '1e3', '0x10', '--1'])('reads %j as NaN', (text) => {
    expect(parseLocaleNumber(text, 'en-US')).toBeNaN();
  });

  it('reads back every whole number formatted for the locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'de-CH'), (n, tag) => {
        expect(parseLocaleNumber(new Intl.NumberFormat(tag).format(n), tag)).toBe(n);
      }),
    );
  });
});

describe('parseWholeNumberList', () => {
  it.each([
    ['30, 7, 1', [30, 7, 1]],
    ['30,7,1', [30, 7, 1]],
    ['30; 7 1', [30, 7, 1]],
    ['', []],
    [' , ', []],
    ['30, 7.5', null],
    ['30, -1', null],
    ['thirty', null],
  ])('reads %j', (text, expected) => {
    expect(parseWholeNumberList(text)).toEqual(expected);
  });
});
