import type { Grant } from '@/lib/api/domain';
import { CREDIT_EPSILON, SPEND_ORDER } from './constants';
import { compareLots } from './lots';
import { DAY_MS } from '@/lib/time';

/** What one lot is projected to become, in whole credits. */
export type LotForecast = {
  lotId: string;
  /** Credits projected to be spent before the lot expires. */
  projectedSpent: number;
  /** Credits projected to be left when the lot expires: lost. */
  projectedUnused: number;
  /** Credits neither spent nor lost: only a lot that never expires while nothing is spent. */
  projectedKept: number;
};

export type ExpiryForecast = {
  /** The spending order the projection assumes; AgentPMT does not document it. */
  spendOrder: typeof SPEND_ORDER;
  /** The burn rate projected, in credits per day. */
  ratePerDay: number;
  /** One entry per lot, in spending order. */
  lots: LotForecast[];
  totalSpent: number;
  totalUnused: number;
  totalKept: number;
};

type ForecastLot = Pick<Grant, 'id' | 'remaining' | 'createdAt' | 'expiresAt'>;

/**
 * Projects which credits will expire unused if spending goes on at `ratePerDay` from
 * `now`, assuming the soonest-expiring lot is spent first (the sandbox's rule; AgentPMT
 * does not document one). No lot is spent after its expiry: whatever is left then is
 * unused. Walks the lots once with a time cursor (the moment spending moves on to the
 * next lot), so the cost is one sort however long the horizon. Spent credits are rounded
 * down to whole credits, so a forecast never understates what is lost. A lot already
 * expired at `now` is wholly unused.
 * Throws RangeError when `ratePerDay` is negative or not finite.
 */
export function forecastExpiry(lots: readonly ForecastLot[], ratePerDay: number, now: number): ExpiryForecast {
  if (!(ratePerDay >= 0) || !Number.isFinite(ratePerDay)) {
    throw new RangeError(`ratePerDay must be a finite number >= 0, got ${ratePerDay}`);
  }
  const ratePerMs = ratePerDay / DAY_MS;
  let cursor = now;
  const result: LotForecast[] = [];
  for (const lot of [...lots].sort(compareLots)) {
    const remaining = Math.max(0, lot.remaining);
    if (lot.expiresAt === null) {
      const spent = ratePerMs > 0 ? remaining : 0;
      result.push({ lotId: lot.id, projectedSpent: spent, projectedUnused: 0, projectedKept: remaining - spent });
      if (ratePerMs > 0) cursor += remaining / ratePerMs;
      continue;
    }
    const capacity = ratePerMs * Math.max(0, lot.expiresAt - cursor);
    if (capacity + CREDIT_EPSILON >= remaining) {
      result.push({ lotId: lot.id, projectedSpent: remaining, projectedUnused: 0, projectedKept: 0 });
      if (ratePerMs > 0) cursor += remaining / ratePerMs;
    } else {
      const spent = Math.floor(capacity);
      result.push({ lotId: lot.id, projectedSpent: spent, projectedUnused: remaining - spent, projectedKept: 0 });
      cursor = Math.max(cursor, lot.expiresAt);
    }
  }
  return {
    spendOrder: SPEND_ORDER,
    ratePerDay,
    lots: result,
    totalSpent: sum(result, 'projectedSpent'),
    totalUnused: sum(result, 'projectedUnused'),
    totalKept: sum(result, 'projectedKept'),
  };
}

function sum(items: readonly LotForecast[], key: 'projectedSpent' | 'projectedUnused' | 'projectedKept'): number {
  return items.reduce((total, item) => total + item[key], 0);
}
