import { describe, expect, it } from 'vitest';
import { evaluateAlerts, initialAlertState, pause, snooze } from '@/lib/alerts/evaluate';
import type { AlertKind } from '@/lib/alerts/kinds';
import { armed, DAY, lot, NOW, SETTINGS, snap } from '@/tests/helpers/alert-fixtures';

const kinds = (events: { kind: AlertKind }[]) => events.map((e) => e.kind);

describe('evaluateAlerts', () => {
  it.each([
    ['low balance when the balance falls below the threshold', armed(), snap(499), ['lowBalance']],
    ['nothing at the threshold itself', armed(), snap(500), []],
    ['empty, and only empty, when the balance reaches 0', armed(), snap(0), ['empty']],
    ['low runway when the runway falls below N', armed(), snap(5000, { runwayDays: 6.5 }), ['lowRunway']],
    ['nothing for an unknown runway', armed(), snap(5000, { runwayDays: null }), []],
    ['a top-up on a rise of 500', armed({ lastBalance: 1000 }), snap(1500), ['topUp']],
    ['no top-up on a rise of 499', armed({ lastBalance: 1000 }), snap(1499), []],
    ['an expiring lot entering the 30-day window', armed(), snap(5000, { lots: [lot('g1', 29)] }), ['expiring']],
  ])('fires %s', (_name, state, input, expected) => {
    // Act
    const actual = evaluateAlerts(state, input, SETTINGS, NOW);

    // Assert
    expect(kinds(actual.events)).toEqual(expected);
  });

  it.each([
    ['low balance', armed({ lowBalance: 'fired' }), snap(400)],
    ['empty', armed({ empty: 'fired', lowBalance: 'fired' }), snap(0)],
    ['low runway', armed({ lowRunway: 'fired' }), snap(5000, { runwayDays: 1 })],
    ['token rejected', armed({ tokenRejected: 'fired' }), { type: 'tokenRejected' } as const],
  ])('does not repeat %s while it lasts', (_name, state, input) => {
    expect(evaluateAlerts(state, input, SETTINGS, NOW).events).toEqual([]);
  });

  it.each([
    ['at threshold + 10 %', 550, 'fired'],
    ['just above threshold + 10 %', 551, 'armed'],
  ])('re-arms low balance only above threshold + 10 %: %s', (_name, balance, expected) => {
    // Arrange
    const state = armed({ lowBalance: 'fired', lastBalance: balance });

    // Act
    const actual = evaluateAlerts(state, snap(balance), SETTINGS, NOW).state.lowBalance;

    // Assert
    expect(actual).toBe(expected);
  });

  it('re-arms low balance on a top-up, and fires again on the next snapshot if still below', () => {
    // Arrange
    const settings = { ...SETTINGS, lowBalanceThreshold: 5000 };
    const state = armed({ lowBalance: 'fired', lastBalance: 3000 });

    // Act
    const topUp = evaluateAlerts(state, snap(3500), settings, NOW);
    const next = evaluateAlerts(topUp.state, snap(3490), settings, NOW);

    // Assert
    expect(kinds(topUp.events)).toEqual(['topUp']);
    expect(kinds(next.events)).toEqual(['lowBalance']);
  });

  it('re-arms low runway only above N + 2 days', () => {
    const state = armed({ lowRunway: 'fired' });
    expect(evaluateAlerts(state, snap(5000, { runwayDays: 9 }), SETTINGS, NOW).state.lowRunway).toBe('fired');
    expect(evaluateAlerts(state, snap(5000, { runwayDays: 9.1 }), SETTINGS, NOW).state.lowRunway).toBe('armed');
  });

  it('re-arms empty as soon as the balance is above 0', () => {
    const state = armed({ empty: 'fired', lowBalance: 'fired' });
    expect(evaluateAlerts(state, snap(1), SETTINGS, NOW).state.empty).toBe('armed');
  });

  it('keeps low balance and low runway quiet when the balance reaches 0, but marks them fired', () => {
    // Act
    const actual = evaluateAlerts(armed(), snap(0, { runwayDays: 0 }), SETTINGS, NOW);

    // Assert
    expect(kinds(actual.events)).toEqual(['empty']);
    expect(actual.state).toMatchObject({ empty: 'fired', lowBalance: 'fired', lowRunway: 'fired' });
  });

  it('treats the first snapshot after a reset as a silent baseline', () => {
    // Arrange
    const state = initialAlertState();

    // Act
    const baseline = evaluateAlerts(state, snap(0, { lots: [lot('g1', 3)], runwayDays: 0 }), SETTINGS, NOW);
    const second = evaluateAlerts(baseline.state, snap(0, { lots: [lot('g1', 3)], runwayDays: 0 }), SETTINGS, NOW + 60_000);

    // Assert
    expect(baseline.events).toEqual([]);
    expect(baseline.state).toMatchObject({ baseline: false, empty: 'fired', lowBalance: 'fired', lastBalance: 0 });
    expect(second.events).toEqual([]);
  });

  it('still reports a rejected token during the baseline', () => {
    expect(kinds(evaluateAlerts(initialAlertState(), { type: 'tokenRejected' }, SETTINGS, NOW).events)).toEqual(['tokenRejected']);
  });

  it.each([
    ['turned off in settings', armed(), { ...SETTINGS, alerts: { ...SETTINGS.alerts, lowBalance: false } }],
    ['paused', pause(armed(), NOW + 3_600_000), SETTINGS],
    ['snoozed', snooze(armed(), 'lowBalance', NOW + DAY), SETTINGS],
  ])('moves a muted alert to fired without showing it: %s', (_name, state, settings) => {
    // Act
    const actual = evaluateAlerts(state, snap(100), settings, NOW);

    // Assert
    expect(actual.events).toEqual([]);
    expect(actual.state.lowBalance).toBe('fired');
  });

  it('shows alerts again once the pause or snooze is over', () => {
    const paused = pause(armed(), NOW - 1);
    const snoozed = snooze(armed(), 'lowBalance', NOW);
    expect(kinds(evaluateAlerts(paused, snap(100), SETTINGS, NOW).events)).toEqual(['lowBalance']);
    expect(kinds(evaluateAlerts(snoozed, snap(100), SETTINGS, NOW).events)).toEqual(['lowBalance']);
  });

  it('carries only numbers in its events', () => {
    // Act
    const actual = evaluateAlerts(armed({ lastBalance: 0 }), snap(600, { lots: [lot('g1', 6, 250)], runwayDays: 3 }), SETTINGS, NOW);

    // Assert
    expect(actual.events).toEqual([
      { kind: 'lowRunway', balance: 600, runwayDays: 3, thresholdDays: 7 },
      { kind: 'expiring', credits: 250, expiresAt: NOW + 6 * DAY, windowDays: 7, more: 0 },
      { kind: 'topUp', added: 600, balance: 600 },
    ]);
  });

  it('does not mutate the state it is given', () => {
    const state = armed();
    const copy = structuredClone(state);
    evaluateAlerts(state, snap(0, { lots: [lot('g1', 2)] }), SETTINGS, NOW);
    expect(state).toEqual(copy);
  });
});
