import { DAY_MS } from '@/lib/time';

/**
 * Every alert condition of the product, one row each. Everything else about a kind is
 * derived from its row: the stored on/off setting and its default, the latched state the
 * alert state keeps, the notification's id and buttons, where a click leads, and the
 * toggle on the options page (labelled `options.alerts.<kind>`).
 * Zod-free: the background, the protocol and the pages import it.
 *
 * - `notificationId`: fixed per condition, so a repeat replaces the notification on
 *   screen instead of stacking.
 * - `latched`: fires once and re-arms (its state is stored); otherwise an event or per lot.
 * - `actionable`: the notification offers two buttons (where the browser has them): the
 *   one that opens `click`'s page (Buy credits, or the activity) and Snooze.
 * - `click`: where a click on the notification leads: the buy page, the options page, or
 *   the activity list (filtered to the tool named, if any).
 * - `defaultOn`: whether a new install shows it.
 */
export const ALERTS = {
  lowBalance: { notificationId: 'low-balance', latched: true, actionable: true, click: 'buy', defaultOn: true },
  lowRunway: { notificationId: 'low-runway', latched: true, actionable: true, click: 'buy', defaultOn: true },
  empty: { notificationId: 'empty', latched: true, actionable: true, click: 'buy', defaultOn: true },
  expiring: { notificationId: 'expiring', latched: false, actionable: true, click: 'buy', defaultOn: true },
  topUp: { notificationId: 'top-up', latched: false, actionable: false, click: 'buy', defaultOn: true },
  tokenRejected: { notificationId: 'token-rejected', latched: true, actionable: false, click: 'options', defaultOn: true },
  runaway: { notificationId: 'runaway', latched: false, actionable: true, click: 'activity', defaultOn: true },
  budget: { notificationId: 'budget', latched: false, actionable: true, click: 'activity', defaultOn: true },
} as const satisfies Record<string, AlertRow>;

interface AlertRow {
  notificationId: string;
  latched: boolean;
  actionable: boolean;
  click: 'buy' | 'options' | 'activity';
  defaultOn: boolean;
}

export type AlertKind = keyof typeof ALERTS;
/** Every kind, in the table's order (the options page lists them so). */
export const ALERT_KINDS = Object.keys(ALERTS) as readonly AlertKind[];

export type NotificationId = (typeof ALERTS)[AlertKind]['notificationId'];
export const NOTIFICATION_ID_LIST: readonly NotificationId[] = ALERT_KINDS.map((kind) => ALERTS[kind].notificationId);

/** Kinds whose state latches (armed → fired → re-armed), kept in the alert state. */
export type LatchedKind = { [K in AlertKind]: (typeof ALERTS)[K]['latched'] extends true ? K : never }[AlertKind];
const LATCHED_KINDS = ALERT_KINDS.filter((kind) => ALERTS[kind].latched) as readonly LatchedKind[];

/** One value per kind, in table order: for deriving settings, defaults and schemas. */
export function perKind<T>(value: (kind: AlertKind) => T): Record<AlertKind, T> {
  return Object.fromEntries(ALERT_KINDS.map((kind) => [kind, value(kind)])) as Record<AlertKind, T>;
}

/** One value per latched kind. */
export function perLatchedKind<T>(value: (kind: LatchedKind) => T): Record<LatchedKind, T> {
  return Object.fromEntries(LATCHED_KINDS.map((kind) => [kind, value(kind)])) as Record<LatchedKind, T>;
}

/** The alert kind behind a notification id, or null for an id that is not ours. */
export function kindOfNotification(id: unknown): AlertKind | null {
  return ALERT_KINDS.find((kind) => ALERTS[kind].notificationId === id) ?? null;
}

/** Hours a global pause can last; 0 resumes. */
export const PAUSE_HOURS = [0, 1, 8, 24] as const;
export type PauseHours = (typeof PAUSE_HOURS)[number];

/** How long the Snooze button silences one alert. */
export const SNOOZE_MS = DAY_MS;
