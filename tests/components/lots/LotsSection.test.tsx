/** @vitest-environment happy-dom */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/ledger/summary';
import { LotsSection } from '@/components/lots/LotsSection';
import { makeGrant, makeSnapshot, makeTx, NOW, renderEn } from '../fixtures';
import { DAY_MS } from '@/lib/time';

function renderLots(snapshot = makeSnapshot(), expiryWindows: number[] = [30, 7, 1]) {
  const summary = summarize({ balance: snapshot.balance, grants: snapshot.grants, transactions: snapshot.transactions, now: NOW, expiryWindows });
  return renderEn(<LotsSection summary={summary} />);
}

const rows = () => within(screen.getByRole('list', { name: 'Credit lots' })).getAllByRole('listitem');

describe('LotsSection', () => {
  it('lists lots soonest expiry first, with remaining / original, dates and days left', () => {
    renderLots();

    const [first, second, third] = rows();
    expect(first).toHaveTextContent('312 / 500 credits');
    expect(first).toHaveTextContent('Bought Jun 7, 2025');
    expect(first).toHaveTextContent('Expires Jun 7, 2026 · 6 days left');
    expect(second).toHaveTextContent('Job reward');
    expect(second).toHaveTextContent('2,033 / 2,500 credits');
    expect(second).toHaveTextContent('20 days left');
    expect(third).toHaveTextContent('10,000 / 10,000 credits');
    expect(third).toHaveTextContent('300 days left');
  });

  it('makes lots inside the warning window stand out, in words and not only colour', () => {
    renderLots(makeSnapshot(), [7, 1]);

    const [soon, mid, late] = rows();
    expect(within(soon!).getByText('Expiring soon')).toBeInTheDocument();
    expect(within(mid!).queryByText('Expiring soon')).toBeNull();
    expect(within(late!).queryByText('Expiring soon')).toBeNull();
  });

  it('totals the credits expiring within 30 days', () => {
    renderLots();

    const total = screen.getByText('Expiring within 30 days').closest('div');
    expect(total).toHaveTextContent('2,345 credits');
  });

  it('labels the unused-credits projection as a forecast, per lot and in total', () => {
    renderLots();

    const forecast = summarize({ ...makeSnapshot(), now: NOW }).forecast;
    const total = screen.getByText('Forecast: expiring unused').closest('div');
    expect(total).toHaveTextContent(`≈ ${forecast!.totalUnused.toLocaleString('en-US')} credits`);
    expect(screen.getByText(/A forecast at the current burn rate/)).toBeInTheDocument();
    expect(within(rows()[0]!).getByText(/^Forecast: ≈ \d+ credits expire unused$/)).toBeInTheDocument();
  });

  it('gives no forecast without spending to work from', () => {
    renderLots(makeSnapshot({ transactions: [] }));

    expect(screen.getByText('Not enough data')).toBeInTheDocument();
    expect(screen.getByText('The forecast needs recent spending to work from.')).toBeInTheDocument();
  });

  it('says when no lot has credits left', () => {
    renderLots(makeSnapshot({ balance: { balance: 0, nextExpiryAt: null, expiresInDays: null }, grants: [] }));

    expect(screen.getByText('No lots with credits left.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Credit lots' })).toBeNull();
  });

  it('shows a mismatch between the lots and the balance instead of hiding it', () => {
    renderLots(makeSnapshot({ balance: { balance: 12_000, nextExpiryAt: null, expiresInDays: null } }));

    expect(screen.getByText('The lots add up to 12,345 credits; the balance says 12,000 credits.')).toBeInTheDocument();
  });

  it.each([
    ['card', 'Card purchase'],
    ['x402', 'x402 payment'],
    ['promotional', 'Promotional credits'],
    ['<b>weird</b>', 'Credits'],
    ['toString', 'Credits'],
  ])('labels the source %s as %s', (source, label) => {
    renderLots(makeSnapshot({ grants: [makeGrant({ source })], transactions: [makeTx()] }));

    expect(within(rows()[0]!).getByText(label)).toBeInTheDocument();
  });

  it('says when a lot expires today and when one never expires', () => {
    renderLots(
      makeSnapshot({
        grants: [makeGrant({ id: 'a', expiresAt: NOW + DAY_MS / 2 }), makeGrant({ id: 'b', expiresAt: null })],
      }),
    );

    expect(rows()[0]).toHaveTextContent('expires today');
    expect(rows()[1]).toHaveTextContent('Does not expire');
  });
});
