import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectToSandbox, launchExtension, sendCommand, type ExtensionHarness } from './fixtures';
import { axeViolations } from './popup/axe';
import { openPopup, saveScreenshot, type ColorScheme } from './popup/popup-page';
import { credits, day, dollars, liveGrants, sandboxHistory } from './popup/sandbox-data';

const SCHEMES: ColorScheme[] = ['light', 'dark'];

describe('the popup (production build against the sandbox)', () => {
  let harness: ExtensionHarness;
  // Each test gets its own browser, profile and sandbox: no Retry-After, fault or scenario
  // left behind by one test can reach the next.
  beforeEach(async (context) => {
    harness = await launchExtension({ scenario: 'demo' });
    if (!context.task.name.startsWith('asks to connect')) await connectToSandbox(harness);
  });
  afterEach(() => harness?.close());

  /** Opens the popup in each colour scheme: checks it with axe and saves a screenshot. */
  async function checkEachScheme(name: string, ready: (page: Page) => Promise<void>, hash = ''): Promise<void> {
    for (const colorScheme of SCHEMES) {
      const page = await openPopup(harness, { colorScheme, hash });
      await ready(page);
      expect(await axeViolations(page), `${name} (${colorScheme})`).toEqual([]);
      await saveScreenshot(page, `popup-${name}-${colorScheme}`);
      await page.close();
    }
  }

  /** Asks the background to refresh, as the popup's Refresh does, and resolves once it has stored the outcome. */
  async function refresh(): Promise<void> {
    await sendCommand(harness, { type: 'refreshNow' });
  }

  it('asks to connect before a token is saved', async () => {
    await checkEachScheme('not-connected', async (page) => {
      await page.getByRole('heading', { name: 'Connect your AgentPMT account' }).waitFor();
      expect(await page.getByRole('button', { name: 'Open settings' }).count()).toBeGreaterThan(0);
    });
  });

  it('shows the sandbox balance in credits and dollars, with the next expiry', async () => {
    const { balance } = harness.sandbox.control.state();

    const page = await openPopup(harness);

    await expect.poll(() => page.getByTestId('balance-credits').textContent()).toBe(credits(balance));
    expect(await page.getByTestId('balance-dollars').textContent()).toBe(dollars(balance));
    expect(await page.getByText(/credits? expires? (in \d+ days|tomorrow|today)/).count()).toBe(1);
    expect(await page.getByText('Stale').count()).toBe(0);
    await page.close();
  });

  it('moves nothing when the system asks for reduced motion', async () => {
    /** The longest animation or transition on the page, in ms. */
    const longestMotion = (page: Page) =>
      page.evaluate(() => {
        const ms = (value: string) => Math.max(...value.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000)));
        return Math.max(
          ...[...document.querySelectorAll('*')].map((el) => {
            const style = getComputedStyle(el);
            return Math.max(ms(style.transitionDuration), ms(style.animationDuration));
          }),
        );
      });
    const motion = await openPopup(harness);
    const reduced = await openPopup(harness, { reducedMotion: 'reduce' });
    await motion.getByTestId('balance-credits').waitFor();
    await reduced.getByTestId('balance-credits').waitFor();

    expect(await longestMotion(motion)).toBeGreaterThan(100);
    expect(await longestMotion(reduced)).toBeLessThanOrEqual(0.01);
    await motion.close();
    await reduced.close();
  });

  it('lists the lots with remaining credits, soonest expiry first, with their expiry dates', async () => {
    const { grants } = await sandboxHistory(harness);
    const live = liveGrants(grants);

    const page = await openPopup(harness);
    const rows = page.getByRole('list', { name: 'Credit lots' }).getByRole('listitem');

    await expect.poll(() => rows.count()).toBe(live.length);
    for (const [i, grant] of live.entries()) {
      const text = await rows.nth(i).textContent();
      expect(text).toContain(`${grant.remaining_credits.toLocaleString('en-US')} / ${credits(grant.credits)}`);
      if (grant.expires_at) expect(text).toContain(`Expires ${day(grant.expires_at)}`);
    }
    await page.close();
  });

  it('shows the activity, newest first', async () => {
    const { transactions } = await sandboxHistory(harness);

    const page = await openPopup(harness, { hash: '#activity' });
    const rows = page.getByRole('region', { name: 'Recent activity' }).getByRole('listitem');

    await rows.first().waitFor();
    const amount = new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero' });
    for (const [i, tx] of transactions.slice(0, 3).entries()) {
      const text = await rows.nth(i).textContent();
      expect(text).toContain(tx.description ?? '');
      expect(text).toContain(`${amount.format(tx.credits)} credit`);
    }
    await page.close();
  });

  it('looks right and passes axe on every tab, in light and dark', async () => {
    await checkEachScheme('lots', (page) => page.getByRole('list', { name: 'Credit lots' }).waitFor());
    await checkEachScheme('activity', (page) => page.getByRole('region', { name: 'Recent activity' }).getByRole('listitem').first().waitFor(), '#activity');
    await checkEachScheme('insights', (page) => page.getByText('Suggested top-up').waitFor(), '#insights');
  });

  it('draws the balance chart from stored samples, with gaps where there is no data', async () => {
    const now = Date.now();
    const samples = Array.from({ length: 3 * 144 }, (_, i) => ({ at: now - (3 * 144 - i) * 600_000, balance: 16_000 - i * 3 }))
      // Nights without the browser open: no samples from 23:00 to 07:00.
      .filter(({ at }) => { const hour = new Date(at).getHours(); return hour >= 7 && hour < 23; });
    const page = await openPopup(harness);
    await page.evaluate((balanceSamples) => chrome.storage.local.set({ balanceSamples }), samples);
    await page.close();

    await checkEachScheme('insights-chart', async (page) => {
      await page.getByRole('img', { name: /^Balance from / }).waitFor();
      expect(await page.locator('svg path').count()).toBeGreaterThanOrEqual(3);
      await page.getByText('Gaps: no data').waitFor();
    }, '#insights');
  });

  it('opens the AgentPMT buy page in a new tab from Buy credits', async () => {
    const page = await openPopup(harness);

    const [tab] = await Promise.all([harness.context.waitForEvent('page'), page.getByRole('button', { name: 'Buy credits' }).click()]);
    await tab.waitForLoadState();
    // A tab the extension creates starts loading before Playwright's routing attaches to
    // it, so its first load misses the sandbox and fails offline; reloading retries the
    // very URL the extension opened, now routed.
    if (tab.url().startsWith('chrome-error:')) await tab.reload();

    expect(tab.url()).toMatch(/^https:\/\/www\.agentpmt\.com\//);
    expect(await tab.title()).toContain('AgentPMT');
    await tab.close();
    await page.close();
  });

  it('works with the keyboard alone: the tabs, the lots, the activity and Buy credits', async () => {
    const page = await openPopup(harness);
    await page.getByTestId('balance-credits').waitFor();
    const focused = (test: (el: Element) => boolean) => page.evaluateHandle(() => document.activeElement).then((h) => h.evaluate(test));
    /** Presses `key` until the focused element passes `test`, at most 20 times. */
    const pressUntil = async (key: string, what: string, test: (el: Element) => boolean) => {
      for (let presses = 0; presses < 20; presses += 1) {
        await page.keyboard.press(key);
        if (await focused(test)) return;
      }
      throw new Error(`${key} never reached ${what}`);
    };
    const activity = page.getByRole('region', { name: 'Recent activity' });

    await pressUntil('Tab', 'the Lots tab', (el) => el.getAttribute('role') === 'tab');
    expect(await page.getByRole('list', { name: 'Credit lots' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await activity.waitFor();
    await pressUntil('Tab', 'the activity list', (el) => el.getAttribute('aria-label') === 'Recent activity');
    await page.keyboard.press('End');
    await expect.poll(() => activity.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await pressUntil('Shift+Tab', 'the Activity tab', (el) => el.getAttribute('role') === 'tab');
    await page.keyboard.press('ArrowRight');
    await page.getByText('Suggested top-up').waitFor();
    await pressUntil('Shift+Tab', 'Buy credits', (el) => el.textContent?.trim() === 'Buy credits');
    const [tab] = await Promise.all([harness.context.waitForEvent('page'), page.keyboard.press('Enter')]);

    await tab.waitForLoadState();
    if (tab.url().startsWith('chrome-error:')) await tab.reload();
    expect(tab.url()).toMatch(/^https:\/\/www\.agentpmt\.com\//);
    await tab.close();
    await page.close();
  });

  it('renders a hostile description as text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    harness.sandbox.control.toolCall({ tool: payload, credits: 1 });
    await refresh();
    const page = await openPopup(harness, { hash: '#activity' });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.getByRole('region', { name: 'Recent activity' }).getByText(payload).waitFor();

    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('keeps the numbers and marks them stale when the API fails', async () => {
    const { balance } = harness.sandbox.control.state();
    harness.sandbox.control.injectFault({ kind: 'server-error' });

    await refresh();

    await checkEachScheme('stale', async (page) => {
      await page.getByText('Stale', { exact: true }).waitFor();
      await page.getByText('The last refresh failed').waitFor();
      await page.getByText(/^Data from .+ · refresh failed$/).waitFor();
      expect(await page.getByText(/^Updated /).count()).toBe(0);
      expect(await page.getByTestId('balance-credits').textContent()).toBe(credits(balance));
    });
  });

  it('says when it is offline', async () => {
    harness.sandbox.control.injectFault({ kind: 'reset' });
    await refresh();

    await checkEachScheme('offline', (page) => page.getByText('You are offline').waitFor());
  });

  it('shows balance-only mode when the history is unavailable', async () => {
    harness.sandbox.control.setScenario('balance-only');
    await refresh();

    await checkEachScheme('balance-only', async (page) => {
      await page.getByText('Breakdown unavailable').waitFor();
      expect(await page.getByText('Stale').count()).toBe(0);
    });
  });

  it('says when AgentPMT rate-limits it, and when the next try is', async () => {
    harness.sandbox.control.injectFault({ kind: 'rate-limited', retryAfterSeconds: 600, times: 2 });
    await refresh();

    await checkEachScheme('rate-limited', async (page) => {
      await page.getByText('AgentPMT asked us to slow down').waitFor();
      await page.getByText(/Next try in (9|10) minutes/).waitFor();
      expect(await page.getByRole('button', { name: 'Refresh' }).isDisabled()).toBe(true);
    });
  });

  it('says how to fix a rejected token', async () => {
    harness.sandbox.control.injectFault({ kind: 'unauthorized' });
    await refresh();

    await checkEachScheme('token-rejected', async (page) => {
      await page.getByText('Your token was rejected').waitFor();
      expect(await page.getByRole('alert').getByRole('button', { name: 'Open settings' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Refresh' }).isDisabled()).toBe(true);
    });
    harness.sandbox.control.clearFaults();
    expect(await sendCommand(harness, { type: 'connectToken', token: harness.sandbox.token })).toMatchObject({ ok: true });
  });
});
