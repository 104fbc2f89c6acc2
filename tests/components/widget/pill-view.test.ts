import { describe, expect, it } from 'vitest';
import { pillView } from '@/components/widget/pill-view';
import { makeGrant, makeSnapshot, NOW, ready } from '../fixtures';
import { DAY_MS } from '@/lib/time';

const FAR = NOW + 200 * DAY_MS;
/** The widest expiry warning window decides what is soon. */
const SETTINGS = { lowBalanceThreshold: 500, expiryWindows: [7, 1] };
const WINDOW_DAYS = 7;
const lots = (expiresAt: number) => [makeGrant({ id: 'a', remaining: 2_000, expiresAt })];
const balance = (credits: number, nextExpiryAt: number | null = FAR, expiresInDays: number | null = 200) => ({
  balance: credits,
  nextExpiryAt,
  expiresInDays,
});

describe('pillView', () => {
  it.each([{ kind: 'reading' }, { kind: 'disconnected' }, { kind: 'loading' }] as const)('passes the $kind state through', (status) => {
    expect(pillView(status, SETTINGS, NOW)).toEqual(status);
  });

  it.each([
    ['nothing wrong', balance(2_000), lots(FAR), null],
    ['an empty balance', balance(0, null, null), [], 'empty'],
    ['a balance below the threshold', balance(499), lots(FAR), 'low'],
    ['a balance at the threshold', balance(500), lots(FAR), null],
    ['a lot expiring within the warning window', balance(2_000), lots(NOW + WINDOW_DAYS * DAY_MS), 'expiring'],
    ['a lot expiring just after it', balance(2_000), lots(NOW + WINDOW_DAYS * DAY_MS + 1), null],
    ['low and expiring (low wins)', balance(100), lots(NOW + DAY_MS), 'low'],
  ] as const)('warns for %s', (_name, bal, grants, warning) => {
    const status = ready(makeSnapshot({ balance: bal, grants: [...grants] }));

    expect(pillView(status, SETTINGS, NOW)).toEqual({ kind: 'ready', balance: bal.balance, warning, stale: false });
  });

  it.each([
    ['the next expiry time', balance(2_000, NOW + 3 * DAY_MS, 3), 'expiring'],
    ['the days left alone', balance(2_000, null, 2), 'expiring'],
    ['a far expiry', balance(2_000, FAR, 200), null],
    ['no expiry', balance(2_000, null, null), null],
  ] as const)('in balance-only mode, warns from %s', (_name, bal, warning) => {
    const status = ready(makeSnapshot({ balance: bal, grants: null, transactions: null, historyAvailable: false }), { balanceOnly: true });

    expect(pillView(status, SETTINGS, NOW)).toMatchObject({ warning });
  });

  it('reads what is soon from the settings: a wider window warns earlier, none never', () => {
    const status = ready(makeSnapshot({ balance: balance(2_000), grants: lots(NOW + 20 * DAY_MS) }));

    expect(pillView(status, SETTINGS, NOW)).toMatchObject({ warning: null });
    expect(pillView(status, { ...SETTINGS, expiryWindows: [30, 7] }, NOW)).toMatchObject({ warning: 'expiring' });
    expect(pillView(status, { ...SETTINGS, expiryWindows: [] }, NOW)).toMatchObject({ warning: null });
  });

  it('is stale whenever the panel shows a problem', () => {
    const status = ready(makeSnapshot({ balance: balance(2_000), grants: lots(FAR) }), { problem: { kind: 'offline' } });

    expect(pillView(status, SETTINGS, NOW)).toMatchObject({ stale: true, warning: null });
  });
});
