/** AgentPMT's credit rules and the ledger's record types, shared by the ledger and its callers. */
export const PACK_CREDITS = 500;
export const DAY_MS = 86_400_000;

export const LOT_SOURCE = { CARD: 'card', X402: 'x402', JOB_REWARD: 'job_reward', PROMOTIONAL: 'promotional' } as const;
export const TRANSACTION_TYPE = {
  PURCHASE: 'purchase',
  TOOL_CALL: 'tool_call',
  EXPIRATION: 'expiration',
  REFUND: 'refund',
  ADJUSTMENT: 'adjustment',
} as const;
export const TOOL_CALL_OUTCOME = {
  CHARGED: 'charged',
  TOOL_FAILED: 'tool_failed',
  INSUFFICIENT_CREDITS: 'insufficient_credits',
} as const;

export interface Lot {
  id: string;
  credits: number;
  remaining: number;
  source: string;
  createdAt: number;
  expiresAt: number;
}

export interface Draw {
  lotId: string;
  credits: number;
}

export interface Transaction {
  id: string;
  type: string;
  credits: number;
  balanceAfter: number;
  description: string;
  grantId: string | null;
  createdAt: number;
  /** Which lots a tool call drew from; used to refund it. */
  draws: readonly Draw[];
}

export interface ToolCallResult {
  outcome: (typeof TOOL_CALL_OUTCOME)[keyof typeof TOOL_CALL_OUTCOME];
  charged: number;
  balance: number;
  transactionId: string | null;
}

/** A rule violation, with the HTTP status the control API answers it with. */
export class LedgerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'LedgerError';
  }
}

/** When a lot granted at `createdAt` lapses: 12 calendar months later, or 365 days for job rewards. */
export function expiryFor(source: string, createdAt: number): number {
  if (source === LOT_SOURCE.JOB_REWARD) return createdAt + 365 * DAY_MS;
  const date = new Date(createdAt);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.getTime();
}
