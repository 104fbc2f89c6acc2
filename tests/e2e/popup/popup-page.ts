import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionHarness } from '../fixtures';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../../artifacts/screenshots');
export const POPUP_SIZE = { width: 380, height: 600 };

export type ColorScheme = 'light' | 'dark';

/** The popup's URL in the loaded extension, with an optional tab hash (`#activity`). */
export function popupUrl(harness: Pick<ExtensionHarness, 'extensionId'>, hash = ''): string {
  return `chrome-extension://${harness.extensionId}/popup.html${hash}`;
}

/** Opens the popup in a tab at popup size, in the given colour scheme. */
export async function openPopup(
  harness: ExtensionHarness,
  {
    colorScheme = 'light',
    hash = '',
    reducedMotion = 'no-preference',
  }: { colorScheme?: ColorScheme; hash?: string; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<Page> {
  const page = await harness.context.newPage();
  await page.setViewportSize(POPUP_SIZE);
  await page.emulateMedia({ colorScheme, reducedMotion });
  await page.goto(popupUrl(harness, hash));
  return page;
}

/** Saves a screenshot of the popup's content (what the toolbar popup shows) under artifacts/screenshots. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.locator('main').screenshot({ path, animations: 'disabled' });
  return path;
}
