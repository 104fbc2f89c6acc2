import { describe, expect, it } from 'vitest';
import type { ApiError } from '@/lib/api/errors';
import { snapshotAfterFailure, snapshotAfterSuccess } from '@/lib/background/snapshot-update';
import { historyTransactions, type Snapshot } from '@/lib/storage/items';

const NOW = Date.UTC(2026, 5, 1);
const balance = { balance: 900, nextExpiryAt: null, expiresInDays: null };
const grant = { id: 'g1', credits: 1000, remaining: 900, source: 'card', createdAt: NOW - 1e9, expiresAt: null };
const txn = (id: string, at: number) => ({ id, type: 'tool_call', credits: -1, balanceAfter: null, description: null, grantId: null, createdAt: at });
const err = (kind: ApiError['kind']): ApiError => ({ kind, message: `${kind} happened`, status: 500 });
const prev: Snapshot = {
  balance: { ...balance, balance: 1000 },
  grants: [grant],
  transactions: [txn('old', NOW - 5000)],
  fetchedAt: NOW - 60_000,
  lastError: null,
  lastAttemptAt: NOW - 60_000,
  historyAvailable: true,
  historyFetchedAt: NOW - 60_000,
  dropped: 0,
  nextAttemptAt: null,
};

describe('snapshotAfterSuccess', () => {
  it('replaces grants and merges transactions with the stored ones', () => {
    // Act
    const actual = snapshotAfterSuccess(prev, balance, { ok: true, value: { grants: [grant], transactions: [txn('new', NOW - 10)], dropped: 2 } }, NOW, null);

    // Assert
    expect(actual.transactions?.map((t) => t.id)).toEqual(['new', 'old']);
    expect(actual).toMatchObject({ balance, fetchedAt: NOW, lastError: null, historyAvailable: true, historyFetchedAt: NOW, dropped: 2 });
  });

  it.each(['network', 'timeout', 'server', 'rate_limited'] as const)('keeps the last good history after a transient %s', (kind) => {
    const actual = snapshotAfterSuccess(prev, balance, { ok: false, error: err(kind) }, NOW, null);
    expect(actual).toMatchObject({ grants: prev.grants, transactions: prev.transactions, historyAvailable: true, historyFetchedAt: prev.historyFetchedAt });
    expect(actual.balance).toEqual(balance);
  });

  it.each(['unavailable', 'invalid_response', 'forbidden'] as const)('switches to balance-only mode after %s, keeping the transactions for the next merge', (kind) => {
    const actual = snapshotAfterSuccess(prev, balance, { ok: false, error: err(kind) }, NOW, null);
    expect(actual).toMatchObject({ grants: null, transactions: prev.transactions, historyAvailable: false, historyFetchedAt: null, lastError: null });
    expect(historyTransactions(actual)).toBeNull();
    // The history answers again with only its newest page: what was stored before stays.
    const back = snapshotAfterSuccess(actual, balance, { ok: true, value: { grants: [grant], transactions: [txn('new', NOW)], dropped: 0 } }, NOW + 1, null);
    expect(historyTransactions(back)?.map((t) => t.id)).toEqual(['new', 'old']);
  });
});

describe('snapshotAfterFailure', () => {
  it('keeps the last good data and records the error and the next try', () => {
    // Act
    const actual = snapshotAfterFailure(prev, { kind: 'rate_limited', message: 'HTTP 429', status: 429, retryAt: NOW + 120_000 }, NOW, NOW + 120_000);

    // Assert
    expect(actual).toEqual({
      ...prev,
      lastError: { kind: 'rate_limited', message: 'HTTP 429', status: 429, retryAt: NOW + 120_000 },
      lastAttemptAt: NOW,
      nextAttemptAt: NOW + 120_000,
    });
  });
});
