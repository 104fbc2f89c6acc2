import { describe, expect, it } from 'vitest';
import { balanceBody } from '@/sandbox/ledger-views';
import { buildScenario, isScenarioName, SCENARIOS, type Scenario, type ScenarioName } from '@/sandbox/scenarios';
import { TOOLS } from '@/sandbox/tools';
import { DAY, NOW } from './helpers';

const built = new Map<ScenarioName, Scenario>();
/** Each scenario built once at NOW, for the tests that only read it. */
function scenario(name: ScenarioName): Scenario {
  const cached = built.get(name) ?? buildScenario(name, NOW);
  built.set(name, cached);
  return cached;
}

const PRICE_RANGES = new Map(TOOLS.map((tool) => [tool.name, [tool.min, tool.max] as const]));

describe('scenarios', () => {
  it.each(SCENARIOS)('%s is generated the same way every time and stands at the given time', (name) => {
    const first = scenario(name);
    const second = buildScenario(name, NOW);
    expect(second.ledger.transactions).toEqual(first.ledger.transactions);
    expect(second.ledger.lots).toEqual(first.ledger.lots);
    expect(first.ledger.clock).toBe(NOW);
    expect(first.ledger.transactions.every((t) => t.createdAt <= NOW)).toBe(true);
  });

  it.each(SCENARIOS)('%s prices every tool call within its tool’s documented tier', (name) => {
    const calls = scenario(name).ledger.transactions.filter((t) => t.type === 'tool_call');
    for (const call of calls) {
      const [min, max] = PRICE_RANGES.get(call.description) ?? [NaN, NaN];
      expect(-call.credits).toBeGreaterThanOrEqual(min);
      expect(-call.credits).toBeLessThanOrEqual(max);
    }
  });

  it('demo: several lots from several sources, one with credits left expiring within a week', () => {
    const { ledger } = scenario('demo');
    expect(ledger.lots.length).toBeGreaterThanOrEqual(5);
    expect(new Set(ledger.lots.map((lot) => lot.source)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(ledger.lots.map((lot) => lot.credits)).size).toBeGreaterThanOrEqual(4);
    const soon = ledger.lots.filter((lot) => lot.remaining > 0 && lot.expiresAt - NOW <= 7 * DAY);
    expect(soon.length).toBeGreaterThan(0);
    expect(balanceBody(ledger, NOW).data.expires_in_days).toBeLessThanOrEqual(7);
  });

  it('demo: a few hundred tool calls over the last ~45 days across many tools, plus purchases', () => {
    const { ledger } = scenario('demo');
    const calls = ledger.transactions.filter((t) => t.type === 'tool_call');
    expect(calls.length).toBeGreaterThanOrEqual(200);
    expect(calls.length).toBeLessThanOrEqual(400);
    expect(calls.every((t) => NOW - t.createdAt <= 46 * DAY)).toBe(true);
    expect(new Set(calls.map((t) => t.description)).size).toBeGreaterThanOrEqual(8);
    const recentPurchases = ledger.transactions.filter((t) => t.type === 'purchase' && NOW - t.createdAt <= 45 * DAY);
    expect(recentPurchases.length).toBeGreaterThanOrEqual(1);
    expect(ledger.transactions.some((t) => t.type === 'expiration')).toBe(true);
  });

  it('new-account: no credits and no history', () => {
    const { ledger } = scenario('new-account');
    expect([ledger.balance(), ledger.lots.length, ledger.transactions.length]).toEqual([0, 0, 0]);
  });

  it('low: a balance below 500', () => {
    const balance = scenario('low').ledger.balance();
    expect(balance).toBeGreaterThan(0);
    expect(balance).toBeLessThan(500);
  });

  it('expiring-soon: most credits sit in a lot expiring within 3 days', () => {
    const { ledger } = scenario('expiring-soon');
    const soon = ledger.lots.filter((lot) => lot.remaining > 0 && lot.expiresAt - NOW <= 3 * DAY);
    const soonCredits = soon.reduce((sum, lot) => sum + lot.remaining, 0);
    expect(soonCredits).toBeGreaterThan(ledger.balance() / 2);
  });

  it('many-lots: about twelve lots', () => {
    const { ledger } = scenario('many-lots');
    expect(ledger.lots).toHaveLength(12);
    expect(ledger.balance()).toBeGreaterThan(0);
  });

  it('heavy: exactly 10,000 transactions', () => {
    const { ledger } = scenario('heavy');
    expect(ledger.transactions).toHaveLength(10_000);
    expect(ledger.transactions.filter((t) => t.type === 'tool_call').length).toBeGreaterThan(9_000);
  });

  it('balance-only: the demo account without a history endpoint', () => {
    const balanceOnly = scenario('balance-only');
    expect(balanceOnly.historyAvailable).toBe(false);
    expect(balanceOnly.ledger.balance()).toBe(scenario('demo').ledger.balance());
  });

  it.each([
    ['demo', true],
    ['heavy', true],
    ['nope', false],
    [42, false],
  ])('isScenarioName(%s) is %s', (value, expected) => {
    expect(isScenarioName(value)).toBe(expected);
  });
});
