import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import type { ExtensionHarness } from '../fixtures';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../../artifacts/screenshots');
export const SITE = 'https://www.agentpmt.com';
/** The widget's host element in the page (the content script's marker attribute). */
export const HOST = '[data-agentpmt-credits]';

export type ColorScheme = 'light' | 'dark';

/** Opens a page of the (routed) AgentPMT site in a new tab. */
export async function openSite(harness: ExtensionHarness, path = '/', colorScheme: ColorScheme = 'light'): Promise<Page> {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme });
  await page.goto(`${SITE}${path}`);
  return page;
}

/** The widget frame's document, as the user sees it (Playwright reaches into the extension frame). */
export function widget(page: Page): FrameLocator {
  return page.frameLocator(`${HOST} iframe`);
}

/** How many widget hosts the page holds. */
export const hostCount = (page: Page) => page.locator(HOST).count();

/** The widget frame's size in the page, in CSS pixels. */
export function frameSize(page: Page): Promise<{ width: number; height: number }> {
  return page.locator(`${HOST} iframe`).evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
}

/** Turns the "show widget on agentpmt.com" setting on or off, as the options page does. */
export async function setWidgetEnabled(harness: ExtensionHarness, enabled: boolean): Promise<void> {
  await harness.worker.evaluate(async (on) => {
    const { settings } = await chrome.storage.sync.get('settings');
    const current = typeof settings === 'object' && settings !== null ? settings : {};
    await chrome.storage.sync.set({ settings: { ...current, widgetEnabled: on } });
  }, enabled);
}

/** Saves a screenshot of a region of the page under artifacts/screenshots. */
export async function saveScreenshot(page: Page, name: string, clip: { x: number; y: number; width: number; height: number }): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, clip, animations: 'disabled' });
  return path;
}
