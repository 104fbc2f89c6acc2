import { describe, expect, it } from 'vitest';
import { addDays, dayKey, monthKey, startOfDay, startOfMonth } from '@/lib/ledger/calendar';
import { HOUR_MS } from '@/lib/ledger/constants';
import { spendByDay, spendByTool, spendInWindow, spendOf, spendSince, toolName, topTools } from '@/lib/ledger/spend';
import { NOW, makeTx } from './fixtures';

const at = (hoursAgo: number) => NOW - hoursAgo * HOUR_MS;
const call = (tool: string, credits: number, hoursAgo: number) =>
  makeTx({ id: `${tool}-${hoursAgo}-${credits}`, description: tool, credits: -credits, createdAt: at(hoursAgo) });

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

  it('names a charge without a description as the unknown tool', () => {
    expect(toolName(null)).toBe('');
    expect(toolName('  refund:  pdf-extract ')).toBe('pdf-extract');
  });
});

describe('spend by tool', () => {
  const txs = [
    call('scraper', 1_400, 0.2),
    call('search', 100, 0.5),
    call('search', 20, 30),
    makeTx({ id: 'r', type: 'refund', credits: 30, description: 'Refund: search', createdAt: at(1) }),
    makeTx({ id: 'p', type: 'purchase', credits: 5_000, createdAt: at(2) }),
    makeTx({ id: 'e', type: 'expiration', credits: -900, createdAt: at(3) }),
    call('old', 999, 24 * 31),
  ];

  it('counts charges, subtracts refunds from their tool, leaves out purchases and expirations', () => {
    expect(spendInWindow(txs, NOW, 24)).toEqual({
      total: 1_470,
      tools: [
        { tool: 'scraper', credits: 1_400 },
        { tool: 'search', credits: 70 },
      ],
    });
    expect(spendInWindow(txs, NOW, 24 * 7).total).toBe(1_490);
    expect(spendInWindow(txs, NOW, 24 * 30).tools.map((t) => t.tool)).not.toContain('old');
  });

  it('keeps the top tools and sums the rest as other', () => {
    const spend = spendByTool([call('a', 50, 1), call('b', 30, 1), call('c', 15, 1), call('d', 5, 1)], at(24));
    expect(topTools(spend, 2)).toEqual({ top: [{ tool: 'a', credits: 50 }, { tool: 'b', credits: 30 }], other: 20 });
    expect(topTools({ total: 0, tools: [] }, 5)).toEqual({ top: [], other: 0 });
  });
});

describe('spend by day', () => {
  const noon = startOfDay(NOW) + 12 * HOUR_MS;
  const callAt = (tool: string, credits: number, hoursBeforeNoon: number) =>
    makeTx({ id: `${tool}-${credits}`, description: tool, credits: -credits, createdAt: noon - hoursBeforeNoon * HOUR_MS });

  it('gives one bar per local day, oldest first, today last and partial', () => {
    const days = spendByDay([callAt('a', 10, 1), callAt('b', 25, 24), callAt('c', 7, 24 * 40)], noon, 30);
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toEqual({ start: startOfDay(noon), credits: 10 });
    expect(days.at(-2)).toEqual({ start: addDays(noon, -1), credits: 25 });
    expect(days.reduce((sum, d) => sum + d.credits, 0)).toBe(35);
  });

  it('counts a charge dated after now today', () => {
    expect(spendByDay([callAt('a', 10, -2)], noon, 3).at(-1)?.credits).toBe(10);
  });

  it('sums spend since a moment, such as midnight', () => {
    const txs = [callAt('a', 10, 1), callAt('b', 25, 13)];
    expect(spendSince(txs, startOfDay(noon))).toBe(10);
    expect(spendSince(txs, addDays(noon, -1))).toBe(35);
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
