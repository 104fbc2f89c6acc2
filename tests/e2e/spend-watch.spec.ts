import type { Page, Worker } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spendOverview } from '@/lib/ledger/spend-overview';
import type { Transaction } from '@/lib/api/domain';
import { launchExtension, type ExtensionHarness } from './fixtures';
import { firePollAlarm } from './poll-alarm';
import { axeViolations } from './popup/axe';
import { openPopup, saveScreenshot } from './popup/popup-page';

/**
 * The spend watch in real Chromium: the production build, AgentPMT routed to the sandbox.
 * The sandbox's clock is moved on to play a runaway agent's minutes; polls are fired with
 * a one-shot `poll` alarm (`firePollAlarm`), and the worker is killed with CDP `Target.closeTarget`.
 */
let harness: ExtensionHarness;
let page: Page;
const MINUTE = 60_000;

beforeEach(async () => {
  harness = await launchExtension({ scenario: 'demo' });
  page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
  expect(await page.evaluate((token) => chrome.runtime.sendMessage({ type: 'connectToken', token }), harness.sandbox.token)).toMatchObject({ ok: true });
});
afterEach(() => harness?.close());

async function worker(): Promise<Worker> {
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'widgetState' }));
  return harness.context.serviceWorkers()[0] ?? (await harness.context.waitForEvent('serviceworker'));
}
const inWorker = async <T>(fn: () => T | Promise<T>): Promise<T> => (await worker()).evaluate(fn);
const notificationIds = async () => Object.keys(await inWorker(() => chrome.notifications.getAll()));
const stored = async (key: string) => (await inWorker(() => chrome.storage.local.get(null)))[key] as Record<string, unknown> | undefined;

/** Moves the sandbox clock on, fires the poll alarm and waits until its refresh has stored its result. */
async function pollAfter(ms: number): Promise<void> {
  harness.sandbox.control.advanceClock(ms);
  const before = (await stored('snapshot'))?.lastAttemptAt;
  await firePollAlarm((fn) => page.evaluate(fn));
  await expect.poll(async () => (await stored('snapshot'))?.lastAttemptAt, { timeout: 10_000 }).not.toBe(before);
}

/** Kills the service worker as Chrome stops an idle one, and proves the next one is new. */
async function killWorker(): Promise<void> {
  await inWorker(() => Object.assign(globalThis, { killMarker: true }));
  const cdp = await harness.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${harness.extensionId}/`));
  await cdp.send('Target.closeTarget', { targetId: target?.targetId ?? '' });
  await cdp.detach();
  await expect.poll(() => inWorker(() => 'killMarker' in globalThis), { timeout: 10_000 }).toBe(false);
}

/** Records the text of every notification the current worker shows, in `globalThis.shown`. */
async function recordNotifications(): Promise<void> {
  await inWorker(() => {
    const shown: Array<{ id: string; title: string; message: string }> = [];
    type Options = { title?: string; message?: string };
    const create = chrome.notifications.create.bind(chrome.notifications) as unknown as (id: string, options: Options) => Promise<string>;
    Object.assign(globalThis, { shown });
    Object.assign(chrome.notifications, {
      create: (id: string, options: Options) => {
        shown.push({ id, title: options.title ?? '', message: options.message ?? '' });
        return create(id, options);
      },
    });
  });
}
const shownTexts = () => inWorker(() => (globalThis as unknown as { shown: Array<{ id: string; message: string }> }).shown);

describe('spend watch in Chromium', () => {
  it('a runaway gives one notification naming the tool and a banner; no repeat after more polls or a killed worker', async () => {
    await pollAfter(MINUTE);
    await recordNotifications();
    harness.sandbox.control.runaway({ tool: 'scrape-page', creditsPerMinute: 300, minutes: 60 });

    await pollAfter(3 * MINUTE);

    await expect.poll(notificationIds).toEqual(['runaway']);
    const [shown] = await shownTexts();
    expect(shown?.message).toMatch(/^[\d,]+ credits in \d+ min, about \d+× your usual pace; (of the calls seen, )?scrape-page is called again and again \([\d,]+\)\.$/);
    const popup = await openPopup(harness);
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Spending fast:' }).textContent()).toMatch(/scrape-page is called again and again\./);
    await popup.getByRole('button', { name: 'Show scrape-page activity' }).click();
    await expect.poll(() => popup.getByRole('combobox', { name: 'Tool' }).inputValue()).toBe('scrape-page');

    await inWorker(() => chrome.notifications.clear('runaway'));
    await pollAfter(MINUTE);
    await pollAfter(MINUTE);
    await killWorker();
    await pollAfter(MINUTE);
    await killWorker();
    await pollAfter(MINUTE);
    expect(await notificationIds()).toEqual([]);
    expect((await stored('alertState'))?.runaway).toMatchObject({ tool: 'scrape-page' });
  });

  it('announces each budget level once: at 80 % and at 100 % of the daily budget', async () => {
    const snapshot = (await stored('snapshot')) as { transactions: Transaction[] };
    const today = Math.round(spendOverview(snapshot.transactions, { hours: [] }, Date.now()).today);
    const budget = Math.round(today * 1.25) + 1_000;
    // Two large calls of one tool within the hour would also (rightly) look like a runaway: that alert is off here.
    await page.evaluate((dailyBudget) => chrome.storage.sync.set({ settings: { dailyBudget, alerts: { runaway: false } } }), budget);
    await pollAfter(MINUTE);
    expect(await notificationIds()).toEqual([]);

    harness.sandbox.control.toolCall({ tool: 'code-review', credits: Math.ceil(budget * 0.8) - today + 1 });
    await pollAfter(MINUTE);
    await expect.poll(notificationIds).toEqual(['budget']);
    expect((await stored('alertState'))?.budgetMarks).toMatchObject({ day: { level: 80 } });
    await inWorker(() => chrome.notifications.clear('budget'));
    await pollAfter(MINUTE);
    expect(await notificationIds()).toEqual([]);

    harness.sandbox.control.toolCall({ tool: 'code-review', credits: Math.ceil(budget * 0.2) + 1 });
    await pollAfter(MINUTE);
    await expect.poll(notificationIds).toEqual(['budget']);
    expect((await stored('alertState'))?.budgetMarks).toMatchObject({ day: { level: 100 } });
    await inWorker(() => chrome.notifications.clear('budget'));
    harness.sandbox.control.toolCall({ tool: 'code-review', credits: 50 });
    await pollAfter(MINUTE);
    expect(await notificationIds()).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('the banner and the spend sections have no axe violations in %s', async (colorScheme) => {
    await page.evaluate(() => chrome.storage.sync.set({ settings: { dailyBudget: 5_000 } }));
    await pollAfter(MINUTE);
    harness.sandbox.control.runaway({ tool: 'scrape-page', creditsPerMinute: 300, minutes: 60 });
    await pollAfter(3 * MINUTE);
    const popup = await openPopup(harness, { colorScheme, hash: '#insights' });
    await popup.getByRole('heading', { name: 'Where credits went' }).waitFor();
    await popup.getByText('Spending fast:').waitFor();
    await saveScreenshot(popup, `spend-watch-banner-${colorScheme}`);
    await popup.getByRole('heading', { name: 'Spend by day' }).scrollIntoViewIfNeeded();
    await saveScreenshot(popup, `spend-watch-insights-${colorScheme}`);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('tab', { name: 'Activity' }).click();
    await popup.getByRole('combobox', { name: 'Tool' }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
  });
});
