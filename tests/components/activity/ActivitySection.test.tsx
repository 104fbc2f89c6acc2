/** @vitest-environment happy-dom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transaction } from '@/lib/api/domain';
import { ACTIVITY_ROW_HEIGHT } from '@/components/activity/ActivityList';
import { ActivitySection } from '@/components/activity/ActivitySection';
import { DE, EN, makeTx, NOW, renderEn } from '@/tests/helpers/fixtures';
import { MINUTE_MS } from '@/lib/time';

const VIEW_HEIGHT = 320;

// happy-dom lays nothing out: give every element the list's height so the virtualiser
// sees a viewport.
const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => VIEW_HEIGHT });
});
afterAll(() => {
  if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
});

function manyTransactions(count: number): Transaction[] {
  return Array.from({ length: count }, (_, i) =>
    makeTx({ id: `t${i}`, description: `call #${i}`, credits: -(i % 50) - 1, createdAt: NOW - i * MINUTE_MS }),
  );
}

const region = () => screen.getByRole('region', { name: 'Recent activity' });
const rows = () => within(region()).getAllByRole('listitem');

describe('ActivitySection', () => {
  it('shows description, signed credits, relative time and type for each transaction', () => {
    renderEn(
      <ActivitySection
        transactions={[
          makeTx({ id: 'a', description: 'web-search', credits: -12, createdAt: NOW - 3 * MINUTE_MS }),
          makeTx({ id: 'b', type: 'purchase', description: 'Card purchase', credits: 2500, createdAt: NOW - 2 * 86_400_000 }),
          makeTx({ id: 'c', type: 'refund', description: null, credits: 5, createdAt: NOW - 3_600_000 }),
          makeTx({ id: 'd', type: 'mystery', description: 'something', credits: 0, createdAt: NOW }),
        ]}
        dropped={0}
        now={NOW}
      />,
    );

    const [a, b, c, d] = rows();
    expect(a).toHaveTextContent('web-search');
    expect(a).toHaveTextContent('-12 credits');
    expect(a).toHaveTextContent('Tool call · 3 minutes ago');
    expect(b).toHaveTextContent('+2,500 credits');
    expect(b).toHaveTextContent('Purchase · 2 days ago');
    expect(c).toHaveTextContent(/^Refund/);
    expect(c).toHaveTextContent('+5');
    expect(d).toHaveTextContent('Other · now');
  });

  it.each([
    ['English', EN, '-5 credits', /^-\$0\.05$/, '+1 credit'],
    ['German', DE, '-5 Credits', /^-0,05\s\$$/, '+1 Credit'],
  ])('gives each amount its unit, and its dollars on hover and keyboard focus, in %s', (_, texts, amount, dollars, one) => {
    renderEn(
      <ActivitySection
        transactions={[makeTx({ id: 'a', credits: -5 }), makeTx({ id: 'b', type: 'refund', credits: 1 })]}
        dropped={0}
        now={NOW}
      />,
      { texts },
    );

    const [spent, refunded] = screen.getAllByRole('listitem');
    const value = within(spent!).getByText(amount);
    expect(refunded).toHaveTextContent(one);
    expect(value).toHaveAttribute('tabindex', '0');
    expect(value).toHaveAccessibleDescription(dollars);
    const tip = within(spent!).getByRole('tooltip', { hidden: true });
    expect(tip.textContent).toMatch(dollars);
    expect(tip.className).toMatch(/\bgroup-hover:block\b/);
    expect(tip.className).toMatch(/\bgroup-focus:block\b/);
  });

  it('renders server text as text: no element is created from it', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { container } = renderEn(<ActivitySection transactions={[makeTx({ description: payload })]} dropped={0} now={NOW} />);

    expect(within(region()).getByText(payload)).toBeInTheDocument();
    expect(screen.getByRole('option', { name: payload })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('strips control and bidi-override characters from descriptions', () => {
    renderEn(<ActivitySection transactions={[makeTx({ description: 'pay\u202Edi\u0000ll' })]} dropped={0} now={NOW} />);

    expect(rows()[0]).toHaveTextContent('pay di ll');
  });

  it('keeps 10,000 transactions in a virtual list: only a window of rows is in the DOM', () => {
    const transactions = manyTransactions(10_000);
    const started = performance.now();
    renderEn(<ActivitySection transactions={transactions} dropped={0} now={NOW} />);
    const elapsed = performance.now() - started;

    const shown = rows();
    expect(shown.length).toBeGreaterThanOrEqual(Math.floor(VIEW_HEIGHT / ACTIVITY_ROW_HEIGHT));
    expect(shown.length).toBeLessThan(30);
    expect(shown[0]).toHaveAttribute('aria-setsize', '10000');
    expect(shown[0]).toHaveAttribute('aria-posinset', '1');
    expect(elapsed).toBeLessThan(1000);
  });

  it('brings later rows in as the list scrolls', () => {
    renderEn(<ActivitySection transactions={manyTransactions(10_000)} dropped={0} now={NOW} />);

    act(() => {
      region().scrollTop = 5000 * ACTIVITY_ROW_HEIGHT;
      fireEvent.scroll(region());
    });

    const positions = rows().map((row) => Number(row.getAttribute('aria-posinset')));
    expect(positions).toContain(5001);
    expect(positions).not.toContain(1);
    expect(screen.getByText('call #5000')).toBeInTheDocument();
  });

  it('can be scrolled from the keyboard: the list is a focusable region', () => {
    renderEn(<ActivitySection transactions={manyTransactions(3)} dropped={0} now={NOW} />);

    expect(region()).toHaveAttribute('tabindex', '0');
  });

  it('says when there is no activity, and when entries could not be read', () => {
    renderEn(<ActivitySection transactions={[]} dropped={2} now={NOW} />);

    expect(screen.getByText('No activity yet.')).toBeInTheDocument();
    expect(screen.getByText('2 entries could not be read and are not shown.')).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
  });
});
