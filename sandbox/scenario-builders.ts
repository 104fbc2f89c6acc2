import { DAY_MS, LOT_SOURCE, Ledger } from './ledger';
import type { Rng } from './prng';
import { daysBefore, runTimeline, yearsBefore } from './scenario-timeline';
import { LOW_TIER_TOOLS, pickCall } from './tools';

const { CARD, X402, JOB_REWARD, PROMOTIONAL } = LOT_SOURCE;
const HOUR_MS = 3_600_000;

/**
 * A realistic account: seven lots from every source, one expired with credits lapsing,
 * one with credits left that expires in 5½ days, ~300 tool calls over the last 45 days
 * across a dozen tools, a refund, and recent purchases.
 */
export function buildDemo(ledger: Ledger, rng: Rng, now: number): void {
  runTimeline(
    ledger,
    rng,
    [
      { at: yearsBefore(now, 1, -35), kind: 'grant', credits: 2_500, source: CARD },
      { at: daysBefore(now, 300), kind: 'grant', credits: 750, source: JOB_REWARD },
      { at: yearsBefore(now, 1, 5.5), kind: 'grant', credits: 10_000, source: CARD },
      { at: daysBefore(now, 150), kind: 'grant', credits: 2_500, source: X402 },
      { at: daysBefore(now, 60), kind: 'grant', credits: 5_000, source: CARD },
      { at: daysBefore(now, 30), kind: 'grant', credits: 500, source: PROMOTIONAL },
      { at: daysBefore(now, 12), kind: 'refund-last-call' },
      { at: daysBefore(now, 6), kind: 'grant', credits: 1_000, source: CARD },
    ],
    [{ from: daysBefore(now, 45), to: now - HOUR_MS / 6, calls: 300, failureRate: 0.03 }],
  );
}

/** Twelve lots bought about a month apart, with four months of steady use. */
export function buildManyLots(ledger: Ledger, rng: Rng, now: number): void {
  const sizes = [500, 1_000, 2_500, 5_000, 10_000] as const;
  const sources = [CARD, CARD, X402, CARD, JOB_REWARD, CARD, PROMOTIONAL] as const;
  const events = Array.from({ length: 12 }, (_, i) => {
    const source = sources[i % sources.length] ?? CARD;
    const pack = sizes[rng.int(0, sizes.length - 1)] ?? 500;
    const credits = source === JOB_REWARD || source === PROMOTIONAL ? rng.int(1, 20) * 50 : pack;
    return { at: daysBefore(now, 350 - i * 30), kind: 'grant' as const, credits, source };
  });
  runTimeline(ledger, rng, events, [{ from: daysBefore(now, 120), to: now - HOUR_MS, calls: 250, failureRate: 0.02 }]);
}

/** One 500-credit pack, mostly spent on cheap calls: the balance is below 500. */
export function buildLow(ledger: Ledger, rng: Rng, now: number): void {
  runTimeline(
    ledger,
    rng,
    [{ at: daysBefore(now, 40), kind: 'grant', credits: 500, source: CARD }],
    [{ from: daysBefore(now, 39), to: now - HOUR_MS, calls: 70, tools: LOW_TIER_TOOLS }],
  );
}

/** Most credits sit in a lot that lapses in under two days. */
export function buildExpiringSoon(ledger: Ledger, rng: Rng, now: number): void {
  runTimeline(
    ledger,
    rng,
    [
      { at: yearsBefore(now, 1, 2) - 3 * HOUR_MS, kind: 'grant', credits: 5_000, source: CARD },
      { at: daysBefore(now, 20), kind: 'grant', credits: 1_000, source: CARD },
    ],
    [{ from: daysBefore(now, 30), to: now - HOUR_MS, calls: 60, tools: LOW_TIER_TOOLS }],
  );
}

/** Exactly `count` transactions over six months: tool calls, topped up with 10,000-credit packs. */
export function buildHeavy(ledger: Ledger, rng: Rng, now: number, count = 10_000): void {
  const start = daysBefore(now, 180);
  const step = Math.floor((180 * DAY_MS) / count);
  for (let i = 0; ledger.transactions.length < count; i += 1) {
    const at = start + i * step;
    if (ledger.balance() < 2_500) ledger.grant({ credits: 10_000, source: CARD, now: at });
    else ledger.toolCall({ ...pickCall(rng), success: true, now: at });
  }
}
