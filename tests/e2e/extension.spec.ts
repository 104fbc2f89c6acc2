import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './fixtures';

describe('the production build in Chromium', () => {
  let harness: ExtensionHarness;
  beforeAll(async () => {
    harness = await launchExtension({ scenario: 'demo' });
  });
  afterAll(() => harness?.close());

  it('loads, and its service worker starts', async () => {
    const manifest = await harness.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('AgentPMT Credits');
    expect(harness.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('routes the AgentPMT website to the sandbox', async () => {
    const page = await harness.context.newPage();
    await page.goto('https://www.agentpmt.com/');
    await expect.poll(() => page.locator('header nav').count()).toBeGreaterThan(0);
    await page.close();
  });
});
