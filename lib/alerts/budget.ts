import { dayKey, monthKey } from '@/lib/ledger/calendar';

export const BUDGET_PERIODS = ['day', 'month'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];
/** The shares of a budget that alert, in percent. */
export const BUDGET_LEVELS = [80, 100] as const;
export type BudgetLevel = (typeof BUDGET_LEVELS)[number];

/** The highest level announced in the current day or month (`key`), 0 for none. */
export type BudgetMark = { key: string; level: 0 | BudgetLevel };
export type BudgetMarks = Record<BudgetPeriod, BudgetMark>;

export type BudgetCrossing = { period: BudgetPeriod; level: BudgetLevel; spent: number; budget: number };

export const NO_BUDGET_MARKS: BudgetMarks = { day: { key: '', level: 0 }, month: { key: '', level: 0 } };

const KEY_OF: Record<BudgetPeriod, (at: number) => string> = { day: dayKey, month: monthKey };

/** The highest level `spent` has reached of `budget`, 0 when below 80 %. */
export function budgetLevel(spent: number, budget: number): 0 | BudgetLevel {
  let reached: 0 | BudgetLevel = 0;
  for (const level of BUDGET_LEVELS) if (spent * 100 >= budget * level) reached = level;
  return reached;
}

/**
 * Budget alerts, once per level per local day or month: a level reached that is higher
 * than the one already announced this period is announced (jumping past 80 % straight to
 * 100 % announces 100 % only). A new day or month starts from nothing. A period without a
 * budget (null or 0) never alerts. Pure.
 */
export function budgetCrossings(
  marks: BudgetMarks,
  spent: Record<BudgetPeriod, number>,
  budgets: Record<BudgetPeriod, number | null>,
  now: number,
): { marks: BudgetMarks; crossings: BudgetCrossing[] } {
  const next = { ...marks };
  const crossings: BudgetCrossing[] = [];
  for (const period of BUDGET_PERIODS) {
    const key = KEY_OF[period](now);
    const mark = marks[period].key === key ? marks[period] : { key, level: 0 as const };
    const budget = budgets[period];
    const level = budget ? budgetLevel(spent[period], budget) : 0;
    if (budget && level > mark.level) {
      crossings.push({ period, level: level as BudgetLevel, spent: spent[period], budget });
      next[period] = { key, level };
    } else {
      next[period] = mark;
    }
  }
  return { marks: next, crossings };
}
