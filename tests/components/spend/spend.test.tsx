/** @vitest-environment happy-dom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ActivitySection } from '@/components/activity/ActivitySection';
import { CreditsPanel } from '@/components/panel/CreditsPanel';
import { RunawayBanner } from '@/components/spend/RunawayBanner';
import { SpendSections } from '@/components/spend/SpendSections';
import { HOUR_MS } from '@/lib/time';
import { makeSnapshot, makeTx, NOW, ready, renderEn } from '@/tests/helpers/fixtures';

const call = (tool: string, credits: number, hoursAgo: number, id = `${tool}-${hoursAgo}`) =>
  makeTx({ id, description: tool, credits: -credits, createdAt: NOW - hoursAgo * HOUR_MS });
// happy-dom lays nothing out: give every element a height so the activity list shows rows.
const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 320 });
});
afterAll(() => {
  if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
});

const NO_BUDGETS = { day: null, month: null };
const spendProps = { hours: [], now: NOW, budgets: NO_BUDGETS, onOpenSettings: vi.fn() };

describe('RunawayBanner', () => {
  it('names the amount and the tool, and leads to that tool’s activity', () => {
    const onShowActivity = vi.fn();
    renderEn(<RunawayBanner episode={{ startedAt: NOW, calmSince: null, tool: 'Web Scraper', spent: 1_520 }} onShowActivity={onShowActivity} />);
    expect(screen.getByRole('status')).toHaveTextContent('Spending fast: 1,520 credits in the last hour; Web Scraper is called again and again.');
    fireEvent.click(screen.getByRole('button', { name: 'Show Web Scraper activity' }));
    expect(onShowActivity).toHaveBeenCalledOnce();
  });

  it('in balance-only mode gives the amount alone', () => {
    renderEn(<RunawayBanner episode={{ startedAt: NOW, calmSince: null, tool: null, spent: 900 }} onShowActivity={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Spending fast: 900 credits in the last hour.');
  });
});

describe('SpendSections', () => {
  const txs = [
    call('Web Scraper', 1_400, 1),
    call('search', 100, 2),
    ...['a', 'b', 'c', 'd', 'e'].map((tool, i) => call(tool, 10 - i, 3)),
    call('old', 500, 24 * 3),
    makeTx({ id: 'buy', type: 'purchase', credits: 5_000, description: 'Purchased', createdAt: NOW - HOUR_MS }),
  ];

  it('where credits went: the top five tools with credits, dollars and share, the rest as Other, per period', () => {
    renderEn(<SpendSections transactions={txs} {...spendProps} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows[0]).toBe('Web Scraper1,400$14.0069 %');
    expect(rows).toHaveLength(6);
    expect(rows.at(-1)).toMatch(/^Other/);
    fireEvent.click(screen.getByRole('button', { name: '24 h' }));
    expect(screen.getByRole('button', { name: '24 h' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('table')).queryByText('old')).toBeNull();
  });

  it('spend by day: 30 bars, today partial, the budget as a line when set', () => {
    const { container } = renderEn(<SpendSections transactions={txs} {...spendProps} budgets={{ day: 2_000, month: null }} />);
    expect(container.querySelectorAll('svg rect')).toHaveLength(30);
    expect(container.querySelector('svg line')).not.toBeNull();
    expect(screen.getByRole('img', { name: /^Spend over the last 30 days:/ })).toBeInTheDocument();
    expect(screen.getByText(/dashed line is your daily budget of 2,000 credits/)).toBeInTheDocument();
  });

  it('shows today and this month against the budgets, and invites to set one when none is', () => {
    const onOpenSettings = vi.fn();
    const { unmount } = renderEn(<SpendSections transactions={[call('x', 300, 0.5)]} {...spendProps} onOpenSettings={onOpenSettings} />);
    fireEvent.click(screen.getByRole('button', { name: 'Set a budget' }));
    expect(onOpenSettings).toHaveBeenCalledOnce();
    unmount();
    renderEn(<SpendSections transactions={[call('x', 300, 0.5)]} {...spendProps} budgets={{ day: 1_000, month: 20_000 }} />);
    expect(screen.getByText('300 of 1,000 credits')).toBeInTheDocument();
    expect(screen.queryByText('No budget set.')).toBeNull();
  });

  it('colours a budget bar as warned from the level the budget alert fires at, on the unrounded spend', () => {
    const warned = () => document.querySelectorAll('.bg-amber-500').length;
    const { unmount } = renderEn(<SpendSections transactions={[call('x', 799.6, 0.5)]} {...spendProps} budgets={{ day: 1_000, month: null }} />);
    expect(warned()).toBe(0);
    unmount();
    renderEn(<SpendSections transactions={[call('x', 800, 0.5)]} {...spendProps} budgets={{ day: 1_000, month: null }} />);
    expect(warned()).toBe(1);
  });

  it('no data yet, and balance-only mode, each say so', () => {
    const { unmount } = renderEn(<SpendSections transactions={[]} {...spendProps} />);
    expect(screen.getByText('No spending in this period.')).toBeInTheDocument();
    unmount();
    renderEn(<SpendSections transactions={null} {...spendProps} hours={[{ at: NOW - HOUR_MS / 2, credits: 250 }]} />);
    expect(screen.getByText(/need the purchase history/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('activity filter by tool', () => {
  it('lists only the chosen tool’s charges and refunds', () => {
    const onTool = vi.fn();
    const txs = [call('Web Scraper', 10, 1, 'w1'), call('search', 5, 2, 's1'), makeTx({ id: 'r', type: 'refund', credits: 10, description: 'Refund: Web Scraper' })];
    renderEn(<ActivitySection transactions={txs} dropped={0} now={NOW} tool="Web Scraper" onTool={onTool} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    fireEvent.change(screen.getByRole('combobox', { name: 'Tool' }), { target: { value: 'search' } });
    expect(onTool).toHaveBeenCalledWith('search');
  });
});

describe('the banner in the panel', () => {
  it('opens the activity filtered to the episode’s tool', async () => {
    const snapshot = makeSnapshot({ transactions: [call('Web Scraper', 10, 1, 'w1'), call('search', 5, 2, 's1')] });
    renderEn(
      <CreditsPanel
        status={ready(snapshot)}
        samples={[]}
        settings={{ expiryWindows: [30], refreshMinutes: 5, dailyBudget: null, monthlyBudget: null }}
        episode={{ startedAt: NOW, calmSince: null, tool: 'Web Scraper', spent: 1_520 }}
        now={NOW}
        isRefreshing={false}
        onRefresh={vi.fn()}
        onBuy={vi.fn()}
        onOpenSettings={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show Web Scraper activity' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Tool' })).toHaveValue('Web Scraper'));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});
