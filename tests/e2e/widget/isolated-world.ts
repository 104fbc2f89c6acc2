import type { Page } from 'playwright-core';

/**
 * Runs code in our content script's isolated world on `page`, as a compromised page
 * process could (CDP finds the world Chromium made for the extension). `expression` is an
 * async function's source; the answer is its result, or `{ error }` with the rejection's
 * message.
 */
export async function evaluateInContentScript(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => void contexts.push(context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
    if (!world) throw new Error('The content script has no isolated world on this page.');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${expression})().then((value) => ({ value }), (e) => ({ error: String(e && e.message || e) }))`,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}
