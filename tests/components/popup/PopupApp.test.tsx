/** @vitest-environment happy-dom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/storage/settings';
import { alertStateItem, connectionItem, INITIAL_ALERT_STATE, snapshotItem } from '@/lib/storage/items';
import { PopupApp } from '@/components/popup/PopupApp';
import { DE, fakeActions, makeSnapshot, makeTx, MINUTE_MS, NOW, renderEn } from '../fixtures';

const clock = () => NOW;

// happy-dom lays nothing out: give the activity list a viewport to fill.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 300 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

async function connect() {
  await connectionItem.setValue({ connected: true, tokenHint: '1a2b', connectedAt: NOW - 86_400_000 });
}

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.className = '';
  window.location.hash = '';
});

describe('PopupApp', () => {
  it('without a token: explains how to connect and opens the settings', async () => {
    const actions = fakeActions();
    renderEn(<PopupApp actions={actions} clock={clock} />);

    expect(await screen.findByText('Connect your AgentPMT account')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(actions.openOptions).toHaveBeenCalledOnce();
    expect(screen.queryByLabelText('Alerts')).toBeNull();
    expect(screen.getByRole('button', { name: 'Help' })).toBeInTheDocument();
  });

  it('paints the stored snapshot and tells the background the user is looking', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    const actions = fakeActions();

    renderEn(<PopupApp actions={actions} clock={clock} />);

    expect(await screen.findByText('12,345 credits')).toBeInTheDocument();
    expect(screen.getByText('$123.45')).toBeInTheDocument();
    expect(actions.send).toHaveBeenCalledWith({ type: 'userLooking' });
    expect(actions.send.mock.calls.filter(([c]) => c.type === 'userLooking')).toHaveLength(1);
  });

  it('shows the first load while connected without a snapshot, then the data once stored', async () => {
    await connect();
    renderEn(<PopupApp actions={fakeActions()} clock={clock} />);
    expect(await screen.findByText('Loading your balance…')).toBeInTheDocument();

    await act(() => snapshotItem.setValue(makeSnapshot()));

    expect(await screen.findByText('12,345 credits')).toBeInTheDocument();
  });

  it('follows new snapshots from storage, and shows a failed refresh as stale with the numbers kept', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    renderEn(<PopupApp actions={fakeActions()} clock={clock} />);
    await screen.findByText('12,345 credits');

    await act(() => snapshotItem.setValue(makeSnapshot({ lastError: { kind: 'server', message: '503', status: 503 } })));

    expect(await screen.findByText('Stale')).toBeInTheDocument();
    expect(screen.getByText('The last refresh failed')).toBeInTheDocument();
    expect(screen.getByText('12,345 credits')).toBeInTheDocument();
  });

  it('sends Refresh, Buy credits and Help to the background', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    const actions = fakeActions();
    renderEn(<PopupApp actions={actions} clock={clock} />);
    await screen.findByText('12,345 credits');

    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    fireEvent.click(screen.getByRole('button', { name: 'Buy credits' }));
    fireEvent.click(screen.getByRole('button', { name: 'Help' }));

    await waitFor(() => expect(actions.send).toHaveBeenCalledWith({ type: 'refreshNow' }));
    expect(actions.send).toHaveBeenCalledWith({ type: 'openPage', page: 'buy' });
    expect(actions.send).toHaveBeenCalledWith({ type: 'openPage', page: 'help' });
  });

  it('pauses alerts, and offers to resume them while paused', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    const actions = fakeActions();
    renderEn(<PopupApp actions={actions} clock={clock} />);
    await screen.findByText('12,345 credits');

    fireEvent.change(screen.getByLabelText('Alerts'), { target: { value: '8' } });
    expect(actions.send).toHaveBeenCalledWith({ type: 'pauseAlerts', hours: 8 });

    await act(() => alertStateItem.setValue({ ...INITIAL_ALERT_STATE, pausedUntil: NOW + 8 * 60 * MINUTE_MS }));
    fireEvent.click(await screen.findByRole('button', { name: 'Resume' }));

    expect(screen.getByText(/^Alerts paused until /)).toBeInTheDocument();
    expect(actions.send).toHaveBeenCalledWith({ type: 'pauseAlerts', hours: 0 });
  });

  it('follows the theme setting', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'dark' });
    renderEn(<PopupApp actions={fakeActions()} clock={clock} />);

    await waitFor(() => expect(document.documentElement).toHaveClass('dark'));

    await act(() => settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'light' }));

    await waitFor(() => expect(document.documentElement).not.toHaveClass('dark'));
    expect(document.documentElement.style.colorScheme).toBe('light');
  });

  it('speaks German to a German browser, and says so in the page language', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    renderEn(<PopupApp actions={fakeActions()} clock={clock} />, { texts: DE });

    expect(await screen.findByText('12.345 Credits')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aktualisieren' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('opens on the tab named in the URL hash and renders server text as text', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot({ transactions: [makeTx({ description: '<img src=x onerror=alert(1)>' })] }));
    window.location.hash = '#activity';

    const { container } = renderEn(<PopupApp actions={fakeActions()} clock={clock} />);

    const list = await screen.findByRole('region', { name: 'Recent activity' });
    expect(within(list).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
