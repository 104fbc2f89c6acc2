import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '@/lib/background/controller';
import type { Command } from '@/lib/messaging/protocol';
import { SENDER_COMMANDS } from '@/lib/messaging/senders';
import { writeStored } from '@/lib/storage/define-stored';
import { alertStateItem, scheduleItem, snapshotItem } from '@/lib/storage/items';
import { resetBrowser, startApi, testDeps } from '@/tests/helpers/background-harness';

const PAGE = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const CONTENT = { id: 'test-extension-id', origin: 'https://www.agentpmt.com', frameId: 0, tab: { id: 3 }, url: 'https://www.agentpmt.com/' };
const PRIVILEGED: Command[] = [
  { type: 'refreshNow' },
  { type: 'userLooking' },
  { type: 'snoozeAlert', alertId: 'low-balance' },
  { type: 'pauseAlerts', hours: 24 },
  { type: 'openPage', page: 'buy' },
  { type: 'connectToken', token: 'tok_attacker_token_123' },
  { type: 'disconnect' },
];

describe('commands against the real background', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let deps: ReturnType<typeof testDeps>;
  let bg: ReturnType<typeof createBackground>;
  const deliver = (message: unknown, sender: unknown) => new Promise<unknown>((resolve) => bg.onMessage(message, sender, resolve));
  const send = (message: unknown) => deliver(message, PAGE);

  beforeEach(async () => {
    resetBrowser();
    api = await startApi({ scenario: 'demo' });
    deps = testDeps(api.fetchFn);
    bg = createBackground(deps);
    await send({ type: 'connectToken', token: api.token });
    api.fetchFn.mockClear();
  });
  afterEach(() => api.sandbox.close());

  /** Spies on everything a command could change. */
  function sideEffects() {
    return [
      vi.spyOn(fakeBrowser.storage.local, 'set'),
      vi.spyOn(fakeBrowser.storage.local, 'remove'),
      vi.spyOn(fakeBrowser.storage.sync, 'set'),
      vi.spyOn(fakeBrowser.tabs, 'create'),
      vi.spyOn(fakeBrowser.alarms, 'create'),
      api.fetchFn,
    ];
  }

  it('never throws, writes, fetches or opens anything for arbitrary messages from arbitrary senders', async () => {
    // Arrange
    const spies = sideEffects();
    const sender = fc.oneof(fc.anything(), fc.constant(CONTENT), fc.record({ id: fc.string(), origin: fc.webUrl() }));
    const message = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom('refreshNow', 'connectToken', 'disconnect', 'openPage'), page: fc.webUrl(), token: fc.anything() }),
    );

    // Act & Assert
    await fc.assert(
      fc.asyncProperty(message, sender, async (m, s) => {
        const response = await deliver(m, s);
        expect(response).toMatchObject({ ok: expect.any(Boolean) });
      }),
      { numRuns: 200 },
    );
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  }, 30_000);

  it.each(PRIVILEGED)('refuses %o from the content script without side effects', async (message) => {
    // Arrange
    const spies = sideEffects();
    const before = await fakeBrowser.storage.local.get(null);

    // Act
    const response = await deliver(message, CONTENT);

    // Assert
    expect(response).toEqual({ ok: false, error: 'forbidden' });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('gives the content script only what the widget needs, never the token or part of it', async () => {
    for (const type of SENDER_COMMANDS.content) {
      const text = JSON.stringify(await deliver({ type }, CONTENT));
      expect(text).toBe('{"ok":true,"enabled":true,"connected":true}');
      for (const n of [4, 8, 12]) expect(text).not.toContain(api.token.slice(-n));
    }
  });

  it('coalesces 1000 "user is looking" messages into one refresh', async () => {
    // Act
    const responses = await Promise.all(Array.from({ length: 1000 }, () => send({ type: 'userLooking' })));

    // Assert
    expect(responses.every((r) => (r as { ok: boolean }).ok)).toBe(true);
    expect(api.fetchFn.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('refreshes now on demand and answers when done', async () => {
    api.sandbox.control.toolCall({ tool: 'web-search', credits: 3 });
    const response = await send({ type: 'refreshNow' });
    expect(response).toMatchObject({ ok: true, fetchedAt: deps.clock.now });
    expect((await snapshotItem.read())?.balance.balance).toBe(api.sandbox.control.state().balance);
  });

  it('answers a refresh asked for while one runs with the same result, with one set of requests', async () => {
    const [a, b] = await Promise.all([send({ type: 'refreshNow' }), send({ type: 'refreshNow' })]);
    expect(a).toEqual(b);
    expect(api.fetchFn).toHaveBeenCalledTimes(2);
  });

  it('refreshes on demand while an alarm refresh that the backoff holds is running: it does not take the alarm\'s refusal', async () => {
    // Arrange: a failure's backoff holds automatic refreshes, not manual ones.
    await writeStored([{ item: scheduleItem, value: { ...(await scheduleItem.read()), failures: 1, nextAttemptAt: deps.clock.now + 60_000, retryReason: 'backoff' } }]);

    // Act: the alarm's refresh starts, and the user asks for one while it runs.
    bg.onAlarm({ name: 'poll' });
    const manual = await send({ type: 'refreshNow' });

    // Assert
    expect(manual).toMatchObject({ ok: true, fetchedAt: deps.clock.now });
    expect(api.fetchFn).toHaveBeenCalledTimes(2);
  });

  it('pauses alerts for the hours asked, and resumes them', async () => {
    expect(await send({ type: 'pauseAlerts', hours: 8 })).toEqual({ ok: true, pausedUntil: deps.clock.now + 8 * 3_600_000 });
    expect((await alertStateItem.read()).pausedUntil).toBe(deps.clock.now + 8 * 3_600_000);
    expect(await send({ type: 'pauseAlerts', hours: 0 })).toEqual({ ok: true, pausedUntil: null });
  });

  it('snoozes one alert for a day', async () => {
    expect(await send({ type: 'snoozeAlert', alertId: 'expiring' })).toEqual({ ok: true, until: deps.clock.now + 86_400_000 });
    expect((await alertStateItem.read()).snoozedUntil).toEqual({ expiring: deps.clock.now + 86_400_000 });
  });

  it.each([
    ['buy', 'https://www.agentpmt.com/dashboard'],
    ['help', 'https://www.agentpmt.com/docs/payments-and-billing/how-to-buy-credits'],
  ])('opens the %s page at its fixed URL', async (page, url) => {
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await send({ type: 'openPage', page })).toEqual({ ok: true });
    expect(tabs).toHaveBeenCalledWith({ url });
  });

  it('marks the user as looking only while connected', async () => {
    await send({ type: 'disconnect' });
    expect(await send({ type: 'userLooking' })).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await scheduleItem.read()).fastUntil).toBeNull();
  });
});
