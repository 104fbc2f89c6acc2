import { describe, expect, it } from 'vitest';
import { alertInputFromSnapshot } from '@/lib/alerts/input';
import { DAY, NOW } from '@/tests/helpers/alert-fixtures';

const balance = (value: number, nextExpiryAt: number | null = null) => ({ balance: value, nextExpiryAt, expiresInDays: null });
const grant = (id: string, remaining: number, expiresAt: number | null) => ({
  id,
  credits: 1000,
  remaining,
  source: 'card',
  createdAt: NOW - 100 * DAY,
  expiresAt,
});
const charge = (id: string, credits: number, daysAgo: number) => ({
  id,
  type: 'tool_call',
  credits,
  balanceAfter: null,
  description: null,
  grantId: null,
  createdAt: NOW - daysAgo * DAY,
});

describe('alertInputFromSnapshot', () => {
  it('lists live lots that expire, and the runway at the current burn rate', () => {
    // Arrange
    const snapshot = {
      balance: balance(700),
      grants: [grant('a', 400, NOW + 5 * DAY), grant('b', 300, null), grant('c', 0, NOW + DAY), grant('d', 50, NOW - DAY)],
      transactions: [charge('t1', -70, 1), charge('t0', -70, 8)],
      historyAvailable: true,
    };

    // Act
    const actual = alertInputFromSnapshot(snapshot, NOW);

    // Assert
    expect(actual).toEqual({
      type: 'snapshot',
      balance: 700,
      lots: [{ key: 'a', remaining: 400, expiresAt: NOW + 5 * DAY }],
      runwayDays: 70,
    });
  });

  it('uses the next expiry, amount unknown, and no runway in balance-only mode, whatever transactions are kept', () => {
    const kept = [charge('t1', -70, 1), charge('t0', -70, 8)];
    const actual = alertInputFromSnapshot({ balance: balance(700, NOW + 3 * DAY), grants: null, transactions: kept, historyAvailable: false }, NOW);
    expect(actual).toEqual({ type: 'snapshot', balance: 700, lots: [{ key: `@${NOW + 3 * DAY}`, remaining: null, expiresAt: NOW + 3 * DAY }], runwayDays: null });
  });
});
