import { browser } from '#imports';

/** Every alarm the extension creates, named once. */
export const ALARMS = { poll: 'poll' } as const;

/**
 * Makes the poll alarm match `periodMinutes`, idempotently (SWL-3): created only when it
 * is missing or its period differs, because re-creating an alarm restarts its countdown
 * and a worker that restarts often would then never poll. `null` removes it.
 * Returns what it did. Throws only if the alarms API does.
 */
export async function ensurePollAlarm(periodMinutes: number | null): Promise<'created' | 'kept' | 'cleared' | 'none'> {
  const existing = await browser.alarms.get(ALARMS.poll);
  if (periodMinutes === null) {
    if (!existing) return 'none';
    await browser.alarms.clear(ALARMS.poll);
    return 'cleared';
  }
  if (existing && existing.periodInMinutes === periodMinutes) return 'kept';
  await browser.alarms.create(ALARMS.poll, { delayInMinutes: periodMinutes, periodInMinutes: periodMinutes });
  return 'created';
}
