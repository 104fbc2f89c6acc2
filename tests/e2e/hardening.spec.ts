import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectToSandbox, launchExtension, type ExtensionHarness } from './fixtures';
import { evaluateInContentScript } from './widget/isolated-world';
import { HOST, openSite, widget } from './widget/site-page';

/** The widget page in its frame on the site, once it shows the pill. */
async function widgetFrame(page: Page): Promise<Frame> {
  await widget(page).getByTestId('credits-pill').waitFor({ timeout: 10_000 });
  const frame = page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/widget\.html/.test(f.url()));
  if (!frame) throw new Error('No widget frame');
  return frame;
}

const fromFrame = (frame: Frame, command: Record<string, unknown>) =>
  frame.evaluate((message) => chrome.runtime.sendMessage(message), command);

describe('what agentpmt.com can reach (production build against the sandbox)', () => {
  let harness: ExtensionHarness;

  beforeAll(async () => {
    harness = await launchExtension({ scenario: 'demo' });
  });
  afterAll(() => harness?.close());

  const connected = () => harness.worker.evaluate(async () => ((await chrome.storage.local.get('connection')).connection as { connected?: boolean } | undefined)?.connected === true);

  it('the widget frame may refresh and open pages, but not disconnect, snooze, pause or connect (MSG-3)', async () => {
    await connectToSandbox(harness);
    const page = await openSite(harness, '/');
    const frame = await widgetFrame(page);

    expect(await fromFrame(frame, { type: 'userLooking' })).toEqual({ ok: true });
    expect(await fromFrame(frame, { type: 'refreshNow' })).toMatchObject({ ok: true });
    for (const command of [
      { type: 'disconnect' },
      { type: 'snoozeAlert', alertId: 'low-balance' },
      { type: 'pauseAlerts', hours: 24 },
      { type: 'connectToken', token: 'tok_attacker_0123456789abcdef' },
    ]) {
      expect(await fromFrame(frame, command), command.type).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(await connected()).toBe(true);
    await page.close();
  });

  it('the content script reads no token and no account data from any storage area (SEC-1)', async () => {
    await connectToSandbox(harness);
    const page = await openSite(harness, '/');
    await page.locator(HOST).waitFor();
    const token = harness.sandbox.token;

    const reads = await evaluateInContentScript(
      page,
      harness.extensionId,
      `async () => {
        const read = (area) => chrome.storage[area].get(null).then((v) => JSON.stringify(v), (e) => 'refused: ' + e.message);
        return { local: await read('local'), session: await read('session'), sync: await read('sync') };
      }`,
    );

    const text = JSON.stringify(reads);
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.slice(-4));
    expect(text).not.toMatch(/snapshot|balance|tokenHint|connection|grants/i);
    expect(reads).toMatchObject({ value: { local: expect.stringMatching(/^refused/), session: expect.stringMatching(/^refused/), sync: expect.stringMatching(/^refused/) } });
    await page.close();
  });

  it('the content script cannot write the settings in storage.sync', async () => {
    const page = await openSite(harness, '/');
    await page.locator(HOST).waitFor();
    const before = await harness.worker.evaluate(() => chrome.storage.sync.get(null));

    const write = await evaluateInContentScript(
      page,
      harness.extensionId,
      `async () => { await chrome.storage.sync.set({ settings: { alertsEnabled: false, widgetEnabled: false } }); return 'written'; }`,
    );

    expect(write).toMatchObject({ error: expect.any(String) });
    expect(await harness.worker.evaluate(() => chrome.storage.sync.get(null))).toEqual(before);
    await page.close();
  });
});
