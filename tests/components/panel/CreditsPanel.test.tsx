/** @vitest-environment happy-dom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PanelStatus } from '@/lib/panel-status';
import { CreditsPanel } from '@/components/panel/CreditsPanel';
import type { CreditsPanelProps } from '@/components/panel/panel-props';
import { makeSnapshot, NOW, ready, renderEn } from '@/tests/helpers/fixtures';
import { MINUTE_MS } from '@/lib/time';

function props(status: PanelStatus, overrides: Partial<CreditsPanelProps> = {}): CreditsPanelProps {
  return {
    status,
    samples: [],
    settings: { expiryWindows: [30, 7, 1], refreshMinutes: 5, dailyBudget: null, monthlyBudget: null },
    now: NOW,
    isRefreshing: false,
    onRefresh: vi.fn(),
    onBuy: vi.fn(),
    onOpenSettings: vi.fn(),
    ...overrides,
  };
}

const tab = (name: RegExp | string) => screen.getByRole('tab', { name });

describe('CreditsPanel states', () => {
  it('not connected: a way to the settings, no numbers', () => {
    const onOpenSettings = vi.fn();
    const { container } = renderEn(<CreditsPanel {...props({ kind: 'disconnected' }, { onOpenSettings })} />);

    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));

    expect(onOpenSettings).toHaveBeenCalledOnce();
    expect(container.textContent).not.toMatch(/\d/);
  });

  it('while storage is read: nothing yet, not even a skeleton', () => {
    const { container } = renderEn(<CreditsPanel {...props({ kind: 'reading' })} />);

    expect(container.textContent).toBe('');
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
  });

  it('first load: a skeleton and no number', () => {
    const { container } = renderEn(<CreditsPanel {...props({ kind: 'loading' })} />);

    expect(screen.getByRole('status')).toHaveTextContent('Loading your balance…');
    expect(container.textContent).not.toMatch(/\d/);
  });

  it('OK: balance, next expiry and the lots, with no stale marker', () => {
    renderEn(<CreditsPanel {...props(ready())} />);

    expect(screen.getByText('12,345 credits')).toBeInTheDocument();
    expect(screen.getByText('$123.45')).toBeInTheDocument();
    expect(screen.getByText(/312 credits expire in 6 days/)).toBeInTheDocument();
    expect(tab(/Lots/)).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('list', { name: 'Credit lots' })).toBeInTheDocument();
    expect(screen.queryByText('Stale')).toBeNull();
  });

  it.each<[string, PanelStatus, string]>([
    ['stale', ready(makeSnapshot({ fetchedAt: NOW - 60 * MINUTE_MS }), { problem: { kind: 'old' } }), 'These numbers are not recent'],
    ['offline', ready(undefined, { problem: { kind: 'offline' } }), 'You are offline'],
    ['rate-limited', ready(undefined, { problem: { kind: 'rateLimited', nextTryAt: NOW + 2 * MINUTE_MS } }), 'AgentPMT asked us to slow down'],
    ['token rejected', ready(undefined, { problem: { kind: 'tokenRejected' } }), 'Your token was rejected'],
    ['failed', ready(undefined, { problem: { kind: 'failed' } }), 'The last refresh failed'],
  ])('%s: keeps the numbers, marks them stale and says why', (_name, status, title) => {
    renderEn(<CreditsPanel {...props(status)} />);

    expect(screen.getByText('12,345 credits')).toBeInTheDocument();
    expect(screen.getByText('Stale')).toBeInTheDocument();
    expect(screen.getByText(title)).toBeInTheDocument();
  });

  it('rate-limited: Refresh waits for the next try', () => {
    renderEn(<CreditsPanel {...props(ready(undefined, { problem: { kind: 'rateLimited', nextTryAt: NOW + 2 * MINUTE_MS } }))} />);

    expect(screen.getByRole('button', { name: 'Refresh' })).toBeDisabled();
    expect(screen.getByText(/Next try in 2 minutes/)).toBeInTheDocument();
  });

  it('a server error with Retry-After: Refresh waits as the background will', () => {
    const until = NOW + 5 * MINUTE_MS;
    const snapshot = makeSnapshot({ lastError: { kind: 'server', message: 'HTTP 503', status: 503, retryAt: until }, nextAttemptAt: until });
    renderEn(<CreditsPanel {...props(ready(snapshot, { problem: { kind: 'failed' } }))} />);

    expect(screen.getByRole('button', { name: 'Refresh' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Refresh' })).toHaveAttribute('title', expect.stringMatching(/^AgentPMT asked to wait until /));
  });

  it('a server error without Retry-After: Refresh stays available', () => {
    const snapshot = makeSnapshot({ lastError: { kind: 'server', message: 'HTTP 500', status: 500 }, nextAttemptAt: NOW + MINUTE_MS });
    renderEn(<CreditsPanel {...props(ready(snapshot, { problem: { kind: 'failed' } }))} />);

    expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  });

  it('token rejected: Refresh waits for a new token', () => {
    renderEn(<CreditsPanel {...props(ready(undefined, { problem: { kind: 'tokenRejected' } }))} />);

    expect(screen.getByRole('button', { name: 'Refresh' })).toBeDisabled();
  });

  it('balance-only: the balance, and the breakdown explained as unavailable', async () => {
    const snapshot = makeSnapshot({ grants: null, transactions: null, historyAvailable: false, historyFetchedAt: null });
    renderEn(<CreditsPanel {...props(ready(snapshot, { balanceOnly: true }))} />);

    expect(screen.getByText('12,345 credits')).toBeInTheDocument();
    expect(screen.getByText(/Next credits expire in 6 days/)).toBeInTheDocument();
    expect(screen.getByText('Breakdown unavailable')).toBeInTheDocument();
    fireEvent.click(tab('Activity'));
    expect(screen.getByText('Breakdown unavailable')).toBeInTheDocument();
    fireEvent.click(tab('Insights'));
    // Both Insights parts load after the click; each explains what it is missing.
    expect(await screen.findByText(/^Burn rate, run-out date and top-up size need the purchase history/)).toBeInTheDocument();
    expect(await screen.findByText(/^Where credits went and spend by day need the purchase history/)).toBeInTheDocument();
  });
});

describe('CreditsPanel tabs', () => {
  it('moves between Lots, Activity and Insights with the arrow keys, Home and End', async () => {
    renderEn(<CreditsPanel {...props(ready())} />);
    tab(/Lots/).focus();

    fireEvent.keyDown(tab(/Lots/), { key: 'ArrowRight' });
    expect(tab('Activity')).toHaveFocus();
    expect(await screen.findByRole('region', { name: 'Recent activity' })).toBeInTheDocument();
    expect(tab('Activity')).toHaveAttribute('aria-selected', 'true');

    fireEvent.keyDown(tab('Activity'), { key: 'End' });
    expect(tab('Insights')).toHaveFocus();
    expect(await screen.findByText('Suggested top-up')).toBeInTheDocument();

    fireEvent.keyDown(tab('Insights'), { key: 'ArrowRight' });
    expect(tab(/Lots/)).toHaveFocus();

    fireEvent.keyDown(tab(/Lots/), { key: 'ArrowLeft' });
    await waitFor(() => expect(tab('Insights')).toHaveAttribute('aria-selected', 'true'));

    fireEvent.keyDown(tab('Insights'), { key: 'Home' });
    await waitFor(() => expect(tab(/Lots/)).toHaveAttribute('aria-selected', 'true'));
  });

  it('keeps one tab stop in the tab list and labels the panel by its tab', () => {
    renderEn(<CreditsPanel {...props(ready())} />);

    const tabs = within(screen.getByRole('tablist', { name: 'Credit details' })).getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    expect(screen.getByRole('tabpanel', { name: /Lots/ })).toHaveAttribute('tabindex', '0');
  });

  it('opens on the tab asked for', () => {
    renderEn(<CreditsPanel {...props(ready(), { initialTab: 'insights' })} />);

    expect(tab('Insights')).toHaveAttribute('aria-selected', 'true');
  });

  it('counts the lots on their tab', () => {
    renderEn(<CreditsPanel {...props(ready())} />);

    expect(tab(/Lots/)).toHaveTextContent('Lots3');
  });

  it('renders the same content in the compact layout', () => {
    renderEn(<CreditsPanel {...props(ready(), { compact: true })} />);

    expect(screen.getByText('12,345 credits')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Buy credits' })).toBeInTheDocument();
  });
});
