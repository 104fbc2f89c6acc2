/** @vitest-environment happy-dom */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CreditsPill } from '@/components/widget/CreditsPill';
import type { PillView } from '@/components/widget/pill-view';
import { DE, renderEn } from '@/tests/helpers/fixtures';

const pill = (view: PillView, open = false, onToggle = vi.fn()) => renderEn(<CreditsPill view={view} open={open} controls="panel" onToggle={onToggle} />);

describe('CreditsPill', () => {
  it('shows the balance, and names itself with it', () => {
    pill({ kind: 'ready', balance: 12_345, warning: null, stale: false });

    const button = screen.getByRole('button', { name: 'AgentPMT Credits: 12,345 credits' });
    expect(button).toHaveTextContent('12,345 credits');
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(button).toHaveAttribute('aria-controls', 'panel');
    expect(screen.queryByTestId('pill-warning')).toBeNull();
  });

  it.each([
    ['low', 'Low balance'],
    ['empty', 'Out of credits'],
    ['expiring', 'Credits expire soon'],
  ] as const)('shows a dot for a %s balance and says why', (warning, words) => {
    pill({ kind: 'ready', balance: warning === 'empty' ? 0 : 300, warning, stale: false });

    expect(screen.getByTestId('pill-warning')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('button').getAttribute('aria-label')).toContain(words);
  });

  it('says when the numbers may be out of date', () => {
    pill({ kind: 'ready', balance: 1, warning: null, stale: true });

    expect(screen.getByRole('button', { name: 'AgentPMT Credits: 1 credit, May be out of date' })).toBeInTheDocument();
  });

  it.each([
    [{ kind: 'disconnected' } as const, 'Connect', 'Not connected'],
    [{ kind: 'loading' } as const, 'Credits', 'Loading your balance'],
  ])('has a designed $kind state', (view, text, name) => {
    pill(view);

    expect(screen.getByRole('button')).toHaveTextContent(text);
    expect(screen.getByRole('button').getAttribute('aria-label')).toContain(name);
  });

  it('shows nothing while storage is being read', () => {
    const { container } = pill({ kind: 'reading' });

    expect(container).toBeEmptyDOMElement();
  });

  it('says whether the panel is open, and toggles it', () => {
    const onToggle = vi.fn();
    pill({ kind: 'ready', balance: 5, warning: null, stale: false }, true, onToggle);

    fireEvent.click(screen.getByRole('button'));

    expect(screen.getByRole('button')).toHaveAttribute('aria-expanded', 'true');
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('speaks German', () => {
    renderEn(<CreditsPill view={{ kind: 'ready', balance: 12_345, warning: 'low', stale: false }} open={false} controls="p" onToggle={vi.fn()} />, { texts: DE });

    expect(screen.getByRole('button', { name: 'AgentPMT Credits: 12.345 Credits, Guthaben niedrig' })).toBeInTheDocument();
  });
});
