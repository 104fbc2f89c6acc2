import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The widget's frame in a page (its document is an extension page). */
export async function widgetFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const frame = page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/widget\.html/.test(f.url()));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('The widget frame did not load.');
    await page.waitForTimeout(50);
  }
}

/**
 * Runs axe-core in the widget frame (WCAG 2.x A/AA and best practices) and returns the ids
 * and targets of its violations. Evaluated through the DevTools protocol, so the extension
 * page's CSP does not apply to the injected script.
 */
export async function frameAxeViolations(frame: Frame): Promise<Array<{ id: string; targets: string[] }>> {
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
    };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
