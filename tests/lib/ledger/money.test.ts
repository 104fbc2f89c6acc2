import { describe, expect, it } from 'vitest';
import { CREDITS_PER_DOLLAR } from '@/lib/ledger/constants';
import { creditsToDollars } from '@/lib/ledger/summary';

describe('creditsToDollars', () => {
  it.each([
    [0, 0],
    [1, 0.01],
    [500, 5],
    [12_345, 123.45],
    [-250, -2.5],
  ])('%d credits are $%d', (credits, expected) => {
    expect(creditsToDollars(credits)).toBeCloseTo(expected, 10);
  });

  it('uses 100 credits per dollar', () => {
    expect(CREDITS_PER_DOLLAR).toBe(100);
  });
});
