import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '@/lib/background/controller';
import { createLock } from '@/lib/background/lock';
import { createRefresher } from '@/lib/background/refresh';
import { pollPeriodMinutes } from '@/lib/background/schedule';
import { alertStateItem, scheduleItem } from '@/lib/storage/items';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/storage/settings';
import { MINUTE_MS as MINUTE } from '@/lib/time';
import { resetBrowser, startApi, testDeps } from '@/tests/helpers/background-harness';

const PAGE = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

/** The spend watch through real refreshes against the in-process sandbox. */
describe('spend watch in the background', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let deps: ReturnType<typeof testDeps>;
  let bg: ReturnType<typeof createBackground>;
  let refresher: ReturnType<typeof createRefresher>;
  let created: { mock: { calls: unknown[][] } };
  const send = (message: unknown) => new Promise<unknown>((resolve) => bg.onMessage(message, PAGE, resolve));
  /** Moves both clocks on and polls, as the alarm does. */
  const pollAfter = async (ms: number) => {
    api.sandbox.control.advanceClock(ms);
    deps.clock.now += ms;
    return refresher.refresh('alarm');
  };
  type Shown = { message: string; title: string };
  const shown = (id: string): Shown[] => created.mock.calls.filter((call) => call[0] === id).map((call) => call[1] as Shown);

  beforeEach(async () => {
    resetBrowser();
    created = vi.spyOn(fakeBrowser.notifications, 'create');
    api = await startApi({ scenario: 'demo' });
    deps = testDeps(api.fetchFn);
    bg = createBackground(deps);
    refresher = createRefresher(deps, createLock());
    await send({ type: 'connectToken', token: api.token });
    await pollAfter(5 * MINUTE);
  });
  afterEach(() => api.sandbox.close());

  it('announces a runaway once, naming the tool, across polls and restarts; polls every minute with at most 60 extra requests an hour', async () => {
    api.sandbox.control.runaway({ tool: 'scrape-page', creditsPerMinute: 90, minutes: 60 });
    await pollAfter(5 * MINUTE);
    const [first] = shown('runaway');
    expect(first?.message).toMatch(/^4[56]\d credits in 5 min, about \d+× your usual pace; (of the calls seen, )?scrape-page is called again and again \(\d+\)\.$/);
    const schedule = await scheduleItem.read();
    expect(pollPeriodMinutes(true, DEFAULT_SETTINGS, schedule, deps.clock.now)).toBe(1);

    api.sandbox.control.clearRequests();
    for (let i = 0; i < 60; i += 1) {
      if (i % 20 === 10) [bg, refresher] = [createBackground(deps), createRefresher(deps, createLock())]; // a worker restart: only storage survives
      await pollAfter(MINUTE);
    }
    expect(shown('runaway')).toHaveLength(1);
    expect((await alertStateItem.read()).runaway).toMatchObject({ tool: 'scrape-page' });
    const requests = api.apiRequests();
    const normalHour = 2 * (60 / DEFAULT_SETTINGS.refreshMinutes);
    expect(requests.length).toBeLessThanOrEqual(normalHour + 60);
    expect(requests.filter((r) => r.path.startsWith('/credits/history')).length).toBeLessThanOrEqual(13);
  });

  it('sends nothing inside a Retry-After window during an episode', async () => {
    api.sandbox.control.runaway({ tool: 'loop', creditsPerMinute: 200, minutes: 60 });
    await pollAfter(5 * MINUTE);
    expect(shown('runaway')).toHaveLength(1);
    api.sandbox.control.injectFault({ kind: 'rate-limited', retryAfterSeconds: 300, times: 1 });
    await pollAfter(MINUTE);
    api.sandbox.control.clearRequests();
    for (let i = 0; i < 4; i += 1) await pollAfter(MINUTE);
    expect(api.apiRequests()).toEqual([]);
  });

  it('ends the episode after an hour below the usual rate; a later runaway is announced again', async () => {
    api.sandbox.control.runaway({ tool: 'loop', creditsPerMinute: 100, minutes: 10 });
    await pollAfter(5 * MINUTE);
    for (let i = 0; i < 150 && (await alertStateItem.read()).runaway !== null; i += 1) await pollAfter(MINUTE);
    expect((await alertStateItem.read()).runaway).toBeNull();
    api.sandbox.control.runaway({ tool: 'loop', creditsPerMinute: 100, minutes: 10 });
    await pollAfter(5 * MINUTE);
    expect(shown('runaway')).toHaveLength(2);
  });

  it('reads no spending in a purchase the server dates after the poll (its clock ahead)', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, dailyBudget: 1_000 });
    // The server's clock runs 3 s ahead: the poll sees the pack in the balance, dated after its own time.
    api.sandbox.control.advanceClock(MINUTE + 3_000);
    api.sandbox.control.buy(2_500);
    deps.clock.now += MINUTE;
    await refresher.refresh('alarm');
    // Past the hour, when the poll that saw the rise has left the 60-minute window.
    for (let i = 0; i < 70; i += 1) await pollAfter(MINUTE);
    expect(shown('runaway')).toEqual([]);
    expect(shown('budget')).toEqual([]);
    expect((await alertStateItem.read()).budgetMarks.day.level).toBe(0);
  });

  it('announces each budget level once: 80 % then 100 % of the daily budget', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, dailyBudget: 100_000 });
    const spent = (await alertStateItem.read()).budgetMarks.day.level;
    expect(spent).toBe(0);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, dailyBudget: 1_000 });
    const levels = () => shown('budget').map((n) => n.title);
    api.sandbox.control.toolCall({ tool: 'a', credits: 850 });
    await pollAfter(MINUTE);
    await pollAfter(MINUTE);
    api.sandbox.control.toolCall({ tool: 'a', credits: 150 });
    await pollAfter(MINUTE);
    api.sandbox.control.toolCall({ tool: 'a', credits: 150 });
    await pollAfter(MINUTE);
    expect(levels()).toEqual(['AgentPMT budget: 80 % used', 'AgentPMT budget: 100 % used']);
  });
});
