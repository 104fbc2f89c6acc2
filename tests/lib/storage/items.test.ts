import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/storage/settings';
import { alertStateItem, AlertStateSchema, connectionItem, INITIAL_ALERT_STATE, INITIAL_SCHEDULE, samplesItem, scheduleItem, ScheduleSchema, snapshotItem, SnapshotSchema, spendTrackItem } from '@/lib/storage/items';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { isSnapshotStale } from '@/lib/storage/freshness';

describe('stored values are validated on read', () => {
  it('never throws and always returns a valid value for arbitrary stored JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(settingsItem.parse(value)).toMatchObject({ refreshMinutes: expect.any(Number) });
        const snapshot = snapshotItem.parse(value);
        if (snapshot !== null) expect(SnapshotSchema.safeParse(snapshot).success).toBe(true);
        expect(Array.isArray(samplesItem.parse(value))).toBe(true);
        expect(typeof connectionItem.parse(value).connected).toBe('boolean');
        expect(AlertStateSchema.safeParse(alertStateItem.parse(value)).success).toBe(true);
        expect(ScheduleSchema.safeParse(scheduleItem.parse(value)).success).toBe(true);
      }),
    );
  });

  it('replaces only the invalid fields of settings, alert state and schedule', () => {
    expect(settingsItem.parse({ refreshMinutes: 0.1, lowBalanceThreshold: 900 })).toMatchObject({ refreshMinutes: 5, lowBalanceThreshold: 900 });
    expect(alertStateItem.parse({ lowBalance: 'fired', empty: 'bogus' })).toMatchObject({ lowBalance: 'fired', empty: 'armed' });
    expect(scheduleItem.parse({ failures: -3, stopped: true })).toMatchObject({ failures: 0, stopped: true });
  });

  it('drops snoozes of unknown alert kinds, and resets either map when an entry is unsound', () => {
    const at = 1_790_000_000_000;
    const read = (fields: object) => alertStateItem.parse({ ...INITIAL_ALERT_STATE, ...fields });

    expect(read({ expiringFired: { 'g1|30': at }, snoozedUntil: { lowBalance: at, bogus: 1 } })).toMatchObject({
      expiringFired: { 'g1|30': at },
      snoozedUntil: { lowBalance: at },
    });
    expect(read({ snoozedUntil: { lowBalance: at, bogus: 1 } }).snoozedUntil).not.toHaveProperty('bogus');
    for (const expiringFired of [{ 'g1|30': 'soon' }, { [`${'x'.repeat(251)}|30`]: at }, [at], null]) {
      expect(read({ expiringFired }).expiringFired).toEqual({});
    }
    expect(read({ snoozedUntil: { lowBalance: 'tomorrow' } }).snoozedUntil).toEqual({});
  });

  it.each([
    ['missing', undefined],
    ['garbage', 'x'],
  ])('reads defaults when the value is %s', (_name, value) => {
    expect(settingsItem.parse(value)).toEqual(DEFAULT_SETTINGS);
    expect(alertStateItem.parse(value)).toEqual(INITIAL_ALERT_STATE);
    expect(scheduleItem.parse(value)).toEqual(INITIAL_SCHEDULE);
    expect(connectionItem.parse(value)).toEqual({ connected: false, tokenHint: null, connectedAt: null });
  });

  it('reads a spend track stored before it had a credit as one with none', () => {
    const stored = { since: 1, last: { at: 2, balance: 900, nextExpiryAt: null }, steps: [{ from: 1, to: 2, spent: 100 }], hours: [] };
    expect(spendTrackItem.parse(stored)).toEqual({ ...stored, credit: 0 });
    expect(spendTrackItem.parse({ ...stored, credit: -5 })).toEqual({ ...stored, credit: 0 });
  });

  it('defines every key once, each with an explicit area', () => {
    const keys = Object.values(STORAGE_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^(local|sync):\w+$/);
    expect(STORAGE_KEYS.token.startsWith('local:')).toBe(true);
  });
});

describe('isSnapshotStale', () => {
  it.each([
    [10 * 60_000, false],
    [10 * 60_000 + 1, true],
  ])('after %i ms with a 5-minute interval: %s', (age, expected) => {
    expect(isSnapshotStale({ fetchedAt: 0 }, { refreshMinutes: 5 }, age)).toBe(expected);
  });
});
