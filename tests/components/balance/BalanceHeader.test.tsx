/** @vitest-environment happy-dom */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { NextExpiry } from '@/lib/ledger';
import { BalanceHeader, type BalanceHeaderProps } from '@/components/balance/BalanceHeader';
import { DE, NOW, renderEn } from '@/tests/helpers/fixtures';
import { DAY_MS, MINUTE_MS } from '@/lib/time';

function props(overrides: Partial<BalanceHeaderProps> = {}): BalanceHeaderProps {
  return {
    summary: { balance: 12_345, nextExpiry: { at: NOW + 6 * DAY_MS, daysLeft: 6, credits: 312 }, nextExpirySoon: true },
    fetchedAt: NOW - 3 * MINUTE_MS,
    stale: false,
    now: NOW,
    isRefreshing: false,
    refreshBlock: null,
    onRefresh: vi.fn(),
    onBuy: vi.fn(),
    ...overrides,
  };
}

describe('BalanceHeader', () => {
  it('shows the balance in credits and dollars, formatted for en-US', () => {
    renderEn(<BalanceHeader {...props()} />);

    expect(screen.getByText('12,345 credits')).toBeInTheDocument();
    expect(screen.getByText('$123.45')).toBeInTheDocument();
  });

  it('formats for German', () => {
    renderEn(<BalanceHeader {...props()} />, { texts: DE });

    expect(screen.getByText('12.345 Credits')).toBeInTheDocument();
    expect(screen.getByText('123,45 $')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Credits kaufen' })).toBeInTheDocument();
  });

  it.each<[string, NextExpiry | null, number, string | null]>([
    ['known credits', { at: NOW + 6 * DAY_MS, daysLeft: 6, credits: 312 }, 12_345, '312 credits expire in 6 days'],
    ['one credit tomorrow', { at: NOW + DAY_MS, daysLeft: 1, credits: 1 }, 100, '1 credit expires tomorrow'],
    ['credits unknown (balance only)', { at: null, daysLeft: 40, credits: null }, 100, 'Next credits expire in 40 days'],
    ['nothing expiring', null, 100, 'No credits set to expire'],
    ['empty balance', null, 0, null],
  ])('states the next expiry: %s', (_name, nextExpiry, balance, expected) => {
    renderEn(<BalanceHeader {...props({ summary: { balance, nextExpiry, nextExpirySoon: false } })} />);

    const line = screen.queryByText(/expire/);
    if (expected === null) expect(line).toBeNull();
    else expect(line).toHaveTextContent(expected);
  });

  it('says when it was updated, and marks stale data', () => {
    const { rerender } = renderEn(<BalanceHeader {...props()} />);
    expect(screen.getByText('Updated 3 minutes ago')).toBeInTheDocument();
    expect(screen.queryByText('Stale')).toBeNull();

    rerender(<BalanceHeader {...props({ stale: true })} />);

    expect(screen.getByText('Stale')).toHaveAttribute('title', 'These numbers may be out of date.');
  });

  it('asks for a refresh and to buy credits', () => {
    const onRefresh = vi.fn();
    const onBuy = vi.fn();
    renderEn(<BalanceHeader {...props({ onRefresh, onBuy })} />);

    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    fireEvent.click(screen.getByRole('button', { name: 'Buy credits' }));

    expect(onRefresh).toHaveBeenCalledOnce();
    expect(onBuy).toHaveBeenCalledOnce();
  });

  it('shows a running refresh and refuses another', () => {
    renderEn(<BalanceHeader {...props({ isRefreshing: true })} />);

    const button = screen.getByRole('button', { name: 'Refreshing…' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
  });

  it('refuses to refresh until the rate limit allows it, and says until when', () => {
    const { rerender } = renderEn(<BalanceHeader {...props({ refreshBlock: { reason: 'serverWait', until: NOW + 10 * MINUTE_MS } })} />);
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Refresh' }).title).toMatch(/^AgentPMT asked to wait until /);

    rerender(<BalanceHeader {...props({ refreshBlock: { reason: 'serverWait', until: NOW - MINUTE_MS } })} />);
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled();

    rerender(<BalanceHeader {...props({ refreshBlock: { reason: 'serverWait', until: null } })} />);
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  });

  it('refuses to refresh with a rejected token, and says why', () => {
    renderEn(<BalanceHeader {...props({ refreshBlock: { reason: 'tokenRejected' } })} />);

    expect(screen.getByRole('button', { name: 'Refresh' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Refresh' })).toHaveAttribute('title', 'Refreshing is paused until a new token is saved.');
  });

  it.each([
    ['English', undefined, 'en-US', 'Data from {when} · refresh failed', 'Stale'],
    ['German', DE, 'de-DE', 'Daten vom {when} · Aktualisierung fehlgeschlagen', 'Veraltet'],
  ])('after a failed refresh says when the data is from and that the refresh failed, in %s', (_, texts, tag, template, stale) => {
    const when = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(NOW - 10 * MINUTE_MS);
    const line = template.replace('{when}', when);
    renderEn(<BalanceHeader {...props({ fetchedAt: NOW - 10 * MINUTE_MS, stale: true, failedAt: NOW })} />, { texts });

    expect(screen.getByText(line)).toBeInTheDocument();
    expect(screen.getByText(stale)).toBeInTheDocument();
    expect(screen.queryByText(/Updated|Aktualisiert/)).toBeNull();
  });

  it('says "Updated" with the age when the last refresh worked', () => {
    renderEn(<BalanceHeader {...props({ fetchedAt: NOW - 3 * MINUTE_MS, failedAt: null })} />);

    expect(screen.getByText('Updated 3 minutes ago')).toBeInTheDocument();
    expect(screen.queryByText(/refresh failed/)).toBeNull();
  });
});
