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
 * way, so this checks what a page shows: the content script places the widget frame in
 * the navbar, and the widget page inside it renders and sizes the frame.
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

  it('places the widget just before the account menu, and the widget page renders in it', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => void routeSite(request).catch(() => request.abort()));
    await page.goto('https://www.agentpmt.com/');

    await page.waitForSelector(`${HOST} iframe`, { timeout: 15_000 });
    // The frame starts at 1×1; it takes the pill's size once the widget page has rendered and said so.
    await page.waitForFunction((host) => (document.querySelector(`${host} iframe`)?.clientWidth ?? 0) > 1, { timeout: 15_000 }, HOST);
    const frame = await page.$eval(`${HOST} iframe`, (el) => ({ src: (el as HTMLIFrameElement).src, height: el.clientHeight }));
    expect(frame.src).toMatch(/^moz-extension:\/\/[\w-]+\/widget\.html$/);
    expect(frame.height).toBeGreaterThan(1);
    expect(await page.$$eval(HOST, (hosts) => hosts.length)).toBe(1);
    expect(await page.$(`${HOST} + .account-button`)).not.toBeNull();
    await page.close();
  });
});
