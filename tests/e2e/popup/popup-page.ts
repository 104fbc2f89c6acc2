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

/**
 * Sends one command to the background from an extension page, as the popup and options
 * page do, and returns the answer, from the first open extension page (there is always
 * one: the options page opened on install, unless a test closed it).
 */
export async function sendCommand(harness: ExtensionHarness, command: Record<string, unknown>): Promise<unknown> {
  const page = harness.context.pages().find((p) => p.url().startsWith(`chrome-extension://${harness.extensionId}/`));
  if (!page) throw new Error('No extension page is open to send the command from.');
  return page.evaluate((message) => chrome.runtime.sendMessage(message), command);
}

/**
 * Connects the extension to the sandbox the way the options page does: a `connectToken`
 * command. Resolves once the background has accepted the token (it checks it with one
 * balance request and writes the first snapshot).
 */
export async function connectToSandbox(harness: ExtensionHarness): Promise<void> {
  const answer = await sendCommand(harness, { type: 'connectToken', token: harness.sandbox.token });
  if (!(answer as { ok?: boolean } | undefined)?.ok) throw new Error(`connectToken failed: ${JSON.stringify(answer)}`);
}

/** Saves a screenshot of the popup's content (what the toolbar popup shows) under artifacts/screenshots. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.locator('main').screenshot({ path, animations: 'disabled' });
  return path;
}
