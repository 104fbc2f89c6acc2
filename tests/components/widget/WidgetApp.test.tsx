/** @vitest-environment happy-dom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FrameSize } from '@/lib/content/frame-protocol';
import { connectionItem, snapshotItem } from '@/lib/storage/items';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/storage/settings';
import { WidgetApp } from '@/components/widget/WidgetApp';
import type { WidgetActions } from '@/components/widget/widget-actions';
import { fakeActions, makeSnapshot, NOW, renderEn } from '@/tests/helpers/fixtures';

const clock = () => NOW;

// happy-dom lays nothing out: give the activity list a viewport to fill.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 300 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

function widgetActions() {
  return { ...fakeActions(), openFullView: vi.fn<WidgetActions['openFullView']>(async () => undefined) };
}

async function connect() {
  await connectionItem.setValue({ connected: true, tokenHint: '1a2b', connectedAt: NOW - 86_400_000 });
}

function renderWidget(actions = widgetActions()) {
  const sizes: FrameSize[] = [];
  const view = renderEn(<WidgetApp actions={actions} clock={clock} postSize={(size) => sizes.push(size)} />);
  return { ...view, actions, sizes };
}

const pill = () => screen.findByRole('button', { name: /^AgentPMT Credits:/ });

beforeEach(() => {
  document.documentElement.className = '';
});

describe('WidgetApp', () => {
  it('shows the stored balance in the pill, without telling the background anything yet', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());

    const { actions } = renderWidget();

    expect(await pill()).toHaveTextContent('12,345 credits');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(actions.send).not.toHaveBeenCalled();
  });

  it('opens the compact panel with balance, lots and Buy credits, and says the user is looking', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    const { actions } = renderWidget();

    fireEvent.click(await pill());

    const dialog = screen.getByRole('dialog', { name: 'AgentPMT Credits' });
    expect(within(dialog).getByTestId('balance-credits')).toHaveTextContent('12,345 credits');
    expect(within(dialog).getByRole('list', { name: 'Credit lots' })).toBeInTheDocument();
    expect(await pill()).toHaveAttribute('aria-expanded', 'true');
    expect(dialog).toHaveFocus();
    expect(actions.send).toHaveBeenCalledWith({ type: 'userLooking' });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Buy credits' }));
    expect(actions.send).toHaveBeenCalledWith({ type: 'openPage', page: 'buy' });
  });

  it('shows the recent activity on its tab', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    renderWidget();
    fireEvent.click(await pill());

    fireEvent.click(screen.getByRole('tab', { name: 'Activity' }));

    const list = await screen.findByRole('region', { name: 'Recent activity' });
    expect(within(list).getByText('web-search')).toBeInTheDocument();
  });

  it('opens the full view from the panel', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    const { actions } = renderWidget();
    fireEvent.click(await pill());

    fireEvent.click(screen.getByRole('button', { name: 'Open full view' }));

    expect(actions.openFullView).toHaveBeenCalledOnce();
  });

  it('closes on Escape and gives focus back to the pill', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    renderWidget();
    fireEvent.click(await pill());

    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await pill()).toHaveFocus();
    expect(await pill()).toHaveAttribute('aria-expanded', 'false');
  });

  it.each([
    ['a press outside the pill and the panel', () => fireEvent.pointerDown(document.body)],
    ['the frame losing focus (a click on the page)', () => fireEvent.blur(window)],
    ['the pill', () => fireEvent.click(screen.getByRole('button', { name: /^AgentPMT Credits:/ }))],
    ['Close', () => fireEvent.click(screen.getByRole('button', { name: 'Close' }))],
  ])('closes on %s', async (_name, act) => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    renderWidget();
    fireEvent.click(await pill());

    act();

    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('stays open on a press inside the panel', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    renderWidget();
    fireEvent.click(await pill());

    fireEvent.pointerDown(screen.getByRole('tab', { name: /^Lots/ }));

    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('reports its size once it has something to show, and whether the panel is open', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    const { sizes } = renderWidget();
    await pill();
    await waitFor(() => expect(sizes.at(-1)).toMatchObject({ open: false }));

    fireEvent.click(await pill());
    await waitFor(() => expect(sizes.at(-1)).toMatchObject({ open: true }));
    fireEvent.keyDown(document, { key: 'Escape' });

    await waitFor(() => expect(sizes.at(-1)).toMatchObject({ open: false }));
  });

  it('without a token: a Connect pill whose panel leads to the settings', async () => {
    const { actions } = renderWidget();

    fireEvent.click(await screen.findByRole('button', { name: /Not connected/ }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Open settings' }));

    expect(actions.openOptions).toHaveBeenCalledOnce();
  });

  it('follows new snapshots and the theme setting from storage', async () => {
    await connect();
    await snapshotItem.setValue(makeSnapshot());
    renderWidget();
    await pill();

    await act(async () => {
      await snapshotItem.setValue(makeSnapshot({ balance: { balance: 200, nextExpiryAt: null, expiresInDays: null } }));
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'dark' });
    });

    await waitFor(async () => expect((await pill()).getAttribute('aria-label')).toBe('AgentPMT Credits: 200 credits, Low balance'));
    expect(document.documentElement).toHaveClass('dark');
    expect(document.documentElement.style.colorScheme).toBe('light dark');
  });
});
