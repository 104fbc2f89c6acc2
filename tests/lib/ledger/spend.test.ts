import { describe, expect, it } from 'vitest';
import { addDays, dayKey, monthKey, startOfDay, startOfMonth } from '@/lib/ledger/calendar';
import { HOUR_MS } from '@/lib/time';
import { rankTools, spendOf, toolName, topTools } from '@/lib/ledger/spend';
import { spendOverview } from '@/lib/ledger/spend-overview';
import { NOW, makeTx } from '@/tests/helpers/ledger-fixtures';

const noon = startOfDay(NOW) + 12 * HOUR_MS;
const call = (tool: string, credits: number, hoursAgo: number) =>
  makeTx({ id: `${tool}-${hoursAgo}-${credits}`, description: tool, credits: -credits, createdAt: noon - hoursAgo * HOUR_MS });
const noTrack = { hours: [] };

describe('spendOf', () => {
  it.each([
    ['tool_call', -40, 'Web Scraper', { tool: 'Web Scraper', credits: 40 }],
    ['refund', 40, 'Refund: Web Scraper', { tool: 'Web Scraper', credits: -40 }],
    ['purchase', 500, 'Purchased', null],
    ['expiration', -200, 'Credits expired', null],
    ['adjustment', -50, 'Fix', null],
    ['tool_call', 0, 'free', null],
    ['mystery', -10, 'x', null],
  ] as const)('%s %d → %j', (type, credits, description, expected) => {
    expect(spendOf({ type, credits, description })).toEqual(expected);
  });

  it('names a charge without a description as the unknown tool, and strips a refund prefix', () => {
    expect(toolName(null)).toBe('');
    expect(toolName('  refund:  pdf-extract ')).toBe('pdf-extract');
    expect(toolName('Reports')).toBe('Reports');
  });
});

describe('spendOverview by tool', () => {
  const txs = [
    call('scraper', 1_400, 0.2),
    call('search', 100, 0.5),
    call('search', 20, 30),
    makeTx({ id: 'r', type: 'refund', credits: 30, description: 'Refund: search', createdAt: noon - HOUR_MS }),
    makeTx({ id: 'p', type: 'purchase', credits: 5_000, createdAt: noon - 2 * HOUR_MS }),
    makeTx({ id: 'e', type: 'expiration', credits: -900, createdAt: noon - 3 * HOUR_MS }),
    call('old', 999, 24 * 31),
  ];

  it('counts charges, subtracts refunds from their tool, leaves out purchases and expirations', () => {
    const { byWindow } = spendOverview(txs, noTrack, noon);
    expect(byWindow.day).toEqual({
      total: 1_470,
      tools: [
        { tool: 'scraper', credits: 1_400 },
        { tool: 'search', credits: 70 },
      ],
    });
    expect(byWindow.week.total).toBe(1_490);
    expect(byWindow.month.tools.map((t) => t.tool)).not.toContain('old');
  });

  it('keeps the top tools and sums the rest as other', () => {
    const tools = rankTools(new Map([['a', 50], ['b', 30], ['c', 15], ['d', 5], ['e', -3]]));
    expect(topTools({ total: 97, tools }, 2)).toEqual({ top: [{ tool: 'a', credits: 50 }, { tool: 'b', credits: 30 }], other: 17 });
    expect(topTools({ total: 0, tools: [] }, 5)).toEqual({ top: [], other: 0 });
  });
});

describe('spendOverview by day', () => {
  it('gives one bar per local day, oldest first, today last and partial', () => {
    const { days } = spendOverview([call('a', 10, 1), call('b', 25, 24), call('c', 7, 24 * 40)], noTrack, noon);
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toEqual({ start: startOfDay(noon), credits: 10 });
    expect(days.at(-2)).toEqual({ start: addDays(noon, -1), credits: 25 });
    expect(days.reduce((sum, d) => sum + d.credits, 0)).toBe(35);
  });

  it('counts a charge dated after now today', () => {
    expect(spendOverview([call('a', 10, -2)], noTrack, noon).days.at(-1)?.credits).toBe(10);
  });

  it('sums today and this month, the balance track raising what the history misses', () => {
    const txs = [call('a', 10, 1), call('b', 25, 13), call('c', 40, 24 * 45)];
    const overview = spendOverview(txs, noTrack, noon);
    expect(overview.today).toBe(10);
    expect(overview.month).toBe(startOfMonth(noon) <= noon - 13 * HOUR_MS ? 35 : 10);
    expect(spendOverview(txs, { hours: [{ at: noon - 2 * HOUR_MS, credits: 500 }] }, noon).today).toBe(500);
  });
});

describe('calendar keys', () => {
  it('names local days and months', () => {
    const date = new Date(2026, 10, 6, 15, 30).getTime();
    expect(dayKey(date)).toBe('2026-11-06');
    expect(monthKey(date)).toBe('2026-11');
    expect(startOfMonth(date)).toBe(new Date(2026, 10, 1).getTime());
  });
});
