import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '@/lib/time';
import { readSpend } from '@/lib/ledger/spend-reading';
import { EMPTY_SPEND_TRACK, trackBalance } from '@/lib/ledger/spend-track';
import { NOW, makeTx } from '@/tests/helpers/ledger-fixtures';

const call = (tool: string, credits: number, minutesAgo: number, i = 0) =>
  makeTx({ id: `${tool}-${minutesAgo}-${i}`, description: tool, credits: -credits, createdAt: NOW - minutesAgo * MINUTE_MS });
const none = { added: 0, expired: 0 };
const tracked = (from: number, balances: number[]) =>
  balances.reduce(
    (track, balance, i) => trackBalance(track, { at: NOW - (from - i * 5) * MINUTE_MS, balance, nextExpiryAt: null, changes: none }),
    EMPTY_SPEND_TRACK,
  );

describe('readSpend', () => {
  it('takes the amount from the balance when the calls seen cover less of the drop', () => {
    const track = tracked(20, [10_000, 9_800, 9_200, 8_480, 8_480]);
    const seen = [call('Web Scraper', 100, 3, 1), call('Web Scraper', 100, 4, 2), call('Search', 20, 6)];
    const reading = readSpend(seen, track, NOW);
    expect(reading.spent).toBe(1_520);
    expect(reading.seen).toBe(220);
    expect(reading.tools).toEqual([
      { tool: 'Web Scraper', credits: 200 },
      { tool: 'Search', credits: 20 },
    ]);
    expect(reading.largestCalls).toBe(220);
    expect(reading.since).toBe(NOW - 20 * MINUTE_MS);
    expect(reading.toolsKnown).toBe(true);
  });

  it('ranks first the tool that repeats: most credits beyond its two largest calls', () => {
    const loop = [0, 1, 2, 3, 4].map((i) => call('Web Scraper', 70, 1 + i, i));
    const reading = readSpend([call('deep-research', 734, 2), ...loop], EMPTY_SPEND_TRACK, NOW);
    expect(reading.tools).toEqual([
      { tool: 'Web Scraper', credits: 350 },
      { tool: 'deep-research', credits: 734 },
    ]);
    expect(reading.largestCalls).toBe(734 + 140);
  });

  it('takes the calls seen when tracking began inside the window', () => {
    const reading = readSpend([call('a', 300, 50), call('b', 30, 90)], tracked(10, [5_000]), NOW);
    expect(reading.spent).toBe(300);
    expect(reading.since).toBe(NOW - 50 * MINUTE_MS);
  });

  it('in balance-only mode has the amount and no tools', () => {
    const reading = readSpend(null, tracked(10, [5_000, 4_400, 4_000]), NOW);
    expect(reading).toMatchObject({ spent: 1_000, tools: [], seen: 0, largestCalls: 0, toolsKnown: false });
  });

  it('reads nothing spent with nothing known', () => {
    expect(readSpend([], EMPTY_SPEND_TRACK, NOW)).toMatchObject({ spent: 0, since: NOW, tools: [] });
  });
});
