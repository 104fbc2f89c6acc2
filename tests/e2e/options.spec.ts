import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './fixtures';
import { axeViolations, installSettled, openExtensionPage, openOptions, screenshot, submitToken } from './options/options-page';

const WRONG_TOKEN = 'apmt-not-the-right-token-0000';

let harness: ExtensionHarness;
beforeEach(async () => {
  harness = await launchExtension({ scenario: 'demo' });
});
afterEach(() => harness?.close());

const workerEval = <T>(fn: () => T | Promise<T>) => harness.worker.evaluate(fn);
const localStorage = () => workerEval(() => chrome.storage.local.get(null));
const badgeText = () => workerEval(() => chrome.action.getBadgeText({}));
const notificationIds = async () => Object.keys(await workerEval(() => chrome.notifications.getAll()));
const balanceText = () => new Intl.NumberFormat('en-US').format(harness.sandbox.control.state().balance);

async function connect(page: Page): Promise<void> {
  await submitToken(page, harness.sandbox.token);
  await page.getByText('••••1a2b').waitFor();
}

/** Asks the background to refresh now, as the popup's Refresh control does, and waits for it. */
const refreshNow = (page: Page) => page.evaluate(() => chrome.runtime.sendMessage({ type: 'refreshNow' }));

describe('the options page in Chromium (production build, sandbox API)', () => {
  it('opens by itself on install, with the welcome', async () => {
    const page = await installSettled(harness);

    await page.getByRole('heading', { name: 'Welcome to AgentPMT Credits' }).waitFor();
    expect(await page.getByRole('link', { name: /Help/ }).getAttribute('href')).toBe(
      'https://www.agentpmt.com/docs/payments-and-billing/how-to-buy-credits',
    );
  });

  it('connects with the sandbox token through the form: the badge and the popup show the balance', async () => {
    const page = await openOptions(harness);

    await connect(page);

    await page.getByText(`${balanceText()} credits`).waitFor();
    await expect.poll(badgeText).toMatch(/^\d[\d.]*[kM]?$/);
    const popup = await openExtensionPage(harness, 'popup.html');
    await expect.poll(() => popup.getByTestId('balance-credits').textContent()).toBe(`${balanceText()} credits`);
    const requests = harness.sandbox.control.requests().filter((r) => r.path === '/credits/balance');
    expect(requests.length).toBeGreaterThan(0);
  });

  it('shows the error for a wrong token and saves nothing', async () => {
    const page = await openOptions(harness);
    const before = await localStorage();

    await submitToken(page, WRONG_TOKEN);

    await expect.poll(() => page.getByRole('alert').textContent()).toContain('AgentPMT did not accept this token (401)');
    expect(await localStorage()).toEqual(before);
    expect(JSON.stringify(await localStorage())).not.toContain(WRONG_TOKEN);
    expect(await badgeText()).toBe('?');
  });

  it('refuses a malformed token without any request', async () => {
    const page = await openOptions(harness);
    harness.sandbox.control.clearRequests();

    await submitToken(page, 'has spaces inside the token');

    await expect.poll(() => page.getByRole('alert').textContent()).toContain('does not look like an Agent Group token');
    expect(harness.sandbox.control.requests()).toEqual([]);
  });

  it('disconnects: local and session storage are empty and the badge no longer shows a balance', async () => {
    const page = await openOptions(harness);
    await connect(page);
    await expect.poll(badgeText).not.toBe('?');

    await page.getByRole('button', { name: 'Disconnect' }).click();
    await page.getByRole('button', { name: 'Yes, disconnect' }).click();

    await page.getByText('Disconnected. The token and all account data were erased from this browser.').waitFor();
    await expect.poll(localStorage).toEqual({});
    expect(await workerEval(() => chrome.storage.session.get(null))).toEqual({});
    expect(await workerEval(() => chrome.alarms.getAll())).toEqual([]);
    expect(await notificationIds()).toEqual([]);
    expect(['', '?']).toContain(await badgeText());
    const sync = await workerEval(() => chrome.storage.sync.get(null));
    expect(JSON.stringify(sync)).not.toContain(harness.sandbox.token);
  });

  it('fires the low-balance alert according to the threshold set on the page', async () => {
    const page = await openOptions(harness);
    await connect(page);
    const balance = harness.sandbox.control.state().balance;
    expect(balance).toBeGreaterThan(500);

    harness.sandbox.control.toolCall({ tool: 'web-search', credits: 5 });
    await refreshNow(page);
    expect(await notificationIds()).not.toContain('low-balance');

    const threshold = page.getByLabel('Warn when the balance falls below (credits)');
    await threshold.fill(String(balance + 1000));
    await threshold.press('Enter');
    await page.getByText('Saved').first().waitFor();
    await refreshNow(page);

    await expect.poll(notificationIds).toContain('low-balance');
  });

  it('refuses an out-of-range refresh interval with a reason, and keeps the stored one', async () => {
    const page = await openOptions(harness);
    const field = page.getByLabel('Refresh interval (minutes)');

    await field.fill('0');
    await field.press('Tab');

    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Enter a number from 1 to 60. Not saved.');
    expect(await workerEval(() => chrome.storage.sync.get(null))).toEqual({});
  });

  it('connects with the keyboard alone, with a visible focus ring', async () => {
    const page = await openOptions(harness);
    const field = page.getByLabel('Agent Group token');

    for (let i = 0; i < 20 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.type(harness.sandbox.token);
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow);
    expect(ring).not.toBe('none');
    await page.keyboard.press('Enter');

    await page.getByText('••••1a2b').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Connection');
  });

  it.each(['light', 'dark'] as const)('has no axe violations in %s, before and after connecting', async (colorScheme) => {
    const page = await openOptions(harness, { colorScheme });
    expect(await axeViolations(page)).toEqual([]);

    await submitToken(page, WRONG_TOKEN);
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await connect(page);
    await page.getByText(`${balanceText()} credits`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('screenshots of the options page', () => {
  it.each([
    { name: 'en', languages: ['en-US', 'en'], colorScheme: 'light' },
    { name: 'en', languages: ['en-US', 'en'], colorScheme: 'dark' },
    { name: 'de', languages: ['de-DE', 'de'], colorScheme: 'light' },
    { name: 'de', languages: ['de-DE', 'de'], colorScheme: 'dark' },
  ] as const)('$name, $colorScheme: onboarding, error and connected', async ({ name, languages, colorScheme }) => {
    const page = await openOptions(harness, { languages: [...languages], colorScheme });
    await page.setViewportSize({ width: 900, height: 900 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(languages[0]);
    await screenshot(page, `options-onboarding-${name}-${colorScheme}`);

    await submitToken(page, WRONG_TOKEN);
    await page.getByRole('alert').waitFor();
    await screenshot(page, `options-error-${name}-${colorScheme}`);

    await connect(page);
    await page.getByText(new Intl.NumberFormat(languages[0]).format(harness.sandbox.control.state().balance)).first().waitFor();
    await screenshot(page, `options-connected-${name}-${colorScheme}`);
  });
});
