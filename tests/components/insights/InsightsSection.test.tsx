/** @vitest-environment happy-dom */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/ledger/summary';
import type { BurnRate } from '@/lib/ledger';
import { InsightsSection, type InsightsSectionProps } from '@/components/insights/InsightsSection';
import { makeSnapshot, makeTx, NOW, renderEn } from '../fixtures';
import { DAY_MS, MINUTE_MS } from '@/lib/time';

const burn = (windowDays: number, perDay: number, partial = false): BurnRate => ({
  windowDays,
  perDay,
  charged: perDay * windowDays,
  coveredDays: partial ? 3 : windowDays,
  partial,
});

function summary(overrides: Partial<InsightsSectionProps['summary']> = {}): InsightsSectionProps['summary'] {
  return {
    balance: 3000,
    burn7: burn(7, 120),
    burn30: burn(30, 95.5),
    burn: burn(7, 120),
    runwayDays: 25,
    suggestedPack: 4000,
    hasTransactions: true,
    ...overrides,
  };
}

const GAP = 30 * MINUTE_MS;

describe('InsightsSection', () => {
  it('shows the burn rate over 7 and 30 days', () => {
    renderEn(<InsightsSection summary={summary()} samples={[]} gapMs={GAP} />);

    expect(screen.getByText('Burn, last 7 days').closest('div')).toHaveTextContent('120 credits/day');
    expect(screen.getByText('Burn, last 30 days').closest('div')).toHaveTextContent('96 credits/day');
  });

  it('says when a rate rests on less history than its window', () => {
    renderEn(<InsightsSection summary={summary({ burn7: burn(7, 2.25, true) })} samples={[]} gapMs={GAP} />);

    const cell = screen.getByText('Burn, last 7 days').closest('div');
    expect(cell).toHaveTextContent('2.3 credits/day');
    expect(cell).toHaveTextContent('from the last 3 days');
  });

  it.each([
    ['a runway', { runwayDays: 25.4 }, 'Runs out in about 25 days'],
    ['less than a day', { runwayDays: 0.4 }, 'Runs out within a day'],
    ['no spending', { runwayDays: null }, 'No recent spending, so no run-out date'],
    ['an empty balance', { balance: 0, runwayDays: 0 }, 'Out of credits'],
  ])('says when credits run out: %s', (_name, overrides, expected) => {
    renderEn(<InsightsSection summary={summary(overrides)} samples={[]} gapMs={GAP} />);

    expect(screen.getByText(expected)).toBeInTheDocument();
  });

  it('suggests a top-up pack with its price and why', () => {
    renderEn(<InsightsSection summary={summary()} samples={[]} gapMs={GAP} />);

    expect(screen.getByText('4,000 credits ($40.00)')).toBeInTheDocument();
    expect(screen.getByText('Covers 30 days at the current burn rate.')).toBeInTheDocument();
  });

  it('suggests the smallest pack when nothing is being spent', () => {
    renderEn(<InsightsSection summary={summary({ burn: burn(7, 0), suggestedPack: 500 })} samples={[]} gapMs={GAP} />);

    expect(screen.getByText('500 credits ($5.00)')).toBeInTheDocument();
    expect(screen.getByText(/The smallest pack/)).toBeInTheDocument();
  });

  it('works from real ledger numbers', () => {
    const snapshot = makeSnapshot({ transactions: [makeTx({ credits: -700, createdAt: NOW - DAY_MS }), makeTx({ id: 'old', type: 'purchase', credits: 5000, createdAt: NOW - 40 * DAY_MS })] });
    const real = summarize({ ...snapshot, now: NOW });

    renderEn(<InsightsSection summary={real} samples={[]} gapMs={GAP} />);

    expect(screen.getByText('Runs out in about 123 days')).toBeInTheDocument();
    expect(screen.getByText('3,000 credits ($30.00)')).toBeInTheDocument();
  });

  it('explains what needs the history in balance-only mode, and still draws the chart', () => {
    const samples = [
      { at: NOW - 20 * MINUTE_MS, balance: 900 },
      { at: NOW - 10 * MINUTE_MS, balance: 850 },
    ];
    renderEn(<InsightsSection summary={summary({ hasTransactions: false, burn: null, burn7: null, burn30: null, runwayDays: null })} samples={samples} gapMs={GAP} />);

    expect(screen.getByText(/need the purchase history/)).toBeInTheDocument();
    expect(screen.queryByText('Suggested top-up')).toBeNull();
    expect(screen.getByRole('img', { name: /Balance from .*: lowest 850 credits, highest 900 credits, latest 850 credits\./ })).toBeInTheDocument();
  });

  it('draws the balance chart with gaps shown as gaps', () => {
    const samples = [
      { at: NOW - 300 * MINUTE_MS, balance: 1000 },
      { at: NOW - 290 * MINUTE_MS, balance: 990 },
      { at: NOW - 20 * MINUTE_MS, balance: 700 },
      { at: NOW - 10 * MINUTE_MS, balance: 690 },
    ];
    const { container } = renderEn(<InsightsSection summary={summary()} samples={samples} gapMs={GAP} />);

    expect(container.querySelectorAll('svg path')).toHaveLength(2);
    expect(screen.getByText('Gaps: no data')).toBeInTheDocument();
  });

  it('says the chart fills in when there are too few samples', () => {
    renderEn(<InsightsSection summary={summary()} samples={[{ at: NOW, balance: 5 }]} gapMs={GAP} />);

    expect(screen.getByText('The chart fills in as the balance is refreshed.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
