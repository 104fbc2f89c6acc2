import { INITIAL_ALERT_STATE } from '@/lib/storage/items';
import { budgetCrossings } from './budget';
import { evaluateExpiring } from './expiring';
import { runawayEvent, stepEpisode } from './runaway';
import type { AlertKind } from './kinds';
import {
  LOW_BALANCE_REARM_FACTOR,
  RUNWAY_REARM_MARGIN_DAYS,
  TOP_UP_MIN_CREDITS,
  type AlertEvent,
  type AlertInput,
  type AlertSettings,
  type AlertState,
  type Evaluation,
} from './types';

/** The state after install or a token change: everything armed, next snapshot a silent baseline. */
export function initialAlertState(): AlertState {
  return structuredClone({ ...INITIAL_ALERT_STATE, expiringFired: {}, snoozedUntil: {} }) as AlertState;
}

/**
 * Why an alert that fires now is not shown: turned off in settings, globally paused,
 * snoozed, or part of the silent baseline. The state still moves to "fired", so the
 * episode is not announced later either.
 */
function muted(kind: AlertKind, state: AlertState, settings: AlertSettings, now: number): boolean {
  if (!settings.alerts[kind]) return true;
  if (state.pausedUntil !== null && now < state.pausedUntil) return true;
  const snoozed = state.snoozedUntil[kind];
  return snoozed !== undefined && now < snoozed;
}

/**
 * The alert rules of docs/PRODUCT.md ("Alerts") as one pure step: the persisted state and
 * one input in, the next state and the notifications to show out. Hysteresis: low balance
 * re-arms above threshold + 10 % or on a top-up, low runway above N + 2 days, empty above
 * 0; an expiry window fires once per lot; a top-up fires on each rise of 500+; a rejected
 * token fires once until the token changes (the caller resets the state then). The first
 * snapshot after a reset is a silent baseline. When the balance reaches 0, only "empty" is
 * shown.
 */
export function evaluateAlerts(state: AlertState, input: AlertInput, settings: AlertSettings, now: number): Evaluation {
  const next: AlertState = structuredClone(state);
  const candidates: AlertEvent[] = [];

  if (input.type === 'tokenRejected') {
    if (next.tokenRejected === 'armed') {
      next.tokenRejected = 'fired';
      candidates.push({ kind: 'tokenRejected' });
    }
    return { state: next, events: candidates.filter((e) => !muted(e.kind, state, settings, now)) };
  }

  const { balance, runwayDays } = input;
  const threshold = settings.lowBalanceThreshold;
  const emptyNow = balance === 0 && next.empty === 'armed';

  if (balance === 0 && next.empty === 'armed') {
    next.empty = 'fired';
    candidates.push({ kind: 'empty' });
  } else if (balance > 0) {
    next.empty = 'armed';
  }

  if (next.lowBalance === 'armed' && balance < threshold) {
    next.lowBalance = 'fired';
    if (!emptyNow) candidates.push({ kind: 'lowBalance', balance, threshold });
  } else if (next.lowBalance === 'fired' && balance > threshold * LOW_BALANCE_REARM_FACTOR) {
    next.lowBalance = 'armed';
  }

  if (runwayDays !== null) {
    const n = settings.lowRunwayDays;
    if (next.lowRunway === 'armed' && runwayDays < n) {
      next.lowRunway = 'fired';
      if (!emptyNow && balance > 0) candidates.push({ kind: 'lowRunway', balance, runwayDays, thresholdDays: n });
    } else if (next.lowRunway === 'fired' && runwayDays > n + RUNWAY_REARM_MARGIN_DAYS) {
      next.lowRunway = 'armed';
    }
  }

  const expiring = evaluateExpiring(next.expiringFired, input.lots, settings.expiryWindows, now);
  next.expiringFired = expiring.fired;
  if (expiring.entered) {
    const { lot, windowDays, more } = expiring.entered;
    candidates.push({ kind: 'expiring', credits: lot.remaining, expiresAt: lot.expiresAt, windowDays, more });
  }

  const added = next.lastBalance === null ? 0 : balance - next.lastBalance;
  if (added >= TOP_UP_MIN_CREDITS) {
    candidates.push({ kind: 'topUp', added, balance });
    // A top-up re-arms low balance; if still below, it fires on the next snapshot.
    if (next.lowBalance === 'fired' && !candidates.some((e) => e.kind === 'lowBalance')) next.lowBalance = 'armed';
  }
  next.lastBalance = balance;

  if (input.spend) candidates.push(...evaluateSpend(next, input.spend, settings, now));

  const silent = state.baseline;
  next.baseline = false;
  return { state: next, events: silent ? [] : candidates.filter((e) => !muted(e.kind, state, settings, now)) };
}

/**
 * The spend rules, updating `next` in place: the runaway episode (announced once, when it
 * starts; with the alert off there is no episode) and the budgets (once per level per day
 * or month; of several crossings at once, the one of the longer period is announced).
 */
function evaluateSpend(next: AlertState, spend: NonNullable<Extract<AlertInput, { type: 'snapshot' }>['spend']>, settings: AlertSettings, now: number): AlertEvent[] {
  const events: AlertEvent[] = [];
  if (settings.alerts.runaway) {
    const step = stepEpisode(next.runaway, spend.reading, { sensitivity: settings.runawaySensitivity, minimum: settings.runawayMinimum });
    next.runaway = step.episode;
    if (step.started) events.push(runawayEvent(spend.reading));
  } else {
    next.runaway = null;
  }
  const budgets = budgetCrossings(next.budgetMarks, { day: spend.today, month: spend.month }, { day: settings.dailyBudget, month: settings.monthlyBudget }, now);
  next.budgetMarks = budgets.marks;
  const crossing = budgets.crossings.at(-1);
  if (crossing) events.push({ kind: 'budget', ...crossing, spent: Math.round(crossing.spent) });
  return events;
}

/** Silences one alert kind until `until` (the notification's Snooze button). */
export function snooze(state: AlertState, kind: AlertKind, until: number): AlertState {
  return { ...state, snoozedUntil: { ...state.snoozedUntil, [kind]: until } };
}

/** Pauses every alert until `until`, or resumes them with null. */
export function pause(state: AlertState, until: number | null): AlertState {
  return { ...state, pausedUntil: until };
}
