import { describe, expect, it } from 'vitest';
import { expiryFor, Ledger, LedgerError, LOT_SOURCE } from '@/sandbox/ledger';

const T0 = Date.UTC(2026, 0, 15, 12);
const DAY = 86_400_000;

function ledgerWith(...lots: Array<{ credits: number; source?: string; at?: number }>): Ledger {
  const ledger = new Ledger();
  for (const lot of lots) ledger.grant({ credits: lot.credits, source: lot.source, now: lot.at ?? T0 });
  return ledger;
}

function errorOf(run: () => unknown): LedgerError {
  try {
    run();
  } catch (error) {
    if (error instanceof LedgerError) return error;
    throw error;
  }
  throw new Error('expected a LedgerError');
}

describe('grants', () => {
  it.each([
    [500, 'card'],
    [1_000, 'card'],
    [10_000, 'x402'],
    [750, 'job_reward'],
    [250, 'promotional'],
  ])('accepts %i credits from %s', (credits, source) => {
    const ledger = ledgerWith({ credits, source });
    expect(ledger.balance()).toBe(credits);
  });

  it.each([
    [700, 'card', 'invalid_pack'],
    [499, 'x402', 'invalid_pack'],
    [0, 'card', 'invalid_credits'],
    [-500, 'card', 'invalid_credits'],
    [500.5, 'card', 'invalid_credits'],
    [0, 'job_reward', 'invalid_credits'],
  ])('rejects %s credits from %s with 422 %s', (credits, source, code) => {
    const ledger = new Ledger();
    const error = errorOf(() => ledger.grant({ credits, source, now: T0 }));
    expect([error.status, error.code]).toEqual([422, code]);
    expect(ledger.transactions).toHaveLength(0);
  });

  it.each([
    ['card', '2026-01-15T12:00:00.000Z', '2027-01-15T12:00:00.000Z'],
    ['x402', '2028-02-29T00:00:00.000Z', '2029-03-01T00:00:00.000Z'],
    ['job_reward', '2027-03-01T00:00:00.000Z', '2028-02-29T00:00:00.000Z'],
    ['job_reward', '2026-01-15T12:00:00.000Z', '2027-01-15T12:00:00.000Z'],
  ])('a %s lot bought %s expires %s', (source, bought, expires) => {
    expect(new Date(expiryFor(source, Date.parse(bought))).toISOString()).toBe(expires);
  });

  it('records a purchase transaction with the lot id and running balance', () => {
    const ledger = ledgerWith({ credits: 500 }, { credits: 1_000, at: T0 + DAY });
    const [first, second] = ledger.transactions;
    expect(second).toMatchObject({ type: 'purchase', credits: 1_000, balanceAfter: 1_500, grantId: ledger.lots[1]?.id });
    expect(first?.id).not.toBe(second?.id);
  });
});

describe('tool calls', () => {
  it('spends the lot that expires soonest first, even when it is newer', () => {
    const older = Date.parse('2027-03-01T12:00:00Z');
    const newer = Date.parse('2027-03-02T00:00:00Z');
    const ledger = ledgerWith({ credits: 500, source: LOT_SOURCE.CARD, at: older }, { credits: 300, source: LOT_SOURCE.JOB_REWARD, at: newer });
    const result = ledger.toolCall({ tool: 'web-search', credits: 100, success: true, now: newer + DAY });
    expect(ledger.lots.map((lot) => lot.remaining)).toEqual([500, 200]);
    expect(ledger.transactions.at(-1)).toMatchObject({ type: 'tool_call', credits: -100, grantId: ledger.lots[1]?.id, description: 'web-search' });
    expect(result).toMatchObject({ outcome: 'charged', charged: 100, balance: 700 });
  });

  it('spans lots when one is not enough, recording one transaction without a single lot', () => {
    const ledger = ledgerWith({ credits: 500 }, { credits: 1_000, at: T0 + 30 * DAY });
    ledger.toolCall({ tool: 'deep-research', credits: 600, success: true, now: T0 + 31 * DAY });
    expect(ledger.lots.map((lot) => lot.remaining)).toEqual([0, 900]);
    expect(ledger.transactions.filter((t) => t.type === 'tool_call')).toHaveLength(1);
    expect(ledger.transactions.at(-1)).toMatchObject({ credits: -600, grantId: null, balanceAfter: 900 });
  });

  it.each([
    ['a failed call', { credits: 50, success: false }, 'tool_failed'],
    ['a call the balance cannot cover', { credits: 501, success: true }, 'insufficient_credits'],
  ])('charges nothing for %s', (_label, call, outcome) => {
    const ledger = ledgerWith({ credits: 500 });
    const result = ledger.toolCall({ tool: 'pdf-extract', ...call, now: T0 + 1 });
    expect(result).toEqual({ outcome, charged: 0, balance: 500, transactionId: null });
    expect(ledger.transactions).toHaveLength(1);
  });

  it('rejects a price that is not a whole number of credits', () => {
    const ledger = ledgerWith({ credits: 500 });
    expect(errorOf(() => ledger.toolCall({ tool: 'x', credits: 1.5, success: true, now: T0 })).status).toBe(422);
  });
});

describe('expiry and the clock', () => {
  it('lapses leftover credits with an expiration transaction dated at the expiry', () => {
    const ledger = ledgerWith({ credits: 500 });
    ledger.toolCall({ tool: 'email-send', credits: 100, success: true, now: T0 + DAY });
    ledger.grant({ credits: 1_000, now: T0 + 60 * DAY });
    const lapsed = ledger.advance(T0 + 400 * DAY);
    expect(lapsed).toHaveLength(1);
    expect(lapsed[0]).toMatchObject({ type: 'expiration', credits: -400, grantId: ledger.lots[0]?.id, balanceAfter: 1_000 });
    expect(lapsed[0]?.createdAt).toBe(expiryFor('card', T0));
    expect(ledger.balance()).toBe(1_000);
    expect(ledger.nextExpiry()).toBe(expiryFor('card', T0 + 60 * DAY));
  });

  it('does not lapse a lot a moment before its expiry', () => {
    const ledger = ledgerWith({ credits: 500 });
    expect(ledger.advance(expiryFor('card', T0) - 1)).toEqual([]);
    expect(ledger.advance(expiryFor('card', T0))).toHaveLength(1);
  });

  it('reports no next expiry once the balance is 0', () => {
    const ledger = ledgerWith({ credits: 500 });
    ledger.toolCall({ tool: 'video-render', credits: 500, success: true, now: T0 });
    expect(ledger.nextExpiry()).toBeNull();
  });

  it('refuses to go back in time', () => {
    const ledger = ledgerWith({ credits: 500, at: T0 + DAY });
    expect(errorOf(() => ledger.advance(T0)).code).toBe('clock_backwards');
  });
});

describe('refunds', () => {
  function charged() {
    const ledger = ledgerWith({ credits: 500 }, { credits: 500, at: T0 + DAY });
    const { transactionId } = ledger.toolCall({ tool: 'code-review', credits: 700, success: true, now: T0 + 2 * DAY });
    return { ledger, id: transactionId ?? '' };
  }

  it('gives the credits back to the lots the call drew from', () => {
    const { ledger, id } = charged();
    const refund = ledger.refund(id, T0 + 3 * DAY);
    expect(refund).toMatchObject({ type: 'refund', credits: 700, balanceAfter: 1_000, description: 'Refund: code-review' });
    expect(ledger.lots.map((lot) => lot.remaining)).toEqual([500, 500]);
  });

  it.each([
    ['twice', (l: Ledger, id: string) => (l.refund(id, T0 + 3 * DAY), id), T0 + 3 * DAY, 'already_refunded'],
    ['an unknown id', () => 'nope', T0 + 3 * DAY, 'not_found'],
    ['a purchase', (l: Ledger) => l.transactions[0]?.id ?? '', T0 + 3 * DAY, 'not_refundable'],
    ['after a lot it drew from expired', (_l: Ledger, id: string) => id, T0 + 370 * DAY, 'lot_expired'],
  ])('is refused %s', (_label, pick, at, code) => {
    const { ledger, id } = charged();
    const target = pick(ledger, id);
    expect(errorOf(() => ledger.refund(target, at)).code).toBe(code);
  });
});
