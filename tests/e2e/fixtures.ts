import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { startSandbox, type Sandbox, type SandboxOptions } from '@/sandbox/server';
import { findChromium } from './browsers.mjs';

export const PRODUCTION_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Everything an end-to-end test drives: the browser, the extension's worker and the sandbox. */
export interface ExtensionHarness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

const ROUTED = /^https:\/\/(api\.agentpmt\.com|www\.agentpmt\.com|agentpmt\.com)\//;

/**
 * Starts the sandbox and a real Chromium with the production build loaded (or
 * `extensionDir`, for the benchmark a copy of it with its reference page added). AgentPMT's
 * API and website are routed to the sandbox, so the build under test is exactly the one
 * that ships.
 */
export async function launchExtension(options: SandboxOptions = {}, extensionDir = PRODUCTION_BUILD): Promise<ExtensionHarness> {
  const sandbox = await startSandbox({ port: 0, ...options });
  const profile = await mkdtemp(join(tmpdir(), 'agentpmt-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await context.route(ROUTED, async (route) => {
    const url = new URL(route.request().url());
    try {
      const response = await route.fetch({ url: `${sandbox.url}${url.pathname}${url.search}`, maxRedirects: 0 });
      await route.fulfill({ response });
    } catch {
      await route.abort('failed').catch(() => undefined);
    }
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await onboardingPage(context, extensionId);
  return {
    context,
    worker,
    extensionId,
    sandbox,
    async close() {
      await context.close();
      await sandbox.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits for the options page the extension opens on install. Tests start only after it:
 * Chrome may open it in the newest blank tab, which a test would otherwise be using.
 */
async function onboardingPage(context: BrowserContext, extensionId: string): Promise<void> {
  const url = `chrome-extension://${extensionId}/options.html`;
  const deadline = Date.now() + 30_000;
  while (!context.pages().some((page) => page.url().startsWith(url))) {
    if (Date.now() > deadline) throw new Error('The extension did not open its options page on install.');
    await new Promise((done) => setTimeout(done, 100));
  }
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
