import { expect } from 'vitest';

/** Runs a function in an extension page of the browser under test: Playwright's `page.evaluate`, or the Firefox harness's `inExtension`. */
export type InExtensionPage = <T>(fn: () => T | Promise<T>) => Promise<T>;

/**
 * Fires the `poll` alarm now, as a one-shot alarm of the same name, and returns once it has
 * fired. The background re-creates the periodic poll alarm whenever it re-derives the
 * polling period (after a refresh, a settings change or a worker start), and that replaces
 * a one-shot set a moment before. So the page counts the one-shot alarms that fire (no
 * period: `undefined` in Chromium, `null` in Firefox), and the one-shot is set again for as
 * long as a periodic alarm has taken its place.
 */
export async function firePollAlarm(inPage: InExtensionPage): Promise<void> {
  const before = await inPage(() => {
    const page = globalThis as { oneShotPolls?: number };
    if (page.oneShotPolls === undefined) {
      page.oneShotPolls = 0;
      chrome.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === 'poll' && !alarm.periodInMinutes) page.oneShotPolls = (page.oneShotPolls ?? 0) + 1;
      });
    }
    return page.oneShotPolls;
  });
  const setOneShot = () => inPage(() => chrome.alarms.create('poll', { when: Date.now() }));
  await setOneShot();
  await expect
    .poll(async () => {
      const { fired, replaced } = await inPage(async () => ({
        fired: (globalThis as { oneShotPolls?: number }).oneShotPolls ?? 0,
        replaced: Boolean((await chrome.alarms.get('poll'))?.periodInMinutes),
      }));
      if (fired === before && replaced) await setOneShot();
      return fired > before;
    })
    .toBe(true);
}
