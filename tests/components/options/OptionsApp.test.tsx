/** @vitest-environment happy-dom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { LINKS } from '@/lib/links';
import type { Command } from '@/lib/messaging/protocol';
import type { PageActions } from '@/lib/query/commands';
import { saveSettings } from '@/lib/query/settings-query';
import { connectionItem, type Snapshot, snapshotItem } from '@/lib/storage/items';
import { EN, renderOptions } from './render';

const TOKEN = 'apmt_test_0123456789abcdef';
const NOW = Date.now();

const snapshot = (balance: number, lastError: Snapshot['lastError'] = null): Snapshot => ({
  balance: { balance, nextExpiryAt: null, expiresInDays: null },
  grants: null,
  transactions: null,
  fetchedAt: NOW,
  lastError,
  lastAttemptAt: NOW,
  historyAvailable: false,
  historyFetchedAt: null,
  dropped: 0,
  nextAttemptAt: null,
});

/** A stand-in for the background: checks the token like the API would and writes what it writes. */
function fakeBackground(answer?: (command: Command) => unknown) {
  const sent: Command[] = [];
  const actions: PageActions = {
    openOptions: () => Promise.resolve(),
    send: vi.fn(async (command: Command) => {
      sent.push(command);
      if (answer) return answer(command);
      if (command.type === 'connectToken') {
        if (command.token !== TOKEN) return { ok: false, error: 'unauthorized', retryAt: null };
        await connectionItem.setValue({ connected: true, tokenHint: TOKEN.slice(-4), connectedAt: NOW });
        await snapshotItem.setValue(snapshot(1250));
        return { ok: true, tokenHint: TOKEN.slice(-4) };
      }
      if (command.type === 'disconnect') {
        await fakeBrowser.storage.local.clear();
        return { ok: true };
      }
      return undefined;
    }),
  };
  return { actions, sent };
}

async function connectWith(token: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Agent Group token'), token);
  await user.click(screen.getByRole('button', { name: 'Connect' }));
  return user;
}

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.className = '';
});

describe('OptionsApp, not connected', () => {
  it('welcomes a new user: what the token is, where to find it, where it goes', async () => {
    renderOptions(<OptionsApp actions={fakeBackground().actions} />);

    const welcome = await screen.findByRole('region', { name: EN.t('options.welcome.heading') });
    expect(within(welcome).getByText(EN.t('options.welcome.tokenWhat'))).toBeInTheDocument();
    expect(within(welcome).getByRole('list')).toHaveTextContent('Control Center→Agent Groups→Show Bearer Token');
    expect(welcome).toHaveTextContent('stored only in this browser. The extension talks only to api.agentpmt.com');
    const privacy = screen.getByRole('region', { name: 'Privacy' });
    expect(privacy).toHaveTextContent('The extension talks only to api.agentpmt.com');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Settings');
  });

  it('links to the help page and the dashboard in a new tab, without an opener', async () => {
    renderOptions(<OptionsApp actions={fakeBackground().actions} />);

    const help = await screen.findByRole('link', { name: /Help: how credits work/ });
    const dashboard = screen.getByRole('link', { name: /Open the AgentPMT dashboard/ });

    expect(help).toHaveAttribute('href', LINKS.help);
    expect(dashboard).toHaveAttribute('href', LINKS.buy);
    for (const link of [help, dashboard]) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('connects through the form and then shows the masked token and the balance', async () => {
    const { actions, sent } = fakeBackground();
    renderOptions(<OptionsApp actions={actions} />);

    await connectWith(TOKEN);

    expect(await screen.findByText('••••cdef')).toBeInTheDocument();
    expect(screen.getByText('1,250 credits ($12.50)')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: EN.t('options.welcome.heading') })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Connection' })).toHaveFocus();
    expect(sent).toEqual([{ type: 'connectToken', token: TOKEN }]);
  });

  it('shows the error for a rejected token and leaves storage as it was', async () => {
    const { actions } = fakeBackground();
    renderOptions(<OptionsApp actions={actions} />);

    await connectWith('apmt_wrong_0123456789abcdef');

    expect(await screen.findByRole('alert')).toHaveTextContent(EN.t('options.connect.error.unauthorized'));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(screen.getByRole('region', { name: EN.t('options.welcome.heading') })).toBeInTheDocument();
  });

  it.each([
    undefined,
    null,
    'ok',
    { ok: 'yes' },
    { ok: false },
    { ok: false, error: 'unavailable' },
    { ok: false, error: 'forbidden' },
  ])('treats an unusable answer or a command failure (%j) as a failure', async (answer) => {
    renderOptions(<OptionsApp actions={fakeBackground(() => answer).actions} />);

    await connectWith(TOKEN);

    expect(await screen.findByRole('alert')).toHaveTextContent(EN.t('options.connect.error.internal'));
  });
});

describe('OptionsApp, connected', () => {
  beforeEach(async () => {
    await connectionItem.setValue({ connected: true, tokenHint: '1a2b', connectedAt: NOW });
    await snapshotItem.setValue(snapshot(980));
  });

  it('shows the connection without the welcome', async () => {
    renderOptions(<OptionsApp actions={fakeBackground().actions} />);

    expect(await screen.findByText('••••1a2b')).toBeInTheDocument();
    expect(await screen.findByText('980 credits ($9.80)')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: EN.t('options.welcome.heading') })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Agent Group token')).not.toBeInTheDocument();
  });

  it('points out a token that AgentPMT stopped accepting', async () => {
    await snapshotItem.setValue(snapshot(980, { kind: 'unauthorized', message: 'HTTP 401', status: 401 }));
    renderOptions(<OptionsApp actions={fakeBackground().actions} />);

    expect(await screen.findByRole('alert')).toHaveTextContent(EN.t('options.connected.rejected'));
  });

  it('disconnects: sends the command, then welcomes again with a notice', async () => {
    const user = userEvent.setup();
    const { actions, sent } = fakeBackground();
    renderOptions(<OptionsApp actions={actions} />);

    await user.click(await screen.findByRole('button', { name: 'Disconnect' }));
    await user.click(screen.getByRole('button', { name: 'Yes, disconnect' }));

    expect(await screen.findByText(EN.t('options.disconnected.notice'))).toBeInTheDocument();
    expect(screen.getByRole('region', { name: EN.t('options.welcome.heading') })).toBeInTheDocument();
    expect(screen.getByLabelText('Agent Group token')).toHaveValue('');
    expect(sent).toEqual([{ type: 'disconnect' }]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('OptionsApp, page-wide', () => {
  it('applies the theme setting to the document as soon as it changes', async () => {
    renderOptions(<OptionsApp actions={fakeBackground().actions} />);
    await screen.findByRole('region', { name: 'Alerts' });
    expect(document.documentElement).not.toHaveClass('dark');

    await saveSettings({ theme: 'dark' });

    await waitFor(() => expect(document.documentElement).toHaveClass('dark'));
  });

  it('speaks German when the browser does, and says so to assistive technology', async () => {
    renderOptions(<OptionsApp actions={fakeBackground().actions} />, ['de-DE', 'en']);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Einstellungen');
    expect(await screen.findByRole('button', { name: 'Verbinden' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'de-DE');
    expect(document.title).toBe('Einstellungen · AgentPMT Credits');
  });
});
