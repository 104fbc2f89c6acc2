import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ledger, LedgerError, type Lot } from '@/sandbox/ledger';

const T0 = Date.UTC(2026, 0, 15, 12);
const DAY = 86_400_000;

type Command =
  | { kind: 'buy'; credits: number; source: string }
  | { kind: 'call'; credits: number; success: boolean }
  | { kind: 'advance'; ms: number }
  | { kind: 'refund'; pick: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('buy' as const),
    credits: fc.oneof(fc.integer({ min: 1, max: 20 }).map((n) => n * 500), fc.integer({ min: -100, max: 12_000 })),
    source: fc.constantFrom('card', 'x402', 'job_reward', 'promotional'),
  }),
  fc.record({ kind: fc.constant('call' as const), credits: fc.integer({ min: 0, max: 3_000 }), success: fc.boolean() }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 200 * DAY }) }),
  fc.record({ kind: fc.constant('refund' as const), pick: fc.nat() }),
);

const snapshot = (lots: readonly Lot[]) => new Map(lots.map((lot) => [lot.id, lot.remaining]));

function apply(ledger: Ledger, cmd: Command, now: number): void {
  const before = snapshot(ledger.lots);
  const validPurchase = cmd.kind === 'buy' && cmd.credits > 0 && ((cmd.source !== 'card' && cmd.source !== 'x402') || cmd.credits % 500 === 0);
  try {
    if (cmd.kind === 'buy') ledger.grant({ credits: cmd.credits, source: cmd.source, now });
    if (cmd.kind === 'advance') ledger.advance(now);
    if (cmd.kind === 'refund') {
      const calls = ledger.transactions.filter((t) => t.type === 'tool_call');
      const target = calls[cmd.pick % Math.max(1, calls.length)];
      if (target) ledger.refund(target.id, now);
    }
    if (cmd.kind === 'call') {
      ledger.advance(now);
      const balance = ledger.balance();
      const lapsed = snapshot(ledger.lots);
      const result = ledger.toolCall({ tool: 'web-search', credits: cmd.credits, success: cmd.success, now });
      const expected = cmd.success && cmd.credits <= balance ? cmd.credits : 0;
      expect(result.charged).toBe(expected);
      expect(ledger.balance()).toBe(balance - expected);
      const drawn = ledger.lots.filter((lot) => lot.remaining < (lapsed.get(lot.id) ?? 0));
      const untouched = ledger.lots.filter((lot) => lot.remaining > 0 && !drawn.includes(lot));
      const latestDrawn = Math.max(...drawn.map((lot) => lot.expiresAt));
      for (const lot of untouched) expect(lot.expiresAt).toBeGreaterThanOrEqual(latestDrawn);
    }
    if (cmd.kind === 'buy') expect(validPurchase).toBe(true);
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    if (cmd.kind === 'buy') expect(validPurchase).toBe(false);
    if (cmd.kind !== 'buy' && cmd.kind !== 'refund') throw error;
    const lapsedOnly = [...snapshot(ledger.lots)].every(([id, left]) => left === before.get(id) || left === 0);
    expect(lapsedOnly).toBe(true);
  }
}

function checkInvariants(ledger: Ledger, now: number): void {
  const balance = ledger.balance();
  expect(ledger.lots.reduce((sum, lot) => sum + lot.remaining, 0)).toBe(balance);
  expect(ledger.transactions.reduce((sum, t) => sum + t.credits, 0)).toBe(balance);
  expect(ledger.transactions.at(-1)?.balanceAfter ?? 0).toBe(balance);
  for (const lot of ledger.lots) {
    expect(lot.remaining).toBeGreaterThanOrEqual(0);
    expect(lot.remaining).toBeLessThanOrEqual(lot.credits);
    if (lot.expiresAt <= now) expect(lot.remaining).toBe(0);
  }
  const times = ledger.transactions.map((t) => t.createdAt);
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(new Set(ledger.transactions.map((t) => t.id)).size).toBe(ledger.transactions.length);
}

describe('the ledger under random use', () => {
  it('conserves credits, spends soonest-expiring first and lapses expired lots', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        const ledger = new Ledger();
        let now = T0;
        for (const cmd of commands) {
          if (cmd.kind === 'advance') now += cmd.ms;
          else now += DAY / 4;
          apply(ledger, cmd, now);
          checkInvariants(ledger, now);
        }
      }),
      { numRuns: 300 },
    );
  });
});
