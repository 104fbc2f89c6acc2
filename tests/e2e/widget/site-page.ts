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

/** Sends a command to the background from an extension page, as the popup does. */
export async function sendCommand(harness: ExtensionHarness, command: Record<string, unknown>): Promise<unknown> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  const answer = await page.evaluate((message) => chrome.runtime.sendMessage(message), command);
  await page.close();
  return answer;
}

/** Connects the extension to the sandbox, as the options page does; resolves once the first snapshot is stored. */
export async function connectToSandbox(harness: ExtensionHarness): Promise<void> {
  const answer = await sendCommand(harness, { type: 'connectToken', token: harness.sandbox.token });
  if (!(answer as { ok?: boolean } | undefined)?.ok) throw new Error(`connectToken failed: ${JSON.stringify(answer)}`);
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

/** `12,345 credits`, as the widget shows it in en-US. */
export const credits = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'credit' : 'credits'}`;

/** What the sandbox API itself answers: live lots and the newest transactions. */
export async function sandboxHistory(harness: ExtensionHarness) {
  const response = await fetch(`${harness.sandbox.url}/credits/history?limit=100`, {
    headers: { Authorization: `Bearer ${harness.sandbox.token}` },
  });
  const body = (await response.json()) as {
    data: {
      grants: Array<{ credits: number; remaining_credits: number; expires_at: string | null }>;
      transactions: Array<{ description?: string; credits: number }>;
    };
  };
  const now = Date.now();
  const live = body.data.grants.filter((g) => g.remaining_credits > 0 && (g.expires_at === null || Date.parse(g.expires_at) > now));
  return { lots: live, transactions: body.data.transactions };
}
