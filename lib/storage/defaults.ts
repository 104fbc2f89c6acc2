/** Settings as a new install has them (product.md: Options page, Alerts). */
export const DEFAULT_SETTINGS = {
  lowBalanceThreshold: 500,
  lowRunwayDays: 7,
  expiryWindows: [30, 7, 1],
  refreshMinutes: 5,
  badgeMode: 'credits',
  theme: 'system',
  widgetEnabled: true,
  alerts: {
    lowBalance: true,
    lowRunway: true,
    empty: true,
    expiring: true,
    topUp: true,
    tokenRejected: true,
  },
} as const satisfies Record<string, unknown>;

/** Samples for the balance chart: at most one per 10 minutes, kept for 30 days. */
export const SAMPLE_SPACING_MS = 10 * 60_000;
export const SAMPLE_RETENTION_MS = 30 * 24 * 60 * 60_000;
