import type { AlertState } from '@/lib/storage/items';
import type { Settings } from '@/lib/storage/settings';
import type { SpendReading } from '@/lib/ledger/spend-reading';
import type { BudgetPeriod, BudgetLevel } from './budget';
import type { AlertKind } from './kinds';

export type { AlertState };

/** The settings the alert rules read. */
export type AlertSettings = Pick<
  Settings,
  'lowBalanceThreshold' | 'lowRunwayDays' | 'expiryWindows' | 'alerts' | 'runawaySensitivity' | 'runawayMinimum' | 'dailyBudget' | 'monthlyBudget'
>;

/** What the spend rules look at: the last 60 minutes, and today's and this month's spend. */
export interface SpendInput {
  reading: SpendReading;
  today: number;
  month: number;
}

/** A lot that can expire: a grant, or in balance-only mode the next expiry (credits unknown). */
export interface ExpiringLot {
  /** Stable per lot: the grant id, or `@<expiry>` in balance-only mode. */
  key: string;
  remaining: number | null;
  expiresAt: number;
}

/** What one evaluation looks at: a good snapshot, or a poll that got 401/403. */
export type AlertInput =
  | { type: 'snapshot'; balance: number; lots: readonly ExpiringLot[]; runwayDays: number | null; spend?: SpendInput }
  | { type: 'tokenRejected' };

/** One notification to show, carrying only validated numbers. */
export type AlertEvent =
  | { kind: 'lowBalance'; balance: number; threshold: number }
  | { kind: 'empty' }
  | { kind: 'lowRunway'; balance: number; runwayDays: number; thresholdDays: number }
  | { kind: 'expiring'; credits: number | null; expiresAt: number; windowDays: number; more: number }
  | { kind: 'topUp'; added: number; balance: number }
  | { kind: 'tokenRejected' }
  | {
      kind: 'runaway';
      spent: number;
      minutes: number;
      /** Times the usual rate, rounded. */
      multiple: number;
      /** The tool the loop is on (the reading's first tool), and its credits; null in balance-only mode. */
      tool: { name: string; credits: number } | null;
      /** True when the calls seen cover less than the balance drop. */
      partial: boolean;
    }
  | { kind: 'budget'; period: BudgetPeriod; level: BudgetLevel; spent: number; budget: number };

export interface Evaluation {
  state: AlertState;
  /** At most one event per kind. */
  events: AlertEvent[];
}

export type { AlertKind };

/** Low balance re-arms once the balance rises above threshold × this. */
export const LOW_BALANCE_REARM_FACTOR = 1.1;
/** Low runway re-arms once the runway rises above N + this many days. */
export const RUNWAY_REARM_MARGIN_DAYS = 2;
/** A rise of at least this many credits between two snapshots is a top-up. */
export const TOP_UP_MIN_CREDITS = 500;
/** Announced (lot, window) pairs kept at most. */
export const MAX_EXPIRING_FIRED = 1000;
