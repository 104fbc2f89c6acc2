import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '@/sandbox/server';
import { findFirefox } from './browsers.mjs';

const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3');
const HOST = '[data-agentpmt-credits]';

/**
 * The Firefox build in a real firefox-esr, driven over WebDriver BiDi (Playwright's
 * Firefox cannot load extensions). Firefox refuses to open `moz-extension://` pages this
 * way, so this checks what a page shows. The widget is opt-in in Firefox (its frame's
 * address would identify the install), and a fresh install shows none.
 */
describe('the Firefox build in Firefox', () => {
  let browser: Browser;
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, scenario: 'demo' });
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true });
    await browser.installExtension(FIREFOX_BUILD);
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  /** Serves AgentPMT's website from the sandbox, as the Chromium suite's `context.route` does. */
  async function routeSite(request: HTTPRequest): Promise<void> {
    const url = new URL(request.url());
    if (url.hostname !== 'www.agentpmt.com') return request.continue();
    const response = await fetch(`${sandbox.url}${url.pathname}${url.search}`);
    await request.respond({
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'text/html',
      body: Buffer.from(await response.arrayBuffer()),
    });
  }

  it('shows no widget until the user turns it on, so the page never sees the install-fixed moz-extension address', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => void routeSite(request).catch(() => request.abort()));
    await page.goto('https://www.agentpmt.com/');
    await page.waitForSelector('.account-button');

    // Nothing to wait for when the widget is off: give the content script time to ask the
    // background (it answers in milliseconds), then check that nothing was placed.
    await new Promise((done) => setTimeout(done, 2_000));

    expect(await page.$$eval(HOST, (hosts) => hosts.length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('moz-extension://');
    await page.close();
  });
});
