import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactNumber } from '@/lib/format';

const parse = (text: string): number => {
  const units: Record<string, number> = { k: 1e3, M: 1e6, B: 1e9, T: 1e12, P: 1e15, E: 1e18 };
  const unit = text.at(-1)!;
  return unit in units ? Number(text.slice(0, -1)) * units[unit]! : Number(text);
};

describe('compactNumber', () => {
  it.each([
    [0, '0'],
    [950, '950'],
    [999, '999'],
    [1000, '1k'],
    [1234, '1.2k'],
    [1299, '1.2k'],
    [9999, '9.9k'],
    [12_345, '12k'],
    [999_999, '999k'],
    [1_234_567, '1.2M'],
    [12_345_678, '12M'],
    [-5, '0'],
    [Number.NaN, '0'],
  ])('shows %d as %s', (value, expected) => {
    expect(compactNumber(value)).toBe(expected);
  });

  it.each([
    [12, '12'],
    [1234, '1k'],
    [12_345, '12k'],
    [123_456, '.1M'],
  ])('fits dollars into 3 characters: %d → %s', (value, expected) => {
    expect(compactNumber(value, 3)).toBe(expected);
  });

  it('never exceeds its width and never rounds up', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(3, 4), (n, width) => {
        const text = compactNumber(n, width);
        expect(text.length).toBeLessThanOrEqual(width);
        expect(parse(text)).toBeLessThanOrEqual(n);
      }),
    );
  });
});
