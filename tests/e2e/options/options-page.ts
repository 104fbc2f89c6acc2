import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionHarness } from '../fixtures';

export interface PageLook {
  /** Preferred languages, as the browser would report them (`navigator.languages`). */
  languages?: string[];
  colorScheme?: 'light' | 'dark';
}

export const SCREENSHOTS = resolve(import.meta.dirname, '../../../artifacts/screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Waits for the options tab that the background opens on install: until it is there, the
 * background may still navigate a freshly opened tab to it.
 */
export async function installSettled(harness: ExtensionHarness, timeoutMs = 30_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const opened = harness.context.pages().find((page) => page.url().endsWith('/options.html'));
    if (opened) {
      await opened.waitForLoadState();
      return opened;
    }
    if (Date.now() > deadline) throw new Error('The options page did not open on install');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Opens an extension page in a new tab, in the given language and colour scheme. The
 * language is set through the DevTools protocol's Accept-Language override, which is
 * what `navigator.languages` reports, so the page picks its locale exactly as it would
 * in a browser set to that language.
 */
export async function openExtensionPage(harness: ExtensionHarness, path: string, look: PageLook = {}): Promise<Page> {
  await installSettled(harness);
  const page = await harness.context.newPage();
  if (look.languages) {
    const cdp = await harness.context.newCDPSession(page);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent, acceptLanguage: look.languages.join(',') });
  }
  await page.emulateMedia({ colorScheme: look.colorScheme ?? 'light', reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${harness.extensionId}/${path}`);
  return page;
}

/** The options page, once its settings have loaded. */
export async function openOptions(harness: ExtensionHarness, look: PageLook = {}): Promise<Page> {
  const page = await openExtensionPage(harness, 'options.html', look);
  await page.getByRole('region', { name: /^(Alerts|Warnungen)$/ }).waitFor();
  return page;
}

/** Pastes a token into the form and presses Connect. */
export async function submitToken(page: Page, token: string): Promise<void> {
  await page.getByLabel(/^(Agent Group token|Agent-Group-Token)$/).fill(token);
  await page.getByRole('button', { name: /^(Connect|Verbinden)$/ }).click();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Runs axe-core on the page (WCAG 2.x A and AA rules) and returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not apply to.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Saves a full-page screenshot as `artifacts/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}
