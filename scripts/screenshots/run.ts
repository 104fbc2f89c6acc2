// `npm run screenshots`: renders the sandbox build in Chromium into docs/screenshots/ (popup
// tabs in light and dark, English and German; the widget in the mock site's navbar; the
// options page; a notification from the options the background created it with) and the
// store assets into docs/store/images/. Deterministic: a fixed scenario and a fixed clock.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';
import { startSandbox } from '../../sandbox/server';
import { findChromium } from '../../tests/e2e/browsers.mjs';
import { widgetFrame } from '../../tests/e2e/widget/axe-frame';
import { frameSize, widget as widgetOf } from '../../tests/e2e/widget/site-page';
import { notificationHtml, promoTileHtml, storeShotHtml, type CapturedNotification } from './notification';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'docs/screenshots');
const STORE = join(ROOT, 'docs/store/images');
const EXTENSION = join(ROOT, '.output/chrome-mv3-sandbox');
/** The moment every picture shows: the sandbox's data is built around it, pages read it as now. */
const T0 = Date.UTC(2026, 10, 26, 9, 30);
const NOW = T0 + 2 * 60_000;
const LANGS = { en: ['en-US', 'en'], de: ['de-DE', 'de'] } as const;
const SCHEMES = ['light', 'dark'] as const;
/** What each popup tab waits for before its picture, in any language. */
const TABS: Record<string, (page: Page) => Locator> = {
  lots: (page) => page.getByRole('tabpanel').getByRole('list'),
  activity: (page) => page.getByRole('tabpanel').getByRole('listitem'),
  insights: (page) => page.getByRole('tabpanel').getByText(/\$\d|\d\s\$/),
};
const ICON = `data:image/png;base64,${readFileSync(join(ROOT, 'public/icon/128.png')).toString('base64')}`;

const sandbox = await startSandbox({ port: 0, scenario: 'demo', now: T0 });
const origins = { WXT_API_ORIGIN: `http://127.0.0.1:${sandbox.port}`, WXT_SITE_ORIGIN: `http://localhost:${sandbox.port}` };
const build = spawnSync('npx', ['wxt', 'build', '--mode', 'sandbox'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...origins } });
if (build.status !== 0) process.exit(build.status ?? 1);
mkdirSync(SHOTS, { recursive: true });
mkdirSync(STORE, { recursive: true });

const profile = mkdtempSync(join(tmpdir(), 'agentpmt-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: true,
  args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  // The sandbox build connects itself on install; wait for its first snapshot, then pin its times to the fixed clock.
  await until(() => worker.evaluate(async () => Boolean((await chrome.storage.local.get('snapshot')).snapshot)), 'the first snapshot');
  await worker.evaluate(async ({ at, now }) => {
    const { snapshot } = await chrome.storage.local.get('snapshot');
    const balance = (snapshot as { balance: { balance: number } }).balance.balance;
    // A week of samples, ten minutes apart, as the background would have stored them.
    const balanceSamples = Array.from({ length: 7 * 144 }, (_, i) => ({ at: now - (7 * 144 - i) * 600_000, balance: balance + (7 * 144 - i) * 4 }));
    await chrome.storage.local.set({ snapshot: { ...(snapshot as object), fetchedAt: at, lastAttemptAt: at }, balanceSamples });
  }, { at: NOW - 2 * 60_000, now: NOW });
  // Pages opened before the clock was installed (the start page, a tab the install opened) cannot take it.
  for (const page of context.pages()) await page.close();
  await context.clock.setFixedTime(NOW);
  // The background runs on the same clock, so that a refresh the popup asks for keeps the week of samples.
  await worker.evaluate((now) => {
    const real = Date.now.bind(Date);
    const offset = now - real();
    Date.now = () => real() + offset;
  }, NOW);

  for (const [lang, languages] of Object.entries(LANGS)) {
    for (const scheme of SCHEMES) {
      for (const [tab, ready] of Object.entries(TABS)) {
        const page = await open(context, `chrome-extension://${id}/popup.html#${tab}`, { languages, scheme, width: 380, height: 600 });
        await ready(page).first().waitFor();
        await page.locator('main').screenshot({ path: join(SHOTS, `popup-${tab}-${scheme}-${lang}.png`), animations: 'disabled' });
        if (tab === 'insights') {
          // Further down the same tab: where the credits went and the spend by day.
          await page.locator('#spend-tools-title').evaluate((title) => title.closest('section')!.scrollIntoView({ block: 'start' }));
          await page.locator('main').screenshot({ path: join(SHOTS, `popup-spend-${scheme}-${lang}.png`), animations: 'disabled' });
        }
        await page.close();
      }
      const options = await open(context, `chrome-extension://${id}/options.html`, { languages, scheme, width: 900, height: 900 });
      // The connection card shows the balance once the snapshot is read, a moment after the page.
      await options.getByTestId('connected-balance').waitFor();
      await options.screenshot({ path: join(SHOTS, `options-${scheme}-${lang}.png`), fullPage: true, animations: 'disabled' });
      await options.close();
      const site = await open(context, `${origins.WXT_SITE_ORIGIN}/`, { languages, scheme, width: 1280, height: 800 });
      const widget = widgetOf(site);
      await setFrameLanguage(context, await widgetFrame(site), languages);
      await widget.getByTestId('credits-pill').click();
      await widget.getByRole('dialog').getByRole('list').first().waitFor();
      // The page sizes the frame when the frame asks (a message away): wait until the open panel fits.
      const panelBottom = await widget.getByRole('dialog').evaluate((dialog) => dialog.getBoundingClientRect().bottom);
      await until(async () => (await frameSize(site)).height >= panelBottom, 'the widget frame to fit the open panel');
      await site.screenshot({ path: join(SHOTS, `widget-${scheme}-${lang}.png`), clip: { x: 560, y: 0, width: 720, height: 640 }, animations: 'disabled' });
      await site.close();
    }
  }

  // A low-balance notification: the options the background passes to notifications.create, captured in the worker.
  await worker.evaluate(() => {
    const create = chrome.notifications.create.bind(chrome.notifications);
    const seen: unknown[] = [];
    Object.assign(globalThis, { capturedNotifications: seen });
    const notifications = chrome.notifications as unknown as { create(id: string, options: object): Promise<string> };
    notifications.create = (id, options) => (seen.push({ id, options }), (create as (id: string, options: object) => Promise<string>)(id, options));
  });
  const balance = sandbox.control.state().balance;
  await worker.evaluate((threshold) => chrome.storage.sync.set({ settings: { lowBalanceThreshold: threshold } }), balance + 1_000);
  await worker.evaluate(() => chrome.alarms.create('poll', { when: Date.now() }));
  const [notification] = await until(async () => {
    const seen = await worker.evaluate(() => (globalThis as unknown as { capturedNotifications: CapturedNotification[] }).capturedNotifications);
    return seen.length > 0 ? seen : null;
  }, 'a notification');
  const appName = await worker.evaluate(() => chrome.runtime.getManifest().name);
  for (const scheme of SCHEMES) {
    const page = await context.newPage();
    await page.setContent(notificationHtml(notification!, { appName, iconDataUrl: ICON, dark: scheme === 'dark' }));
    await page.locator('.n').screenshot({ path: join(SHOTS, `notification-${scheme}-en.png`) });
    await page.close();
  }

  await storeAssets(context);
} finally {
  await context.close();
  await sandbox.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`Pictures written to ${SHOTS} and ${STORE}.`);

/** A page at a size, in a language (DevTools Accept-Language override) and colour scheme. */
async function open(ctx: BrowserContext, url: string, look: { languages: readonly string[]; scheme: 'light' | 'dark'; width: number; height: number }): Promise<Page> {
  const page = await ctx.newPage();
  await page.setViewportSize({ width: look.width, height: look.height });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setUserAgentOverride', { userAgent: await page.evaluate(() => navigator.userAgent), acceptLanguage: look.languages.join(',') });
  await page.emulateMedia({ colorScheme: look.scheme, reducedMotion: 'reduce' });
  await page.goto(url);
  return page;
}

/**
 * The widget frame runs in its own process, which the page's language override does not
 * reach: set it on the frame's own DevTools session and reload the frame to take it.
 */
async function setFrameLanguage(ctx: BrowserContext, frame: Frame, languages: readonly string[]): Promise<void> {
  const cdp = await ctx.newCDPSession(frame);
  await cdp.send('Emulation.setUserAgentOverride', { userAgent: await frame.evaluate(() => navigator.userAgent), acceptLanguage: languages.join(',') });
  // The old document carries a mark, so only the reloaded one, with its pill, counts.
  await frame.evaluate(() => ((document.documentElement.dataset.beforeReload = ''), location.reload())).catch(() => undefined);
  const reloaded = () => document.documentElement.dataset.beforeReload === undefined && document.readyState === 'complete' && Boolean(document.querySelector('[data-testid=credits-pill]'));
  await until(() => frame.evaluate(reloaded), 'the widget in its language');
}

/** Polls `check` until it gives a truthy value, for at most a minute. */
async function until<T>(check: () => Promise<T | null | false>, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Store assets per language: 1280×800 screenshots and the 440×280 promo tile. */
async function storeAssets(ctx: BrowserContext): Promise<void> {
  const png = (name: string) => `data:image/png;base64,${readFileSync(join(SHOTS, name)).toString('base64')}`;
  const copy = JSON.parse(readFileSync(join(ROOT, 'docs/store/assets.json'), 'utf8')) as Record<string, { name: string; pitch: string; shots: Array<{ image: string; headline: string; text: string }> }>;
  for (const [lang, { name, pitch, shots }] of Object.entries(copy)) {
    const page = await ctx.newPage();
    for (const [i, shot] of shots.entries()) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.setContent(storeShotHtml({ ...shot, imageDataUrl: png(shot.image.replace('{lang}', lang)), dark: shot.image.includes('dark') }));
      await page.screenshot({ path: join(STORE, `screenshot-${i + 1}-${lang}.png`) });
    }
    await page.setViewportSize({ width: 440, height: 280 });
    await page.setContent(promoTileHtml({ name, pitch, iconDataUrl: ICON }));
    await page.screenshot({ path: join(STORE, `promo-tile-440x280-${lang}.png`) });
    await page.close();
  }
}
