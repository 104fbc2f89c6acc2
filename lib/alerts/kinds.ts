/**
 * The alert conditions of product.md and their notification ids. Ids are fixed per
 * condition, so a repeat replaces the notification on screen instead of stacking.
 * Zod-free: the background, the protocol and the pages import these names.
 */
export const ALERT_KINDS = ['lowBalance', 'lowRunway', 'empty', 'expiring', 'topUp', 'tokenRejected'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const NOTIFICATION_IDS = {
  lowBalance: 'low-balance',
  lowRunway: 'low-runway',
  empty: 'empty',
  expiring: 'expiring',
  topUp: 'top-up',
  tokenRejected: 'token-rejected',
} as const satisfies Record<AlertKind, string>;
export type NotificationId = (typeof NOTIFICATION_IDS)[AlertKind];
export const NOTIFICATION_ID_LIST = ALERT_KINDS.map((kind) => NOTIFICATION_IDS[kind]);

/** The alert kind behind a notification id, or null for an id that is not ours. */
export function kindOfNotification(id: unknown): AlertKind | null {
  return ALERT_KINDS.find((kind) => NOTIFICATION_IDS[kind] === id) ?? null;
}

/** Conditions with a state that fires once and re-arms (the others are events or per lot). */
export const LATCHED_KINDS = ['lowBalance', 'lowRunway', 'empty', 'tokenRejected'] as const;
export type LatchedKind = (typeof LATCHED_KINDS)[number];

/** Hours a global pause can last; 0 resumes. */
export const PAUSE_HOURS = [0, 1, 8, 24] as const;
export type PauseHours = (typeof PAUSE_HOURS)[number];

/** How long the Snooze button silences one alert. */
export const SNOOZE_MS = 24 * 60 * 60_000;
