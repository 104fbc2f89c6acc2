import fc from 'fast-check';
import type { Grant, Transaction } from '@/lib/api/domain';
import { DAY_MS } from '@/lib/time';

/** A fixed "now": 2026-06-01T00:00:00Z. */
export const NOW = Date.UTC(2026, 5, 1);

export function makeGrant(overrides: Partial<Grant> = {}): Grant {
  return {
    id: 'g1',
    credits: 500,
    remaining: 500,
    source: 'card',
    createdAt: NOW - 30 * DAY_MS,
    expiresAt: NOW + 335 * DAY_MS,
    ...overrides,
  };
}

export function makeTx(overrides: Partial<Transaction> = {}): Transaction {
  return {
    id: 't1',
    type: 'tool_call',
    credits: -10,
    balanceAfter: null,
    description: null,
    grantId: null,
    createdAt: NOW - DAY_MS,
    ...overrides,
  };
}

/** A charge of `credits` made `daysAgo` days before NOW. */
export function charge(credits: number, daysAgo: number, id = `c-${credits}-${daysAgo}`): Transaction {
  return makeTx({ id, credits: -credits, createdAt: NOW - daysAgo * DAY_MS });
}

const YEAR_MS = 365 * DAY_MS;

/** Live or expired grants around NOW, some never expiring, with shared expiry dates. */
export const grantArb: fc.Arbitrary<Grant> = fc
  .record({
    id: fc.uuid(),
    credits: fc.integer({ min: 1, max: 100_000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    source: fc.constantFrom('card', 'x402', 'job_reward', 'promotional', 'other'),
    createdAgo: fc.integer({ min: 0, max: YEAR_MS }),
    expiry: fc.option(fc.oneof(fc.integer({ min: -30, max: 400 }).map((d) => d * DAY_MS), fc.integer({ min: -YEAR_MS, max: YEAR_MS })), { nil: null }),
  })
  .map(({ id, credits, share, source, createdAgo, expiry }) => ({
    id,
    credits,
    remaining: Math.floor(credits * share),
    source,
    createdAt: NOW - createdAgo,
    expiresAt: expiry === null ? null : NOW + expiry,
  }));

export const grantsArb = fc.array(grantArb, { maxLength: 40 });

/** Transactions of every known type and some unknown ones, signed either way. */
export const transactionArb: fc.Arbitrary<Transaction> = fc
  .record({
    id: fc.uuid(),
    type: fc.constantFrom('tool_call', 'purchase', 'refund', 'expiration', 'adjustment', 'mystery'),
    credits: fc.integer({ min: -5_000, max: 5_000 }),
    ago: fc.integer({ min: -DAY_MS, max: 60 * DAY_MS }),
  })
  .map(({ id, type, credits, ago }) => makeTx({ id, type, credits, createdAt: NOW - ago }));

export const nonChargeArb: fc.Arbitrary<Transaction> = transactionArb.filter(
  (tx) => tx.type !== 'tool_call' || tx.credits >= 0,
);

/** A burn rate in credits per day, zero included. */
export const rateArb = fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 50_000, noNaN: true }));
