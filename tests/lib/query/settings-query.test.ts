/** @vitest-environment happy-dom */
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { createElement, type ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQueryClient } from '@/lib/query/query-client';
import {
  SettingsValidationError,
  normalizeExpiryWindows,
  saveSettings,
  useSaveSettings,
  validateSettingsPatch,
  type SettingIssue,
  type SettingsPatch,
} from '@/lib/query/settings-query';
import { useStored } from '@/lib/query/stored-query';
import { DEFAULT_SETTINGS, SETTING_LIMITS, settingsItem } from '@/lib/storage/settings';

function issueOf(patch: SettingsPatch): SettingIssue | undefined {
  try {
    validateSettingsPatch(patch);
    return undefined;
  } catch (error) {
    if (error instanceof SettingsValidationError) return error.issue;
    throw error;
  }
}

const storedSync = async () => fakeBrowser.storage.sync.get(null);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('SETTING_LIMITS', () => {
  it('follows the product ranges', () => {
    expect(SETTING_LIMITS.refreshMinutes).toEqual({ min: 1, max: 60 });
    expect(SETTING_LIMITS.lowRunwayDays).toEqual({ min: 1, max: 90 });
    expect(SETTING_LIMITS.lowBalanceThreshold.min).toBe(0);
    expect(SETTING_LIMITS.expiryWindow).toEqual({ min: 1, max: 365 });
  });
});

describe('validateSettingsPatch', () => {
  it.each<[string, SettingsPatch]>([
    ['a threshold', { lowBalanceThreshold: 1200 }],
    ['a zero threshold', { lowBalanceThreshold: 0 }],
    ['the longest refresh', { refreshMinutes: 60 }],
    ['the shortest refresh', { refreshMinutes: 1 }],
    ['runway days', { lowRunwayDays: 14 }],
    ['a badge mode', { badgeMode: 'dollars' }],
    ['a theme', { theme: 'dark' }],
    ['the widget switch', { widgetEnabled: false }],
    ['an alert switch', { alerts: { topUp: false } }],
    ['no expiry windows', { expiryWindows: [] }],
  ])('accepts %s', (_name, patch) => {
    expect(validateSettingsPatch(patch)).toEqual(patch);
  });

  it.each<[string, SettingsPatch, SettingIssue]>([
    ['a refresh of 0', { refreshMinutes: 0 }, { field: 'refreshMinutes', code: 'out_of_range', min: 1, max: 60 }],
    ['a refresh of 61', { refreshMinutes: 61 }, { field: 'refreshMinutes', code: 'out_of_range', min: 1, max: 60 }],
    ['a fractional refresh', { refreshMinutes: 2.5 }, { field: 'refreshMinutes', code: 'not_whole_number', min: 1, max: 60 }],
    ['an empty number', { lowRunwayDays: Number.NaN }, { field: 'lowRunwayDays', code: 'not_whole_number', min: 1, max: 90 }],
    ['a negative threshold', { lowBalanceThreshold: -1 }, { field: 'lowBalanceThreshold', code: 'out_of_range', ...SETTING_LIMITS.lowBalanceThreshold }],
    ['six expiry windows', { expiryWindows: [1, 2, 3, 4, 5, 6] }, { field: 'expiryWindows', code: 'too_many', max: 5 }],
    ['an expiry window of 0', { expiryWindows: [30, 0] }, { field: 'expiryWindows', code: 'out_of_range', min: 1, max: 365 }],
    ['an expiry window of 400', { expiryWindows: [400] }, { field: 'expiryWindows', code: 'out_of_range', min: 1, max: 365 }],
    ['an unknown badge mode', { badgeMode: 'emoji' as never }, { field: 'badgeMode', code: 'invalid' }],
    ['a non-boolean alert', { alerts: { lowBalance: 'yes' as never } }, { field: 'alerts.lowBalance', code: 'invalid' }],
    ['an unknown alert', { alerts: { sparkles: true } as never }, { field: 'alerts.sparkles' as never, code: 'invalid' }],
    ['an unknown field', { colour: 'red' } as never, { field: 'colour' as never, code: 'invalid' }],
  ])('refuses %s', (_name, patch, expected) => {
    expect(issueOf(patch)).toEqual(expected);
  });

  it('stores expiry windows distinct and longest first', () => {
    expect(validateSettingsPatch({ expiryWindows: [7, 30, 7, 1] })).toEqual({ expiryWindows: [30, 7, 1] });
  });

  it('accepts exactly the whole numbers inside the refresh range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double()), (minutes) => {
        const inside = Number.isInteger(minutes) && minutes >= 1 && minutes <= 60;
        expect(issueOf({ refreshMinutes: minutes }) === undefined).toBe(inside);
      }),
    );
  });
});

describe('normalizeExpiryWindows', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 365 })), (days) => {
        const once = normalizeExpiryWindows(days);
        expect(normalizeExpiryWindows(once)).toEqual(once);
        expect(new Set(once).size).toBe(once.length);
      }),
    );
  });
});

describe('saveSettings', () => {
  it('merges a patch into the stored settings', async () => {
    await saveSettings({ refreshMinutes: 15 });

    const actual = await saveSettings({ alerts: { topUp: false } });

    expect(actual).toEqual({ ...DEFAULT_SETTINGS, refreshMinutes: 15, alerts: { ...DEFAULT_SETTINGS.alerts, topUp: false } });
    expect(await settingsItem.read()).toEqual(actual);
  });

  it('writes nothing when a value is refused', async () => {
    await saveSettings({ lowBalanceThreshold: 900 });
    const before = await storedSync();

    await expect(saveSettings({ lowBalanceThreshold: 900, refreshMinutes: 0 })).rejects.toBeInstanceOf(SettingsValidationError);

    expect(await storedSync()).toEqual(before);
  });

  it('never stores an out-of-range refresh interval', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -10_000, max: 10_000 }), async (minutes) => {
        fakeBrowser.reset();
        await saveSettings({ refreshMinutes: minutes }).catch(() => undefined);
        const stored = (await settingsItem.read()).refreshMinutes;
        expect(stored).toBe(minutes >= 1 && minutes <= 60 ? minutes : DEFAULT_SETTINGS.refreshMinutes);
      }),
      { numRuns: 50 },
    );
  });
});

describe('useStored(settingsItem) and useSaveSettings', () => {
  const wrapper = () => {
    const client = createQueryClient();
    return ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
  };

  it('reads the defaults on a new install', async () => {
    const { result } = renderHook(() => useStored(settingsItem), { wrapper: wrapper() });

    await waitFor(() => expect(result.current.data).toEqual(DEFAULT_SETTINGS));
  });

  it('follows changes written by another page', async () => {
    const { result } = renderHook(() => useStored(settingsItem), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.data).toBeDefined());

    await act(() => settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'dark' }));

    await waitFor(() => expect(result.current.data?.theme).toBe('dark'));
  });

  it('keeps both of two saves sent at once', async () => {
    const { result } = renderHook(() => ({ save: useSaveSettings(), settings: useStored(settingsItem) }), { wrapper: wrapper() });

    await act(async () => {
      await Promise.all([result.current.save.mutateAsync({ refreshMinutes: 30 }), result.current.save.mutateAsync({ badgeMode: 'off' })]);
    });

    const stored = await settingsItem.read();
    expect(stored.refreshMinutes).toBe(30);
    expect(stored.badgeMode).toBe('off');
    await waitFor(() => expect(result.current.settings.data).toEqual(stored));
  });
});
