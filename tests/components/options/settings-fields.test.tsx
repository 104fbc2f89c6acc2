/** @vitest-environment happy-dom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AlertSettings } from '@/components/options/AlertSettings';
import { GeneralSettings } from '@/components/options/GeneralSettings';
import { saveSettings } from '@/lib/query/settings-query';
import { useStored } from '@/lib/query/stored-query';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/storage/settings';
import { EN, renderOptions } from '@/tests/helpers/render-options';

function Settings({ which }: { which: 'alerts' | 'general' }) {
  const settings = useStored(settingsItem).data;
  if (!settings) return null;
  const Section = which === 'alerts' ? AlertSettings : GeneralSettings;
  return <Section settings={settings} save={(patch) => saveSettings(patch)} />;
}

async function show(which: 'alerts' | 'general', languages?: string[]) {
  const view = renderOptions(<Settings which={which} />, languages);
  await screen.findByRole('heading', { level: 2 });
  return view;
}

function edit(label: string | RegExp, text: string) {
  const field = screen.getByLabelText(label);
  fireEvent.input(field, { target: { value: text } });
  fireEvent.blur(field);
  return field;
}


describe('number settings', () => {
  it.each([
    [/falls below/, '1200', 'lowBalanceThreshold', 1200],
    [/run out within/, '14', 'lowRunwayDays', 14],
  ] as const)('saves %s and confirms it', async (label, text, key, expected) => {
    await show('alerts');

    edit(label, text);

    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect((await settingsItem.read())[key]).toBe(expected);
  });

  it('saves the refresh interval on Enter', async () => {
    const user = userEvent.setup();
    await show('general');
    const field = screen.getByLabelText(/Refresh interval/);

    await user.clear(field);
    await user.type(field, '15{Enter}');

    await waitFor(async () => expect((await settingsItem.read()).refreshMinutes).toBe(15));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it.each([
    ['0', EN.t('options.field.error.outOfRange', { min: '1', max: '60' })],
    ['61', EN.t('options.field.error.outOfRange', { min: '1', max: '60' })],
    ['2.5', EN.t('options.field.error.notWholeNumber', { min: '1', max: '60' })],
    ['', EN.t('options.field.error.notWholeNumber', { min: '1', max: '60' })],
    ['soon', EN.t('options.field.error.notWholeNumber', { min: '1', max: '60' })],
  ])('refuses a refresh interval of %j, says why, and keeps the stored value', async (text, message) => {
    await show('general');

    const field = edit(/Refresh interval/, text);

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue(text);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('clears the error when the stored value is typed back', async () => {
    await show('general');
    const field = edit(/Refresh interval/, '0');
    await screen.findByRole('alert');

    edit(/Refresh interval/, '5');

    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(field).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows the dollar value of the threshold as it is typed', async () => {
    await show('alerts');
    expect(screen.getByText('500 credits = $5.00')).toBeInTheDocument();

    fireEvent.input(screen.getByLabelText(/falls below/), { target: { value: '2500' } });

    expect(screen.getByText('2,500 credits = $25.00')).toBeInTheDocument();
  });

  it('reads German number formats and explains in German', async () => {
    await show('alerts', ['de-DE']);

    edit(/unter diesen Wert fällt/, '1.500');
    await waitFor(async () => expect((await settingsItem.read()).lowBalanceThreshold).toBe(1500));

    edit(/aufgebraucht sind/, '2,5');
    expect(await screen.findByRole('alert')).toHaveTextContent('Geben Sie eine ganze Zahl von 1 bis 90 ein. Nicht gespeichert.');
  });

  it('follows a value changed on another page', async () => {
    await show('general');

    await saveSettings({ refreshMinutes: 42 });

    await waitFor(() => expect(screen.getByLabelText(/Refresh interval/)).toHaveValue('42'));
  });
});

describe('expiry warning days', () => {
  it('saves a list, stored longest first', async () => {
    await show('alerts');
    const field = screen.getByLabelText(/days before a purchase expires/);
    expect(field).toHaveValue('30, 7, 1');

    edit(/days before a purchase expires/, '3, 14, 60');

    await waitFor(async () => expect((await settingsItem.read()).expiryWindows).toEqual([60, 14, 3]));
    await waitFor(() => expect(field).toHaveValue('60, 14, 3'));
  });

  it.each([
    ['30, soon', EN.t('options.field.error.list')],
    ['30, 0', EN.t('options.field.error.outOfRange', { min: '1', max: '365' })],
    ['1, 2, 3, 4, 5, 6', EN.t('options.field.error.tooMany', { max: '5' })],
  ])('refuses %j', async (text, message) => {
    await show('alerts');

    edit(/days before a purchase expires/, text);

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect((await settingsItem.read()).expiryWindows).toEqual(DEFAULT_SETTINGS.expiryWindows);
  });
});

describe('switches and choices', () => {
  it.each([
    ['Low balance', 'lowBalance'],
    ['Low runway', 'lowRunway'],
    ['Balance reaches zero', 'empty'],
    ['Credits about to expire', 'expiring'],
    ['Top-up confirmation', 'topUp'],
    ['Token rejected', 'tokenRejected'],
  ] as const)('turns the %s alert off and on again', async (label, key) => {
    const user = userEvent.setup();
    await show('alerts');
    const toggle = screen.getByRole('switch', { name: label });
    expect(toggle).toBeChecked();

    await user.click(toggle);
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect((await settingsItem.read()).alerts[key]).toBe(false);
    expect(screen.getByText('Saved')).toBeInTheDocument();

    await user.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect((await settingsItem.read()).alerts).toEqual(DEFAULT_SETTINGS.alerts);
  });

  it('turns the widget off', async () => {
    const user = userEvent.setup();
    await show('general');

    await user.click(screen.getByRole('switch', { name: EN.t('options.general.widget') }));

    await waitFor(async () => expect((await settingsItem.read()).widgetEnabled).toBe(false));
  });

  it.each([
    ['Toolbar badge', 'Dollars', 'badgeMode', 'dollars'],
    ['Toolbar badge', 'Off', 'badgeMode', 'off'],
    ['Theme', 'Dark', 'theme', 'dark'],
    ['Theme', 'Light', 'theme', 'light'],
  ] as const)('sets %s to %s', async (group, choice, key, expected) => {
    const user = userEvent.setup();
    await show('general');

    await user.click(screen.getByRole('radio', { name: choice }));

    await waitFor(async () => expect((await settingsItem.read())[key]).toBe(expected));
    expect(screen.getByRole('group', { name: group })).toHaveTextContent('Saved');
  });

  it('moves between choices with the arrow keys', async () => {
    const user = userEvent.setup();
    await show('general');
    screen.getByRole('radio', { name: 'Same as the system' }).focus();

    await user.keyboard('{ArrowRight}');

    await waitFor(async () => expect((await settingsItem.read()).theme).toBe('light'));
  });
});
