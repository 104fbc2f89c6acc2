import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARMS } from '@/lib/background/alarms';
import { createBackground } from '@/lib/background/controller';
import { createLock } from '@/lib/background/lock';
import { createRefresher } from '@/lib/background/refresh';
import type { Fault } from '@/sandbox/server';
import { historyTransactions, scheduleItem, snapshotItem } from '@/lib/storage/items';
import { resetBrowser, shownNotifications, startApi, testDeps } from '@/tests/helpers/background-harness';

const PAGE = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

/**
 * Every fault the sandbox can produce, through a real refresh against the in-process
 * sandbox: the error kind stored, what the schedule does next, that the last good data is
 * kept, and how many notifications result.
 */
describe('each sandbox fault maps to the right state', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let deps: ReturnType<typeof testDeps>;
  let bg: ReturnType<typeof createBackground>;
  let refresher: ReturnType<typeof createRefresher>;
  const send = (message: unknown) => new Promise<unknown>((resolve) => bg.onMessage(message, PAGE, resolve));

  beforeEach(async () => {
    resetBrowser();
    api = await startApi({ scenario: 'demo' });
    deps = testDeps(api.fetchFn, { timeoutMs: 400 });
    bg = createBackground(deps);
    refresher = createRefresher(deps, createLock());
    await send({ type: 'connectToken', token: api.token });
    api.sandbox.control.clearRequests();
    deps.clock.now += 5 * 60_000;
  });
  afterEach(() => api.sandbox.close());

  it.each<[string, Fault, string, 'backoff' | 'retry_after' | 'stopped']>([
    ['a hang', { kind: 'hang' }, 'timeout', 'backoff'],
    ['a trickling body', { kind: 'slow-body', bytesPerSecond: 20 }, 'timeout', 'backoff'],
    ['a reset connection', { kind: 'reset' }, 'network', 'backoff'],
    ['a 500', { kind: 'server-error' }, 'server', 'backoff'],
    ['a 503 without Retry-After', { kind: 'unavailable' }, 'server', 'backoff'],
    ['a 503 with Retry-After', { kind: 'unavailable', retryAfterSeconds: 300 }, 'server', 'retry_after'],
    ['a 429 with Retry-After seconds', { kind: 'rate-limited', retryAfterSeconds: 120 }, 'rate_limited', 'retry_after'],
    ['a 429 with a Retry-After date', { kind: 'rate-limited', retryAfterSeconds: 120, retryAfterFormat: 'http-date' }, 'rate_limited', 'retry_after'],
    ['a 429 with a garbage Retry-After', { kind: 'rate-limited', retryAfterFormat: 'garbage' }, 'rate_limited', 'backoff'],
    ['malformed JSON', { kind: 'malformed-json' }, 'invalid_response', 'backoff'],
    ['an HTML page with status 200', { kind: 'html' }, 'invalid_response', 'backoff'],
    ['an empty body', { kind: 'empty-body' }, 'invalid_response', 'backoff'],
    ['schema drift', { kind: 'schema-drift', variant: 'renamed-fields' }, 'invalid_response', 'backoff'],
    ['a balance as a string', { kind: 'schema-drift', variant: 'balance-string' }, 'invalid_response', 'backoff'],
    ['an oversized body', { kind: 'oversized' }, 'invalid_response', 'backoff'],
    ['a 401', { kind: 'unauthorized' }, 'unauthorized', 'stopped'],
    ['a 403', { kind: 'forbidden' }, 'forbidden', 'stopped'],
  ])('%s', async (_name, fault, kind, next) => {
    // Arrange
    const before = await snapshotItem.read();
    api.sandbox.control.injectFault(fault);

    // Act
    const result = await refresher.refresh('alarm');

    // Assert
    const snapshot = await snapshotItem.read();
    const schedule = await scheduleItem.read();
    expect(result).toMatchObject({ ok: false });
    expect(snapshot?.lastError?.kind).toBe(kind);
    expect(snapshot?.balance).toEqual(before?.balance);
    expect(snapshot?.grants).toEqual(before?.grants);
    expect(snapshot?.fetchedAt).toBe(before?.fetchedAt);
    const notifications = Object.keys(await shownNotifications());
    if (next === 'stopped') {
      expect(schedule.stopped).toBe(true);
      expect(await fakeBrowser.alarms.get(ALARMS.poll)).toBeUndefined();
      expect(notifications).toEqual(['token-rejected']);
      expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    } else {
      expect(schedule).toMatchObject({ stopped: false, failures: 1, retryReason: next });
      expect(snapshot?.nextAttemptAt).toBe(schedule.nextAttemptAt);
      expect(schedule.nextAttemptAt).toBeGreaterThanOrEqual(deps.clock.now);
      expect(notifications).toEqual([]);
      expect(await fakeBrowser.alarms.get(ALARMS.poll)).toBeDefined();
    }
    if (kind === 'rate_limited' && next === 'retry_after') expect(schedule.nextAttemptAt).toBe(deps.clock.now + 120_000);
  });

  it('a small latency is no fault', async () => {
    api.sandbox.control.injectFault({ kind: 'latency', ms: 50 });
    expect(await refresher.refresh('alarm')).toMatchObject({ ok: true });
    expect((await snapshotItem.read())?.lastError).toBeNull();
  });

  it.each<[string, Fault, boolean]>([
    ['a missing history endpoint (schema drift)', { kind: 'schema-drift', variant: 'missing-data', scope: 'history' }, false],
    ['a 503 on the history only', { kind: 'unavailable', scope: 'history' }, true],
    ['a timeout on the history only', { kind: 'hang', scope: 'history' }, true],
  ])('keeps the fresh balance after %s', async (_name, fault, keepsHistory) => {
    // Arrange
    const before = await snapshotItem.read();
    api.sandbox.control.injectFault(fault);
    api.sandbox.control.toolCall({ tool: 'web-search', credits: 5 });

    // Act
    const result = await refresher.refresh('alarm');

    // Assert
    const snapshot = await snapshotItem.read();
    expect(result).toMatchObject({ ok: true });
    expect(snapshot?.balance.balance).toBe(before!.balance.balance - 5);
    expect(snapshot?.lastError).toBeNull();
    expect(snapshot?.historyAvailable).toBe(keepsHistory);
    expect(snapshot?.grants).toEqual(keepsHistory ? before?.grants : null);
  });

  it('switches to balance-only mode when the account has no history endpoint', async () => {
    api.sandbox.control.setScenario('balance-only');
    await refresher.refresh('manual');
    const snapshot = await snapshotItem.read();
    expect(snapshot).toMatchObject({ historyAvailable: false, grants: null, lastError: null });
    expect(historyTransactions(snapshot!)).toBeNull();
  });

  it('recovers after a fault clears: error gone, schedule reset', async () => {
    // Arrange
    api.sandbox.control.injectFault({ kind: 'server-error', times: 1 });
    await refresher.refresh('alarm');

    // Act
    const result = await refresher.refresh('manual');

    // Assert
    expect(result).toMatchObject({ ok: true });
    expect((await snapshotItem.read())?.lastError).toBeNull();
    expect(await scheduleItem.read()).toMatchObject({ failures: 0, nextAttemptAt: null, retryReason: null });
  });
});
