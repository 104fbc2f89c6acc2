import { describe, expect, it } from 'vitest';
import { budgetCrossings, budgetLevel, NO_BUDGET_MARKS, type BudgetMarks } from '@/lib/alerts/budget';
import { addDays } from '@/lib/ledger/calendar';

const NOW = new Date(2026, 10, 26, 14, 0).getTime();
const budgets = { day: 1_000, month: 20_000 };

function replay(spends: number[], at = NOW, marks: BudgetMarks = NO_BUDGET_MARKS) {
  const events: string[] = [];
  for (const spent of spends) {
    const step = budgetCrossings(marks, { day: spent, month: spent }, budgets, at);
    marks = step.marks;
    events.push(...step.crossings.map((c) => `${c.period}:${c.level}`));
  }
  return { events, marks };
}

describe('budgets', () => {
  it.each([
    [0, 0],
    [799, 0],
    [800, 80],
    [999, 80],
    [1_000, 100],
    [5_000, 100],
  ])('%d of 1,000 is level %d', (spent, level) => {
    expect(budgetLevel(spent, 1_000)).toBe(level);
  });

  it('alerts once at 80 % and once at 100 %, however many polls see it', () => {
    expect(replay([100, 810, 850, 900, 1_010, 1_200, 1_300]).events).toEqual(['day:80', 'day:100']);
  });

  it('jumping past both announces 100 % only', () => {
    expect(replay([100, 1_500, 1_600]).events).toEqual(['day:100']);
  });

  it('starts again on the next day, and the month on the next month', () => {
    const { marks } = replay([100, 1_000, 16_000]);
    expect(replay([900], addDays(NOW, 1), marks).events).toEqual(['day:80']);
    expect(replay([900, 16_500], addDays(NOW, 1), marks).events).toEqual(['day:80', 'day:100']);
    expect(replay([16_500], addDays(NOW, 10), marks).events).toEqual(['day:100', 'month:80']);
  });

  it('never alerts without a budget', () => {
    const step = budgetCrossings(NO_BUDGET_MARKS, { day: 9_999, month: 99_999 }, { day: null, month: 0 }, NOW);
    expect(step.crossings).toEqual([]);
  });
});
