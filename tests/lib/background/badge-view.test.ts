import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeView, type BadgeInput } from '@/lib/background/badge-view';
import { createTranslator } from '@/lib/i18n';
import { BACKGROUND_CATALOG } from '../i18n/catalogs';
import type { Snapshot } from '@/lib/storage/items';

const NOW = Date.UTC(2026, 5, 1, 12);
const DAY = 86_400_000;
const en = createTranslator(BACKGROUND_CATALOG, ['en-US']);
const settings = { badgeMode: 'credits', lowBalanceThreshold: 500, refreshMinutes: 5 } as const;

function snapshot(balance: number, overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    balance: { balance, nextExpiryAt: null, expiresInDays: null },
    grants: [{ id: 'g', credits: 5000, remaining: balance, source: 'card', createdAt: NOW - 100 * DAY, expiresAt: NOW + 60 * DAY }],
    transactions: [],
    fetchedAt: NOW - 60_000,
    lastError: null,
    lastAttemptAt: NOW - 60_000,
    historyAvailable: true,
    historyFetchedAt: NOW - 60_000,
    dropped: 0,
    nextAttemptAt: null,
    ...overrides,
  };
}
const input = (overrides: Partial<BadgeInput>): BadgeInput => ({ connected: true, snapshot: null, settings, stopped: false, now: NOW, ...overrides });

describe('badgeView', () => {
  it.each([
    ['signed out', input({ connected: false }), '?', 'neutral'],
    ['a normal balance', input({ snapshot: snapshot(1234) }), '1.2k', 'normal'],
    ['a low balance', input({ snapshot: snapshot(499) }), '499', 'low'],
    ['an empty balance', input({ snapshot: snapshot(0) }), '0', 'empty'],
    ['credits expiring within 7 days', input({ snapshot: snapshot(5000, { grants: [{ id: 'g', credits: 5000, remaining: 10, source: 'card', createdAt: 0, expiresAt: NOW + 6 * DAY }] }) }), '5k', 'low'],
    ['dollars', input({ snapshot: snapshot(123_456), settings: { ...settings, badgeMode: 'dollars' } }), '$1k', 'normal'],
    ['the badge turned off', input({ snapshot: snapshot(1234), settings: { ...settings, badgeMode: 'off' } }), '', 'normal'],
    ['a failure with fresh data', input({ snapshot: snapshot(1234, { lastError: { kind: 'network', message: 'x' } }) }), '1.2k', 'normal'],
    ['a failure with stale data', input({ snapshot: snapshot(1234, { lastError: { kind: 'network', message: 'x' }, fetchedAt: NOW - 11 * 60_000 }) }), '!', 'neutral'],
    ['a rejected token', input({ snapshot: snapshot(1234, { lastError: { kind: 'unauthorized', message: 'x' } }), stopped: true }), '!', 'neutral'],
    ['stale data without an error', input({ snapshot: snapshot(1234, { fetchedAt: NOW - DAY }) }), '1.2k', 'normal'],
    ['balance-only mode, next expiry in 3 days', input({ snapshot: snapshot(800, { grants: null, transactions: null, balance: { balance: 800, nextExpiryAt: NOW + 3 * DAY, expiresInDays: 3 } }) }), '800', 'low'],
  ])('shows %s', (_name, badgeInput, text, state) => {
    // Act
    const actual = badgeView(badgeInput, en);

    // Assert
    expect(actual.text).toBe(text);
    expect(actual.state).toBe(state);
    expect(actual.color).toBe(BADGE_COLORS[state as keyof typeof BADGE_COLORS]);
    expect(actual.text.length).toBeLessThanOrEqual(4);
  });

  it('puts exact credits, dollars, the next expiry and the update time in the tooltip', () => {
    // Act
    const { title } = badgeView(input({ snapshot: snapshot(1234) }), en);

    // Assert
    expect(title.split('\n')).toEqual([
      'AgentPMT Credits',
      '1,234 credits ($12.34)',
      'Next expiry: 1,234 credits on Jul 31, 2026',
      expect.stringMatching(/^Updated Jun 1, 2026, /),
    ]);
  });

  it('says why the last refresh failed and when the next try is', () => {
    const { title } = badgeView(
      input({ snapshot: snapshot(1234, { lastError: { kind: 'rate_limited', message: 'x' }, nextAttemptAt: NOW + 120_000 }) }),
      en,
    );
    expect(title).toContain('Last refresh failed: too many requests');
    expect(title).toContain('Next try:');
  });

  it('tells a signed-out user to connect', () => {
    expect(badgeView(input({ connected: false }), en).title).toBe('AgentPMT Credits\nNot connected: open the settings to connect a token.');
  });
});
