import { initialAlertState } from '@/lib/alerts/evaluate';
import type { AlertInput, AlertSettings, AlertState, ExpiringLot } from '@/lib/alerts/types';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';

export const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 5, 1, 12);

export const SETTINGS: AlertSettings = {
  lowBalanceThreshold: DEFAULT_SETTINGS.lowBalanceThreshold,
  lowRunwayDays: DEFAULT_SETTINGS.lowRunwayDays,
  expiryWindows: [...DEFAULT_SETTINGS.expiryWindows],
  alerts: { ...DEFAULT_SETTINGS.alerts },
  runawaySensitivity: DEFAULT_SETTINGS.runawaySensitivity,
  runawayMinimum: DEFAULT_SETTINGS.runawayMinimum,
  dailyBudget: null,
  monthlyBudget: null,
};

/** A state past its baseline, everything armed, no previous balance (so no top-up). */
export function armed(overrides: Partial<AlertState> = {}): AlertState {
  return { ...initialAlertState(), baseline: false, ...overrides };
}

export function snap(balance: number, extra: { lots?: ExpiringLot[]; runwayDays?: number | null } = {}): AlertInput {
  return { type: 'snapshot', balance, lots: extra.lots ?? [], runwayDays: extra.runwayDays ?? null };
}

export const lot = (key: string, daysLeft: number, remaining: number | null = 300): ExpiringLot => ({
  key,
  remaining,
  expiresAt: NOW + daysLeft * DAY,
});
