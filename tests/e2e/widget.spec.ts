import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectToSandbox, launchExtension, sendCommand, type ExtensionHarness } from './fixtures';
import { credits, liveGrants, sandboxHistory } from './popup/sandbox-data';
import { frameAxeViolations, widgetFrame } from './widget/axe-frame';
import { forceOpenShadowRoots, forgeMessages, readPageDom } from './widget/page-probes';
import {
  frameSize,
  HOST,
  hostCount,
  openSite,
  saveScreenshot,
  setWidgetEnabled,
  widget,
  type ColorScheme,
} from './widget/site-page';

const SENTINEL_TOOL = 'sentinel-tool-7f3a9c';

/** Posts a marker to this window and resolves when it arrives, after every message posted before it. */
function deliveredInOrder(): Promise<void> {
  return new Promise((done) => {
    const marker = `delivered-${Math.random()}`;
    addEventListener('message', function seen(event) {
      if (event.data !== marker) return;
      removeEventListener('message', seen);
      done();
    });
    postMessage(marker, '*');
  });
}

describe('the navbar widget on agentpmt.com (production build against the sandbox)', () => {
  let harness: ExtensionHarness;
  let pageErrors: string[] = [];

  // A fresh browser and sandbox per test; every page a test opens must cause no page error.
  beforeEach(async () => {
    pageErrors = [];
    harness = await launchExtension({ scenario: 'demo' });
    await connectToSandbox(harness);
  });
  afterEach(async () => {
    await harness?.close();
    expect(pageErrors).toEqual([]);
  });

  async function open(path = '/', colorScheme: ColorScheme = 'light'): Promise<Page> {
    const page = await openSite(harness, path, colorScheme);
    page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
    return page;
  }

  const pill = (page: Page) => widget(page).getByTestId('credits-pill');
  const panel = (page: Page) => widget(page).getByRole('dialog', { name: 'AgentPMT Credits' });

  it('shows the sandbox balance in a pill just before the account menu', async () => {
    const { balance } = harness.sandbox.control.state();

    const page = await open('/');

    await expect.poll(() => widget(page).getByTestId('pill-balance').textContent()).toBe(credits(balance));
    expect(await hostCount(page)).toBe(1);
    expect(await page.locator(`${HOST} + .account-button`).count()).toBe(1);
    await page.close();
  });

  it('ignores forged messages: the frame keeps its size and nothing reaches the background', async () => {
    const page = await open('/');
    await pill(page).waitFor();
    await expect.poll(() => frameSize(page)).not.toEqual({ width: 1, height: 1 });
    const size = await frameSize(page);
    const requests = harness.sandbox.control.requests().length;

    await forgeMessages(page, `${HOST} iframe`);
    // Messages arrive in order: once a marker posted after the forgeries has reached the page
    // and the widget frame, every forgery has been handled; a round trip to the background
    // then follows anything they could have sent it.
    await Promise.all([page, await widgetFrame(page)].map((target) => target.evaluate(deliveredInOrder)));
    await sendCommand(harness, { type: 'widgetState' });

    expect(await frameSize(page)).toEqual(size);
    expect(await panel(page).count()).toBe(0);
    expect(harness.sandbox.control.requests().length).toBe(requests);
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    await page.close();
  });

  it('writes no account data into the page: page-world code reading the DOM and every shadow root finds none', async () => {
    harness.sandbox.control.toolCall({ tool: SENTINEL_TOOL, credits: 3 });
    await sendCommand(harness, { type: 'refreshNow' });
    const { balance } = harness.sandbox.control.state();
    const lots = liveGrants((await sandboxHistory(harness)).grants);
    const page = await harness.context.newPage();
    await forceOpenShadowRoots(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('https://www.agentpmt.com/');

    await pill(page).click();
    await widget(page).getByRole('tab', { name: 'Activity' }).click();
    await widget(page).getByRole('region', { name: 'Recent activity' }).getByText(SENTINEL_TOOL).waitFor();
    const dom = await readPageDom(page);

    expect(dom.frames).toBe(1);
    expect(dom.readableFrames).toBe(0);
    const secrets = [SENTINEL_TOOL, String(balance), balance.toLocaleString('en-US'), ...lots.map((l) => `${l.remaining_credits.toLocaleString('en-US')} / `)];
    for (const secret of secrets) expect.soft(dom.text, secret).not.toContain(secret);
    await page.close();
  });

  it('opens the panel over the page with lots and activity, and closes it again', async () => {
    const { grants, transactions } = await sandboxHistory(harness);
    const lots = liveGrants(grants);
    const page = await open('/');
    await pill(page).waitFor();
    const account = await page.locator('.account-button').boundingBox();
    const closed = await frameSize(page);
    const pillBox = await pill(page).boundingBox();
    // With reduced motion, no property change may be turned into a transition the frame's size misses.
    await page.emulateMedia({ reducedMotion: 'reduce' });

    await pill(page).click();

    await panel(page).waitFor();
    // The frame fits the pill and the open panel, margins included, and the pill stays where it was.
    const frame = await widgetFrame(page);
    const needed = () => frame.evaluate(() => {
      const root = document.getElementById('root')!.firstElementChild!.getBoundingClientRect();
      return { width: Math.ceil(root.width), height: Math.ceil(root.height) };
    });
    await expect.poll(async () => [await frameSize(page), await needed()]).toSatisfy(([has, needs]) => has!.width === needs!.width && has!.height === needs!.height);
    expect(await frame.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
    expect(await pill(page).boundingBox()).toEqual(pillBox);
    await expect.poll(() => widget(page).getByRole('list', { name: 'Credit lots' }).getByRole('listitem').count()).toBe(lots.length);
    await widget(page).getByRole('tab', { name: 'Activity' }).click();
    await widget(page).getByRole('region', { name: 'Recent activity' }).getByText(transactions[0]?.description ?? '').first().waitFor();
    const opened = await frameSize(page);
    expect(opened.width).toBeGreaterThan(closed.width);
    expect(opened.height).toBeGreaterThan(300);
    expect(await page.locator('.account-button').boundingBox()).toEqual(account);

    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    await expect.poll(() => frameSize(page)).toEqual(closed);

    await pill(page).click();
    await panel(page).waitFor();
    await page.mouse.click(300, 500);
    await panel(page).waitFor({ state: 'detached' });
    await page.close();
  });

  it('is keyboard-operable: Tab reaches the pill, Enter opens, Escape closes and returns focus', async () => {
    const page = await open('/');
    await pill(page).waitFor();

    await pill(page).focus();
    await page.keyboard.press('Enter');
    await panel(page).waitFor();
    expect(await panel(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');

    await panel(page).waitFor({ state: 'detached' });
    expect(await pill(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('stays single across client-side route changes in the single-page app', async () => {
    const { balance } = harness.sandbox.control.state();
    const page = await open('/spa');
    await pill(page).waitFor();
    expect(await page.locator(`header ${HOST}`).count()).toBe(1);

    const counts: number[] = [];
    for (const name of ['Marketplace', 'Docs', 'Pricing', 'Dashboard', 'Marketplace']) {
      const link = page.locator('header').getByRole('link', { name, exact: true });
      await link.click();
      await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
      counts.push(await hostCount(page));
    }
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/spa/dashboard');
    await page.goForward();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/spa/marketplace');
    counts.push(await hostCount(page));

    expect(new URL(page.url()).pathname).toBe('/spa/marketplace');
    expect(counts).toEqual([1, 1, 1, 1, 1, 1]);
    expect(await widget(page).getByTestId('pill-balance').textContent()).toBe(credits(balance));
    await page.close();
  });

  it('floats at the top right on a page without a navbar', async () => {
    const page = await open('/no-nav');

    await pill(page).waitFor();
    const box = await page.locator(`${HOST} iframe`).boundingBox();

    expect(await hostCount(page)).toBe(1);
    expect(await page.locator(HOST).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(box!.y).toBeLessThan(40);
    expect(1280 - (box!.x + box!.width)).toBeLessThan(40);
    await page.close();
  });

  it('goes away at once when the setting is turned off, and comes back when turned on', async () => {
    const page = await open('/');
    await pill(page).waitFor();

    await setWidgetEnabled(harness, false);
    await expect.poll(() => hostCount(page)).toBe(0);
    const reloaded = await open('/');
    await reloaded.waitForLoadState('load');
    expect(await hostCount(reloaded)).toBe(0);

    // The reloaded page's content script ran and held the widget back: turned on, it shows it.
    await setWidgetEnabled(harness, true);
    await expect.poll(() => hostCount(page)).toBe(1);
    await expect.poll(() => hostCount(reloaded)).toBe(1);
    await page.close();
    await reloaded.close();
  });

  it('exposes the widget page to the AgentPMT site only, and only at its dynamic URL', async () => {
    const page = await open('/');
    await pill(page).waitFor();
    const dynamicUrl = await page.locator(`${HOST} iframe`).getAttribute('src');
    const other = await harness.context.newPage();
    await other.goto(`${harness.sandbox.url}/no-nav`);

    const fetchFrom = (p: Page, url: string) =>
      p.evaluate((u) => fetch(u).then((r) => r.status, () => 'blocked'), url);

    expect(dynamicUrl).toMatch(/^chrome-extension:\/\/[0-9a-f-]{36}\/widget\.html$/);
    expect(await fetchFrom(page, dynamicUrl!)).toBe(200);
    expect(await fetchFrom(page, `chrome-extension://${harness.extensionId}/widget.html`)).toBe('blocked');
    expect(await fetchFrom(page, `chrome-extension://${harness.extensionId}/popup.html`)).toBe('blocked');
    expect(await fetchFrom(other, dynamicUrl!)).toBe('blocked');
    await other.close();
    await page.close();
  });

  it.each(['light', 'dark'] as const)('looks right and passes axe in %s', async (scheme) => {
    const page = await open('/', scheme);
    await pill(page).waitFor();
    const frame = await widgetFrame(page);
    const host = (await page.locator(HOST).boundingBox())!;
    const region = { x: host.x + host.width - 440, y: 0, width: 520, height: 600 };

    await saveScreenshot(page, `widget-pill-${scheme}`, { ...region, height: 64 });
    await pill(page).click();
    await panel(page).waitFor();
    await widget(page).getByRole('list', { name: 'Credit lots' }).waitFor();
    await saveScreenshot(page, `widget-panel-${scheme}`, region);

    expect(await frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark');
    expect(await frameAxeViolations(frame)).toEqual([]);
    await page.close();
  });

  it('removes the widget when the extension is reloaded', async () => {
    const page = await open('/');
    await pill(page).waitFor();

    await harness.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);

    await expect.poll(() => hostCount(page)).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
