/**
 * Whether a new install shows the widget on agentpmt.com: not in Firefox, where the widget
 * frame's address carries an id fixed for the install that every script on the site could
 * read and use to recognise the browser. The user may turn it on there.
 */
export function widgetOnByDefault(browser: string): boolean {
  return browser !== 'firefox';
}

/** Settings as a new install has them (product.md: Options page, Alerts). */
export const DEFAULT_SETTINGS = {
  lowBalanceThreshold: 500,
  lowRunwayDays: 7,
  expiryWindows: [30, 7, 1],
  refreshMinutes: 5,
  badgeMode: 'credits',
  theme: 'system',
  widgetEnabled: widgetOnByDefault(import.meta.env.BROWSER),
  alerts: {
    lowBalance: true,
    lowRunway: true,
    empty: true,
    expiring: true,
    topUp: true,
    tokenRejected: true,
  },
} as const satisfies Record<string, unknown>;

/** The allowed range of each number setting: the stored schema and the options page share it. */
export const SETTING_LIMITS = {
  lowBalanceThreshold: { min: 0, max: 10_000_000 },
  lowRunwayDays: { min: 1, max: 90 },
  refreshMinutes: { min: 1, max: 60 },
  expiryWindow: { min: 1, max: 365 },
} as const;
/** At most this many expiry warning windows. */
export const MAX_EXPIRY_WINDOWS = 5;

/** Samples for the balance chart: at most one per 10 minutes, kept for 30 days. */
export const SAMPLE_SPACING_MS = 10 * 60_000;
export const SAMPLE_RETENTION_MS = 30 * 24 * 60 * 60_000;
/** The most samples the retention window can hold. */
export const MAX_SAMPLES = Math.ceil(SAMPLE_RETENTION_MS / SAMPLE_SPACING_MS);

/** Transactions kept across refreshes (merged by id, newest first). */
export const MAX_STORED_TRANSACTIONS = 500;
/** Grants kept from one history response. */
export const MAX_STORED_GRANTS = 500;

/** What pages read when no token is stored. */
export const DISCONNECTED = { connected: false, tokenHint: null, connectedAt: null } as const;

/** Alert state after install and after every token change: the next snapshot is a silent baseline. */
export const INITIAL_ALERT_STATE = {
  baseline: true,
  lowBalance: 'armed',
  lowRunway: 'armed',
  empty: 'armed',
  tokenRejected: 'armed',
  expiringFired: {},
  lastBalance: null,
  snoozedUntil: {},
  pausedUntil: null,
} as const;

/** Poll schedule with no failures, no retry pending and no fast-polling window. */
export const INITIAL_SCHEDULE = {
  failures: 0,
  nextAttemptAt: null,
  retryReason: null,
  lastAttemptAt: null,
  lastSuccessAt: null,
  fastUntil: null,
  stopped: false,
} as const;
