import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay } from '@/lib/background/schedule';

describe('backoffDelay (full jitter)', () => {
  it('stays within [0, min(cap, base * 2^n)] for every attempt and random value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => {
        const delay = backoffDelay(n, () => r);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** n));
      }),
    );
  });

  it('is never NaN or negative, whatever the inputs', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (n, r) => {
        const delay = backoffDelay(n, () => r);
        expect(Number.isFinite(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(BACKOFF_CAP_MS);
      }),
    );
  });

  it('spreads its delays (jitter) rather than repeating one value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer(), (n, seed) => {
        const rng = mulberry(seed);
        const delays = new Set(Array.from({ length: 1000 }, () => backoffDelay(n, rng)));
        expect(delays.size).toBeGreaterThan(1);
      }),
      { numRuns: 20 },
    );
  });

  it.each([
    [0, 1, BACKOFF_BASE_MS],
    [3, 1, 8 * BACKOFF_BASE_MS],
    [10, 1, BACKOFF_CAP_MS],
    [5, 0, 0],
  ])('after failure %i with random %d waits %i ms', (n, r, expected) => {
    expect(backoffDelay(n, () => r)).toBe(expected);
  });
});

/** A small seeded generator, so the spread check does not depend on Math.random. */
function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
