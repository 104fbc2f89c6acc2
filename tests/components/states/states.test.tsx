/** @vitest-environment happy-dom */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DataProblem } from '@/lib/panel-status';
import { BalanceOnlyNotice } from '@/components/states/BalanceOnlyNotice';
import { LoadingState } from '@/components/states/LoadingState';
import { NotConnected } from '@/components/states/NotConnected';
import { ProblemNotice } from '@/components/states/ProblemNotice';
import { NOW, renderEn } from '../fixtures';
import { MINUTE_MS } from '@/lib/time';

describe('ProblemNotice', () => {
  it.each<[DataProblem, RegExp | string, RegExp | string]>([
    [{ kind: 'offline' }, 'You are offline', /last known numbers/],
    [{ kind: 'rateLimited', nextTryAt: NOW + 5 * MINUTE_MS }, 'AgentPMT asked us to slow down', /Next try in 5 minutes \(.+\)\./],
    [{ kind: 'rateLimited', nextTryAt: null }, 'AgentPMT asked us to slow down', 'Showing the last known numbers. Trying again shortly.'],
    [{ kind: 'failed' }, 'The last refresh failed', /Trying again automatically/],
    [{ kind: 'old' }, 'These numbers are not recent', 'They were last updated 2 hours ago.'],
  ])('explains %o', (problem, title, body) => {
    renderEn(<ProblemNotice problem={problem} fetchedAt={NOW - 120 * MINUTE_MS} now={NOW} onOpenSettings={vi.fn()} />);

    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(title);
    expect(notice).toHaveTextContent(body);
  });

  it('says how to fix a rejected token, with a way to the settings', () => {
    const onOpenSettings = vi.fn();
    renderEn(<ProblemNotice problem={{ kind: 'tokenRejected' }} fetchedAt={NOW} now={NOW} onOpenSettings={onOpenSettings} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Your token was rejected');
    expect(screen.getByRole('alert')).toHaveTextContent(/Paste a new token in the settings/);
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(onOpenSettings).toHaveBeenCalledOnce();
  });
});

describe('NotConnected', () => {
  it('explains what is needed and opens the settings', () => {
    const onOpenSettings = vi.fn();
    renderEn(<NotConnected onOpenSettings={onOpenSettings} />);

    expect(screen.getByRole('heading', { name: 'Connect your AgentPMT account' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(onOpenSettings).toHaveBeenCalledOnce();
  });
});

describe('LoadingState', () => {
  it('announces the load and shows no number at all, so never a fake 0', () => {
    const { container } = renderEn(<LoadingState />);

    expect(screen.getByRole('status')).toHaveTextContent('Loading your balance…');
    expect(container.textContent).not.toMatch(/\d/);
  });
});

describe('BalanceOnlyNotice', () => {
  it('says the breakdown is unavailable and the balance is current', () => {
    renderEn(<BalanceOnlyNotice />);

    expect(screen.getByText('Breakdown unavailable')).toBeInTheDocument();
    expect(screen.getByText(/The balance above is current/)).toBeInTheDocument();
  });
});
