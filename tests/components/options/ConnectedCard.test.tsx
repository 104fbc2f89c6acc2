/** @vitest-environment happy-dom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConnectedCard, type ConnectedCardProps } from '@/components/options/ConnectedCard';
import { EN, renderOptions } from '@/tests/helpers/render-options';

const NOW = Date.UTC(2026, 5, 15, 12, 0);

function setup(props: Partial<ConnectedCardProps> = {}, languages?: string[]) {
  const onDisconnect = vi.fn(() => Promise.resolve());
  const view = renderOptions(
    <ConnectedCard tokenHint="1a2b" balance={{ credits: 123_456, fetchedAt: NOW - 3 * 60_000 }} now={NOW} onDisconnect={onDisconnect} {...props} />,
    languages,
  );
  return { ...view, onDisconnect };
}

describe('ConnectedCard', () => {
  it('shows the masked token and the balance it sees, in credits and dollars', () => {
    setup();

    expect(screen.getByText('Connected')).toBeInTheDocument();
    expect(screen.getByText('••••1a2b')).toBeInTheDocument();
    expect(screen.getByText('123,456 credits ($1,234.56)')).toBeInTheDocument();
    expect(screen.getByText('Updated 3 minutes ago')).toBeInTheDocument();
  });

  it('formats for German', () => {
    setup({}, ['de-DE']);

    expect(screen.getByText('Verbunden')).toBeInTheDocument();
    expect(screen.getByText('123.456 Credits (1.234,56 $)')).toBeInTheDocument();
    expect(screen.getByText('Aktualisiert vor 3 Minuten')).toBeInTheDocument();
  });

  it('says the balance is on its way before the first snapshot', () => {
    setup({ balance: null });

    expect(screen.getByText(EN.t('options.connected.balancePending'))).toBeInTheDocument();
  });

  it('warns when AgentPMT rejected the token', () => {
    setup({ rejected: true });

    expect(screen.getByRole('alert')).toHaveTextContent(EN.t('options.connected.rejected'));
  });

  it('asks before disconnecting, and Cancel keeps everything', async () => {
    const user = userEvent.setup();
    const { onDisconnect } = setup();

    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    const question = screen.getByRole('group', { name: EN.t('options.connected.confirmQuestion') });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(onDisconnect).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Disconnect' })).toHaveFocus();
  });

  it('disconnects once confirmed, from the keyboard', async () => {
    const user = userEvent.setup();
    const { onDisconnect } = setup();

    screen.getByRole('button', { name: 'Disconnect' }).focus();
    await user.keyboard('{Enter}');
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Yes, disconnect' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(onDisconnect).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(EN.t('options.connected.disconnecting'))).toBeInTheDocument();
  });

  it('says so when disconnecting failed', async () => {
    const user = userEvent.setup();
    const onDisconnect = vi.fn(() => Promise.reject(new Error('no background')));
    setup({ onDisconnect });

    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    await user.click(screen.getByRole('button', { name: 'Yes, disconnect' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(EN.t('options.connected.disconnectFailed'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Disconnect' })).toHaveFocus());
  });
});
