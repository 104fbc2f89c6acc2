import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { API_ERROR_KINDS, type ApiErrorKind } from '@/lib/api/errors';
import { derivePanelStatus, refreshBlockOf, type PanelStatusInput } from '@/lib/panel-status';
import { STALE_AFTER_INTERVALS } from '@/lib/storage/freshness';
import type { Snapshot } from '@/lib/storage/items';

const NOW = Date.UTC(2026, 5, 1, 12);
const MIN = 60_000;
const CONNECTED = { connected: true, tokenHint: '1a2b', connectedAt: NOW - 86_400_000 };
const DISCONNECTED = { connected: false, tokenHint: null, connectedAt: null };

function snapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    balance: { balance: 950, nextExpiryAt: null, expiresInDays: null },
    grants: [],
    transactions: [],
    fetchedAt: NOW - MIN,
    lastError: null,
    lastAttemptAt: NOW - MIN,
    historyAvailable: true,
    historyFetchedAt: NOW - MIN,
    dropped: 0,
    nextAttemptAt: null,
    ...overrides,
  };
}

const input = (overrides: Partial<PanelStatusInput> = {}): PanelStatusInput => ({
  connection: CONNECTED,
  snapshot: snapshot(),
  now: NOW,
  refreshMinutes: 5,
  ...overrides,
});

const error = (kind: ApiErrorKind, retryAt?: number | null) => ({ kind, message: 'x', ...(retryAt === undefined ? {} : { retryAt }) });

describe('derivePanelStatus', () => {
  it.each<[string, Partial<PanelStatusInput>, string]>([
    ['storage not read yet', { connection: undefined }, 'reading'],
    ['snapshot not read yet', { snapshot: undefined }, 'reading'],
    ['no token, snapshot not read yet', { connection: DISCONNECTED, snapshot: undefined }, 'reading'],
    ['no token', { connection: DISCONNECTED }, 'disconnected'],
    ['no token, old data left over', { connection: DISCONNECTED, snapshot: snapshot() }, 'disconnected'],
    ['connected, no snapshot yet', { snapshot: null }, 'loading'],
    ['connected with a snapshot', {}, 'ready'],
  ])('%s → %s', (_name, overrides, expected) => {
    expect(derivePanelStatus(input(overrides)).kind).toBe(expected);
  });

  it.each<[ApiErrorKind, string]>([
    ['unauthorized', 'tokenRejected'],
    ['forbidden', 'tokenRejected'],
    ['bad_token', 'tokenRejected'],
    ['rate_limited', 'rateLimited'],
    ['network', 'offline'],
    ['timeout', 'failed'],
    ['server', 'failed'],
    ['unavailable', 'failed'],
    ['invalid_response', 'failed'],
  ])('a last refresh that failed with %s shows %s', (kind, expected) => {
    const status = derivePanelStatus(input({ snapshot: snapshot({ lastError: error(kind) }) }));

    expect(status.kind === 'ready' && status.problem?.kind).toBe(expected);
  });

  it('takes the next try from the snapshot, else from the error', () => {
    const fromSnapshot = derivePanelStatus(input({ snapshot: snapshot({ lastError: error('rate_limited', NOW + MIN), nextAttemptAt: NOW + 5 * MIN }) }));
    const fromError = derivePanelStatus(input({ snapshot: snapshot({ lastError: error('rate_limited', NOW + MIN) }) }));
    const unknown = derivePanelStatus(input({ snapshot: snapshot({ lastError: error('rate_limited', null) }) }));

    expect(fromSnapshot).toMatchObject({ problem: { kind: 'rateLimited', nextTryAt: NOW + 5 * MIN } });
    expect(fromError).toMatchObject({ problem: { kind: 'rateLimited', nextTryAt: NOW + MIN } });
    expect(unknown).toMatchObject({ problem: { kind: 'rateLimited', nextTryAt: null } });
  });

  it('reads a next try further ahead than any wait as passed (the clock was set back): no time, and Refresh is not held', () => {
    const HOURS = 5 * 60 * MIN;
    const limited = derivePanelStatus(input({ snapshot: snapshot({ lastError: error('rate_limited', NOW + HOURS), nextAttemptAt: NOW + HOURS }) }));
    const serverWait = derivePanelStatus(input({ snapshot: snapshot({ lastError: error('server', NOW + HOURS), nextAttemptAt: NOW + HOURS }) }));
    const held = derivePanelStatus(input({ snapshot: snapshot({ lastError: error('server', NOW + 5 * MIN), nextAttemptAt: NOW + 5 * MIN }) }));

    expect(limited).toMatchObject({ problem: { kind: 'rateLimited', nextTryAt: null } });
    expect(limited.kind === 'ready' && refreshBlockOf(limited, NOW)).toBeNull();
    expect(serverWait.kind === 'ready' && refreshBlockOf(serverWait, NOW)).toBeNull();
    expect(held.kind === 'ready' && refreshBlockOf(held, NOW)).toEqual({ reason: 'serverWait', until: NOW + 5 * MIN });
  });

  it(`marks data older than ${STALE_AFTER_INTERVALS} refresh intervals as old`, () => {
    const limit = STALE_AFTER_INTERVALS * 5 * MIN;

    expect(derivePanelStatus(input({ snapshot: snapshot({ fetchedAt: NOW - limit }) }))).toMatchObject({ problem: null });
    expect(derivePanelStatus(input({ snapshot: snapshot({ fetchedAt: NOW - limit - 1 }) }))).toMatchObject({ problem: { kind: 'old' } });
    expect(derivePanelStatus(input({ refreshMinutes: 60, snapshot: snapshot({ fetchedAt: NOW - limit - 1 }) }))).toMatchObject({ problem: null });
  });

  it('is balance-only when the history is unavailable', () => {
    expect(derivePanelStatus(input({ snapshot: snapshot({ historyAvailable: false }) }))).toMatchObject({ balanceOnly: true });
    expect(derivePanelStatus(input({ snapshot: snapshot({ grants: null }) }))).toMatchObject({ balanceOnly: true });
    expect(derivePanelStatus(input())).toMatchObject({ balanceOnly: false });
  });

  it('never hides a disconnect, and shows data whenever connected with a snapshot', () => {
    const errorArb = fc.option(fc.record({ kind: fc.constantFrom(...API_ERROR_KINDS), message: fc.string() }), { nil: null });
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 0, max: 10 ** 10 }), errorArb, fc.integer({ min: 1, max: 60 }), (connected, age, lastError, refreshMinutes) => {
        const status = derivePanelStatus({
          connection: connected ? CONNECTED : DISCONNECTED,
          snapshot: snapshot({ fetchedAt: NOW - age, lastError }),
          now: NOW,
          refreshMinutes,
        });
        expect(status.kind).toBe(connected ? 'ready' : 'disconnected');
        if (status.kind === 'ready') expect(status.problem === null).toBe(lastError === null && age <= 2 * refreshMinutes * MIN);
      }),
    );
  });
});
