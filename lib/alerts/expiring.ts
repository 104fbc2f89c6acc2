import { MAX_EXPIRING_FIRED, type ExpiringLot } from './types';
import { DAY_MS } from '@/lib/time';

type Fired = Record<string, number>;

export interface ExpiringResult {
  fired: Fired;
  /** The soonest lot that entered a new window, and how many others did; null if none. */
  entered: { lot: ExpiringLot; windowDays: number; more: number } | null;
}

const firedKey = (lot: ExpiringLot, windowDays: number) => `${lot.key}|${windowDays}`;

/**
 * Expiry warnings, once per lot and window (docs/PRODUCT.md, "Alerts"): a lot with credits
 * left enters a window when it expires within that many days. A lot that enters several
 * windows at once (first seen 5 days before expiry) is announced once, for the tightest,
 * and all of them are marked. Entries of lots expired for a day are pruned; at most
 * `MAX_EXPIRING_FIRED` are kept. Pure.
 */
export function evaluateExpiring(
  fired: Readonly<Fired>,
  lots: readonly ExpiringLot[],
  windows: readonly number[],
  now: number,
): ExpiringResult {
  const next: Fired = {};
  for (const [key, expiresAt] of Object.entries(fired)) {
    if (expiresAt > now - DAY_MS) next[key] = expiresAt;
  }
  const entered: Array<{ lot: ExpiringLot; windowDays: number }> = [];
  for (const lot of lots) {
    if ((lot.remaining !== null && lot.remaining <= 0) || lot.expiresAt <= now) continue;
    const inside = windows.filter((w) => lot.expiresAt - now <= w * DAY_MS);
    const fresh = inside.filter((w) => !(firedKey(lot, w) in next));
    if (fresh.length === 0) continue;
    for (const w of inside) next[firedKey(lot, w)] = lot.expiresAt;
    entered.push({ lot, windowDays: Math.min(...fresh) });
  }
  entered.sort((x, y) => x.lot.expiresAt - y.lot.expiresAt);
  const first = entered[0];
  return {
    fired: bound(next),
    entered: first ? { ...first, more: entered.length - 1 } : null,
  };
}

function bound(fired: Fired): Fired {
  const entries = Object.entries(fired);
  if (entries.length <= MAX_EXPIRING_FIRED) return fired;
  entries.sort((x, y) => y[1] - x[1]);
  return Object.fromEntries(entries.slice(0, MAX_EXPIRING_FIRED));
}
