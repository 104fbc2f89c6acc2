import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateSnapshotV1ToV2 } from '@/lib/storage/migrations';
import { SnapshotSchema } from '@/lib/storage/items';
import { resetBrowser, settle } from '../background/harness';

/** A snapshot as version 1 stored it (before the history flag, counters and retry time). */
const SNAPSHOT_V1 = {
  balance: { balance: 1234, nextExpiryAt: 1_790_000_000_000, expiresInDays: 96 },
  grants: [{ id: 'g1', credits: 2500, remaining: 1234, source: 'card', createdAt: 1_750_000_000_000, expiresAt: 1_790_000_000_000 }],
  transactions: [],
  fetchedAt: 1_760_000_000_000,
  lastError: { kind: 'rate_limited', message: 'HTTP 429: rate limited', status: 429, retryAt: 1_760_000_120_000 },
  lastAttemptAt: 1_760_000_060_000,
};

describe('snapshot migration v1 → v2', () => {
  beforeEach(() => {
    resetBrowser();
  });

  it('adds the history flag, counters and retry time, and validates', () => {
    // Act
    const actual = migrateSnapshotV1ToV2(SNAPSHOT_V1);

    // Assert
    expect(actual).toEqual({
      ...SNAPSHOT_V1,
      historyAvailable: true,
      historyFetchedAt: SNAPSHOT_V1.fetchedAt,
      dropped: 0,
      nextAttemptAt: 1_760_000_120_000,
    });
    expect(SnapshotSchema.safeParse(actual).success).toBe(true);
  });

  it('marks balance-only data as such', () => {
    const actual = migrateSnapshotV1ToV2({ ...SNAPSHOT_V1, grants: null, transactions: null, lastError: null });
    expect(actual).toMatchObject({ historyAvailable: false, historyFetchedAt: null, nextAttemptAt: null });
  });

  it('is idempotent and keeps fields a newer writer already set', () => {
    const once = migrateSnapshotV1ToV2(SNAPSHOT_V1);
    expect(migrateSnapshotV1ToV2(once)).toEqual(once);
    expect(migrateSnapshotV1ToV2({ ...SNAPSHOT_V1, dropped: 7 })).toMatchObject({ dropped: 7 });
  });

  it.each([null, 42, 'text', [1, 2]])('passes %o through for the schema to reject', (value) => {
    expect(migrateSnapshotV1ToV2(value)).toEqual(value);
  });

  it('runs when a version-1 value is found in storage', async () => {
    // Arrange
    await fakeBrowser.storage.local.set({ snapshot: SNAPSHOT_V1, snapshot$: { v: 1 } });

    // Act
    vi.resetModules();
    const { snapshotItem } = await import('@/lib/storage/items');
    const actual = await snapshotItem.read();
    await settle();

    // Assert
    expect(actual).toMatchObject({ historyAvailable: true, nextAttemptAt: 1_760_000_120_000 });
    expect(await fakeBrowser.storage.local.get('snapshot$')).toEqual({ snapshot$: { v: 2 } });
  });
});
