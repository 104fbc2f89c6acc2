import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ERROR_MESSAGE,
  RETRY_AFTER_CAP_MS,
  apiError,
  parseRetryAfter,
} from '@/lib/api/errors';

const NOW = Date.UTC(2026, 5, 15, 12);

describe('parseRetryAfter', () => {
  it.each([
    ['0', NOW],
    ['120', NOW + 120_000],
    [' 30 ', NOW + 30_000],
    ['3600', NOW + 3_600_000],
    ['86400', NOW + RETRY_AFTER_CAP_MS],
    ['9'.repeat(400), NOW + RETRY_AFTER_CAP_MS],
    [new Date(NOW + 90_000).toUTCString(), NOW + 90_000],
    [new Date(NOW - 90_000).toUTCString(), NOW],
    [new Date(NOW + 5 * RETRY_AFTER_CAP_MS).toUTCString(), NOW + RETRY_AFTER_CAP_MS],
  ])('reads %j', (header, expected) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });

  it.each([null, '', '-5', '1.5', '1e3', 'soon', '0x10', 'Infinity', '2026-06-15T12:01:00Z'])('gives null for %j', (header) => {
    expect(parseRetryAfter(header, NOW)).toBeNull();
  });

  it('is null or inside [now, now + cap] for any header', () => {
    const header = fc.oneof(
      fc.nat().map(String),
      fc.integer({ min: -1_000_000, max: -1 }).map(String),
      fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
      fc.string(),
    );
    fc.assert(
      fc.property(header, fc.integer({ min: 0, max: 4_000_000_000_000 }), (h, now) => {
        const at = parseRetryAfter(h, now);
        expect(at === null || (at >= now && at <= now + RETRY_AFTER_CAP_MS)).toBe(true);
      }),
    );
  });

  it('reads n <= 3600 seconds as exactly n * 1000 ms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3600 }), (n) => {
        expect(parseRetryAfter(String(n), NOW)).toBe(NOW + n * 1000);
      }),
    );
  });
});

describe('apiError', () => {
  it('caps the message and survives a JSON round trip', () => {
    const error = apiError('rate_limited', 'x'.repeat(1000), { status: 429, retryAt: null });

    expect(error.message).toHaveLength(MAX_ERROR_MESSAGE);
    expect(JSON.parse(JSON.stringify(error))).toEqual(error);
  });

  it('leaves out extras that were not given', () => {
    expect(Object.keys(apiError('network', 'offline'))).toEqual(['kind', 'message']);
  });
});
