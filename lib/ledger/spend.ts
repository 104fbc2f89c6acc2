import type { Transaction } from '@/lib/api/domain';
import { CHARGE_TYPES } from './constants';

/** The type of a transaction that gives a tool call's credits back. */
export const REFUND_TYPE = 'refund';
/** A refund's description may repeat the call's with this prefix (the sandbox writes `Refund: web-search`). */
const REFUND_PREFIX = /^refund:\s*/i;

/** The spend windows of Insights' "Where credits went", in hours. */
export const SPEND_WINDOWS_HOURS = { day: 24, week: 7 * 24, month: 30 * 24 } as const;
export type SpendWindow = keyof typeof SPEND_WINDOWS_HOURS;

type SpendFields = Pick<Transaction, 'type' | 'credits'>;

/**
 * What a transaction adds to spending: a charge its credits, a refund minus its credits
 * (it gives them back to the same tool), everything else (purchases, expirations,
 * adjustments, unknown types) 0, as it is not spending. Never throws.
 */
export function spentCredits(tx: SpendFields): number {
  if (CHARGE_TYPES.has(tx.type)) return tx.credits < 0 ? -tx.credits : 0;
  return tx.type === REFUND_TYPE && tx.credits > 0 ? -tx.credits : 0;
}

/** A charge's or refund's tool and net credits; null for a transaction that is not spending. */
export function spendOf(tx: SpendFields & Pick<Transaction, 'description'>): ToolSpend | null {
  const credits = spentCredits(tx);
  return credits === 0 ? null : { tool: toolName(tx.description), credits };
}

/** The tool a charge or refund belongs to: its description, without a refund prefix ('' when none). */
export function toolName(description: string | null): string {
  if (description === null) return '';
  const name = description.trim();
  return name.charCodeAt(0) === 82 || name.charCodeAt(0) === 114 ? name.replace(REFUND_PREFIX, '') : name;
}

/** Credits spent on one tool; `credits` may be below zero when refunds outweigh charges. */
export type ToolSpend = { tool: string; credits: number };

export type SpendByTool = {
  /** Net credits spent in the window (charges minus refunds). */
  total: number;
  /** Every tool with net spend above zero, most first (ties by name). */
  tools: ToolSpend[];
};

/** The per-tool totals of `byTool`, positive only, most first (ties by name). Pure. */
export function rankTools(byTool: ReadonlyMap<string, number>): ToolSpend[] {
  const tools = [...byTool].map(([tool, credits]) => ({ tool, credits })).filter((t) => t.credits > 0);
  return tools.sort((a, b) => b.credits - a.credits || (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0));
}

/** The top `count` tools, the rest of the total as `other` (0 when none). Pure. */
export function topTools(spend: SpendByTool, count: number): { top: ToolSpend[]; other: number } {
  const top = spend.tools.slice(0, count);
  const shown = top.reduce((sum, t) => sum + t.credits, 0);
  return { top, other: Math.max(0, spend.total - shown) };
}
