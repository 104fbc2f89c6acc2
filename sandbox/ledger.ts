/**
 * The sandbox's credit ledger: lots (grants), spending and expiry under AgentPMT's
 * documented rules. No I/O and no clock of its own: every operation takes `now`
 * (epoch ms), which must never go backwards.
 *
 * Choices where the docs are silent:
 * - Spending takes from the lot that expires soonest first and may span lots.
 * - A tool call is one transaction; its `grantId` is the lot it drew from, or null
 *   when it drew from several.
 * - A failed tool call, or one the balance cannot cover, records no transaction.
 * - A lapsed lot's leftover becomes an `expiration` transaction dated at its expiry.
 */
import { expiryFor, LedgerError, LOT_SOURCE, PACK_CREDITS, TOOL_CALL_OUTCOME, TRANSACTION_TYPE } from './ledger-rules';
import type { Draw, Lot, ToolCallResult, Transaction } from './ledger-rules';

export * from './ledger-rules';

/** Spending order: soonest expiry first, then oldest grant. */
const bySpendOrder = (a: Lot, b: Lot): number => a.expiresAt - b.expiresAt || a.createdAt - b.createdAt;

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

export class Ledger {
  private readonly lotList: Lot[] = [];
  private readonly txnList: Transaction[] = [];
  private readonly refunded = new Set<string>();
  private seq = 0;
  private time = Number.NEGATIVE_INFINITY;

  /** Lots in the order they were granted. */
  get lots(): readonly Lot[] {
    return this.lotList;
  }

  /** Transactions, oldest first. */
  get transactions(): readonly Transaction[] {
    return this.txnList;
  }

  /** The latest time the ledger has been brought to. */
  get clock(): number {
    return this.time;
  }

  /** Credits available now: the sum of what is left in every lot. */
  balance(): number {
    return this.lotList.reduce((sum, lot) => sum + lot.remaining, 0);
  }

  /** The soonest expiry among lots with credits left, or null when the balance is 0. */
  nextExpiry(): number | null {
    const live = this.lotList.filter((lot) => lot.remaining > 0).map((lot) => lot.expiresAt);
    return live.length === 0 ? null : Math.min(...live);
  }

  /**
   * Moves the ledger to `now` and lapses every lot whose expiry has passed.
   * Throws LedgerError 409 if `now` is earlier than a time already seen.
   */
  advance(now: number): Transaction[] {
    if (now < this.time) throw new LedgerError(409, 'clock_backwards', 'The ledger clock cannot go backwards');
    this.time = now;
    const lapsed = this.lotList.filter((lot) => lot.remaining > 0 && lot.expiresAt <= now).sort(bySpendOrder);
    return lapsed.map((lot) => {
      const credits = lot.remaining;
      lot.remaining = 0;
      return this.record(TRANSACTION_TYPE.EXPIRATION, -credits, 'Credits expired', lot.id, lot.expiresAt, []);
    });
  }

  /**
   * Adds a lot. Card and x402 purchases must be positive multiples of 500 credits;
   * job rewards and promotional grants any positive whole number. Throws LedgerError 422.
   */
  grant(input: { credits: number; source?: string; now: number }): Lot {
    const { credits, now, source = LOT_SOURCE.CARD } = input;
    const purchase = source === LOT_SOURCE.CARD || source === LOT_SOURCE.X402;
    if (!isCount(credits) || credits === 0) throw new LedgerError(422, 'invalid_credits', 'Credits must be a positive integer');
    if (purchase && credits % PACK_CREDITS !== 0) {
      throw new LedgerError(422, 'invalid_pack', `Purchases must be a multiple of ${PACK_CREDITS} credits`);
    }
    this.advance(now);
    const lot: Lot = { id: this.nextId(now), credits, remaining: credits, source, createdAt: now, expiresAt: expiryFor(source, now) };
    this.lotList.push(lot);
    const type = purchase ? TRANSACTION_TYPE.PURCHASE : source === LOT_SOURCE.JOB_REWARD ? source : TRANSACTION_TYPE.ADJUSTMENT;
    const description = purchase ? `Purchased ${credits} credits (${source})` : `Granted ${credits} credits (${source})`;
    this.record(type, credits, description, lot.id, now, []);
    return lot;
  }

  /**
   * Charges a tool call, soonest-expiring lot first. A failed call, or one the balance
   * cannot cover, charges nothing and records nothing. Throws LedgerError 422 for a
   * price that is not a whole number of credits.
   */
  toolCall(input: { tool: string; credits: number; success: boolean; now: number }): ToolCallResult {
    if (!isCount(input.credits)) throw new LedgerError(422, 'invalid_credits', 'Credits must be a non-negative integer');
    this.advance(input.now);
    const balance = this.balance();
    const nothing = { charged: 0, balance, transactionId: null };
    if (!input.success) return { outcome: TOOL_CALL_OUTCOME.TOOL_FAILED, ...nothing };
    if (input.credits > balance) return { outcome: TOOL_CALL_OUTCOME.INSUFFICIENT_CREDITS, ...nothing };
    const draws: Draw[] = [];
    let due = input.credits;
    for (const lot of [...this.lotList].filter((l) => l.remaining > 0).sort(bySpendOrder)) {
      if (due === 0) break;
      const take = Math.min(due, lot.remaining);
      lot.remaining -= take;
      due -= take;
      draws.push({ lotId: lot.id, credits: take });
    }
    const grantId = draws.length === 1 ? (draws[0]?.lotId ?? null) : null;
    const txn = this.record(TRANSACTION_TYPE.TOOL_CALL, -input.credits, input.tool, grantId, input.now, draws);
    return { outcome: TOOL_CALL_OUTCOME.CHARGED, charged: input.credits, balance: txn.balanceAfter, transactionId: txn.id };
  }

  /**
   * Gives a charged tool call's credits back to the lots it drew from. Throws
   * LedgerError 404 (unknown), 409 (not a charged tool call, already refunded, or a lot
   * it drew from has since expired).
   */
  refund(transactionId: string, now: number): Transaction {
    this.advance(now);
    const original = this.txnList.find((t) => t.id === transactionId);
    if (!original) throw new LedgerError(404, 'not_found', 'No such transaction');
    if (original.type !== TRANSACTION_TYPE.TOOL_CALL || original.credits === 0) {
      throw new LedgerError(409, 'not_refundable', 'Only a charged tool call can be refunded');
    }
    if (this.refunded.has(transactionId)) throw new LedgerError(409, 'already_refunded', 'Already refunded');
    const lots = original.draws.map((draw) => ({ draw, lot: this.lotList.find((l) => l.id === draw.lotId) }));
    if (lots.some(({ lot }) => !lot || lot.expiresAt <= now)) {
      throw new LedgerError(409, 'lot_expired', 'A lot this call drew from has expired');
    }
    for (const { draw, lot } of lots) if (lot) lot.remaining += draw.credits;
    this.refunded.add(transactionId);
    return this.record(TRANSACTION_TYPE.REFUND, -original.credits, `Refund: ${original.description}`, original.grantId, now, []);
  }

  private record(type: string, credits: number, description: string, grantId: string | null, at: number, draws: Draw[]): Transaction {
    const txn = { id: this.nextId(at), type, credits, balanceAfter: this.balance(), description, grantId, createdAt: at, draws };
    this.txnList.push(txn);
    return txn;
  }

  /** A MongoDB-style ObjectId: seconds since the epoch, then a counter. */
  private nextId(at: number): string {
    this.seq += 1;
    const seconds = Math.max(0, Math.floor(at / 1000)).toString(16).padStart(8, '0').slice(-8);
    return seconds + this.seq.toString(16).padStart(16, '0');
  }
}
