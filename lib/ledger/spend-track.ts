import { DAY_MS, HOUR_MS } from '@/lib/time';

/**
 * The exact spend rate, from balance changes between polls. The history page holds at
 * most 100 transactions, fewer than a runaway agent makes, but the balance never misses
 * a call: what left the balance between two polls, minus what expired, plus what was
 * bought, was spent.
 */

/** Credits spent between two polls. */
export type BalanceStep = { from: number; to: number; spent: number };
/** Credits spent in one clock hour (`at` is the hour's start, epoch-aligned). */
export type HourSpend = { at: number; credits: number };

export type SpendTrack = {
  /** When tracking began (the first poll seen); hours before it are unknown, not zero. */
  since: number | null;
  /** The last poll's balance, and when its next expiry was due (balance-only mode needs it). */
  last: { at: number; balance: number; nextExpiryAt: number | null } | null;
  /** Spend per poll interval over the last `STEP_RETENTION_MS`, oldest first. */
  steps: BalanceStep[];
  /** Spend per clock hour over the last `HOUR_RETENTION_MS`, oldest first; hours without spend are left out. */
  hours: HourSpend[];
  /**
   * Credits the balance rose by that no purchase in the history explained yet (0 when
   * none). The next poll that reads the history may find the purchase and use them up
   * (see `BalanceObservation`); then they are dropped.
   */
  credit: number;
};

/** One successful poll, with what the history tells about the interval since the last one. */
export type BalanceObservation = {
  at: number;
  balance: number;
  nextExpiryAt: number | null;
  /**
   * Credits granted (bought, rewarded) and credits expired since the last poll, from the
   * history; null in balance-only mode, where a rise reads as a purchase and a drop across
   * an expiry date is not counted (its split between expiry and spending is unknown).
   * A rise nothing explains becomes the track's `credit`: the balance can show a pack a
   * poll before the history dates it (the server's clock ahead of ours), and the purchase
   * the next history finds is then not read as spending.
   */
  changes: { added: number; expired: number } | null;
};

export const EMPTY_SPEND_TRACK: SpendTrack = { since: null, last: null, steps: [], hours: [], credit: 0 };
/** Poll intervals are kept this long: enough for the 60-minute rate and its hour of calm. */
export const STEP_RETENTION_MS = 2 * HOUR_MS;
/** Hourly spend is kept this long: a month's budget and the 7-day usual rate. */
export const HOUR_RETENTION_MS = 32 * DAY_MS;
const MAX_STEPS = 500;

/**
 * The track after one poll: the credits spent since the last poll become a step and are
 * spread over the clock hours the interval covers. The first poll, and a poll dated
 * before the last (a clock that went back), only record the balance. Pure.
 */
export function trackBalance(track: SpendTrack, obs: BalanceObservation): SpendTrack {
  const last = { at: obs.at, balance: obs.balance, nextExpiryAt: obs.nextExpiryAt };
  const prev = track.last;
  if (prev === null || obs.at <= prev.at) return { ...track, since: track.since ?? obs.at, last };
  const { spent, credit } = spentBetween(prev, obs, track.credit);
  const step = { from: prev.at, to: obs.at, spent };
  const steps = [...track.steps, step].filter((s) => s.to > obs.at - STEP_RETENTION_MS).slice(-MAX_STEPS);
  const hours = spent > 0 ? addToHours(track.hours, step) : track.hours;
  const since = Math.max(track.since ?? prev.at, obs.at - HOUR_RETENTION_MS);
  return { since, last, steps, hours: hours.filter((h) => h.at > obs.at - HOUR_RETENTION_MS), credit };
}

/**
 * One interval's spend, and the credit after it: a balance-only poll adds its rise; a
 * poll with the history lets a purchase use the credit up, then keeps only its own rise.
 */
function spentBetween(prev: NonNullable<SpendTrack['last']>, obs: BalanceObservation, credit: number): { spent: number; credit: number } {
  if (obs.changes === null) {
    const expiryPassed = prev.nextExpiryAt !== null && prev.nextExpiryAt > prev.at && prev.nextExpiryAt <= obs.at;
    const drop = prev.balance - obs.balance;
    return { spent: expiryPassed ? 0 : Math.max(0, drop), credit: credit + Math.max(0, -drop) };
  }
  const net = prev.balance + obs.changes.added - obs.changes.expired - obs.balance;
  if (net < 0) return { spent: 0, credit: -net };
  return { spent: net - Math.min(credit, net, obs.changes.added), credit: 0 };
}

function addToHours(hours: readonly HourSpend[], step: BalanceStep): HourSpend[] {
  const byHour = new Map(hours.map((h) => [h.at, h.credits]));
  const span = step.to - step.from;
  const first = Math.max(Math.floor(step.from / HOUR_MS), Math.floor((step.to - HOUR_RETENTION_MS) / HOUR_MS));
  for (let hour = first * HOUR_MS; hour < step.to; hour += HOUR_MS) {
    const overlap = Math.min(step.to, hour + HOUR_MS) - Math.max(step.from, hour);
    if (overlap > 0) byHour.set(hour, (byHour.get(hour) ?? 0) + (step.spent * overlap) / span);
  }
  return [...byHour].map(([at, credits]) => ({ at, credits })).sort((a, b) => a.at - b.at);
}

/**
 * Credits the balance lost to spending in (`from`, `to`]: the steps inside, and the
 * overlapping share of a step that straddles an end (spending is taken as even within a
 * poll interval). Pure.
 */
export function trackedSpend(steps: readonly BalanceStep[], from: number, to: number): number {
  let total = 0;
  for (const step of steps) {
    const overlap = Math.min(step.to, to) - Math.max(step.from, from);
    if (overlap > 0) total += (step.spent * overlap) / (step.to - step.from);
  }
  return total;
}

/** Credits the hourly track holds from `from` on (an hour that straddles `from` counts pro rata). Pure. */
export function trackedSpendSince(hours: readonly HourSpend[], from: number): number {
  let total = 0;
  for (const hour of hours) {
    const overlap = Math.min(HOUR_MS, hour.at + HOUR_MS - from);
    if (overlap > 0) total += (hour.credits * overlap) / HOUR_MS;
  }
  return total;
}

/**
 * The credits seen granted and expired in (`from`, `to`] of the history: the grants
 * created then (purchases, rewards) and the expiration transactions dated then. Pure.
 */
export function changesBetween(
  grants: readonly { credits: number; createdAt: number }[],
  transactions: readonly { type: string; credits: number; createdAt: number }[],
  from: number,
  to: number,
): { added: number; expired: number } {
  let added = 0;
  let expired = 0;
  for (const grant of grants) if (grant.createdAt > from && grant.createdAt <= to) added += grant.credits;
  for (const tx of transactions) {
    if (tx.type === EXPIRATION_TYPE && tx.createdAt > from && tx.createdAt <= to) expired += Math.abs(tx.credits);
  }
  return { added, expired };
}

/** The type of a transaction that records credits lost to expiry. */
export const EXPIRATION_TYPE = 'expiration';
