import { browser } from '#imports';
import { compactNumber, formatDate, formatDateTime, formatDollars } from '@/lib/format';
import type { BackgroundTranslator } from '@/lib/i18n/surfaces';
import { balanceWarning, summarize } from '@/lib/ledger/summary';
import { CREDITS_PER_DOLLAR } from '@/lib/ledger/constants';
import { isSnapshotStale } from '@/lib/storage/freshness';
import { type Settings, settingsItem } from '@/lib/storage/settings';
import { connectionItem, historyTransactions, scheduleItem, type Snapshot, snapshotItem } from '@/lib/storage/items';
import { ensurePollAlarm } from './alarms';
import type { BackgroundDeps } from './deps';
import { pollPeriodMinutes } from './schedule';

/** Shows a badge view on the toolbar button (MV3's `action`, in Chrome and Firefox). Never throws. */
export async function applyBadge(view: BadgeView): Promise<void> {
  const action = browser.action;
  await Promise.all([
    action.setBadgeText({ text: view.text }),
    action.setBadgeBackgroundColor({ color: view.color }),
    action.setTitle({ title: view.title }),
    action.setBadgeTextColor?.({ color: '#ffffff' }),
  ]).catch(() => undefined);
}

export const BADGE_COLORS = {
  normal: '#2563eb',
  low: '#b45309',
  empty: '#b91c1c',
  neutral: '#6b7280',
} as const;
export type BadgeState = keyof typeof BADGE_COLORS;

export interface BadgeView {
  text: string;
  state: BadgeState;
  color: string;
  title: string;
}

export interface BadgeInput {
  connected: boolean;
  snapshot: Snapshot | null;
  settings: Pick<Settings, 'badgeMode' | 'lowBalanceThreshold' | 'refreshMinutes' | 'expiryWindows'>;
  /** Polling stopped after a 401/403. */
  stopped: boolean;
  now: number;
}

function amountText(balance: number, mode: Settings['badgeMode']): string {
  if (mode === 'off') return '';
  if (mode === 'dollars') return `$${compactNumber(Math.floor(balance / CREDITS_PER_DOLLAR), 3)}`;
  return compactNumber(balance);
}

/**
 * The toolbar badge and tooltip, derived from stored state only (docs/PRODUCT.md "Toolbar
 * badge and title"; SWL-8): `?` grey when signed out, `!` grey when the token was
 * rejected or the last refresh failed and the data is stale, else the compact balance
 * (at most 4 characters) coloured normal, low (below threshold or credits expiring soon:
 * `balanceWarning`) or empty. With the badge turned off the text is empty. Pure apart from Intl.
 */
export function badgeView(input: BadgeInput, i18n: BackgroundTranslator): BadgeView {
  const { connected, snapshot, settings, stopped, now } = input;
  const { t, tn, tag } = i18n;
  const off = settings.badgeMode === 'off';
  const view = (text: string, state: BadgeState, lines: string[]): BadgeView => ({
    text: off ? '' : text,
    state,
    color: BADGE_COLORS[state],
    title: [t('app.name'), ...lines].join('\n'),
  });
  if (!connected) return view('?', 'neutral', [t('bg.title.notConnected')]);
  if (snapshot === null) return view(stopped ? '!' : '', 'neutral', [t(stopped ? 'bg.title.stopped' : 'bg.title.loading')]);

  const { balance } = snapshot.balance;
  const { expiryWindows } = settings;
  const summary = summarize({ balance: snapshot.balance, grants: snapshot.grants, transactions: historyTransactions(snapshot), now, expiryWindows });
  const lines = [t('bg.title.balance', { credits: tn('credits', balance), dollars: formatDollars(balance, tag) })];
  const next = summary.nextExpiry;
  if (next?.at != null) {
    const date = formatDate(next.at, tag);
    lines.push(
      next.credits === null
        ? t('bg.title.nextExpiryUnknownAmount', { date })
        : t('bg.title.nextExpiry', { credits: tn('credits', next.credits), date }),
    );
  }
  lines.push(t('bg.title.updated', { time: formatDateTime(snapshot.fetchedAt, tag) }));
  const error = snapshot.lastError;
  if (error) lines.push(t('bg.title.failed', { reason: t(`bg.reason.${error.kind}`) }));
  if (stopped) lines.push(t('bg.title.stopped'));
  else if (snapshot.nextAttemptAt !== null && snapshot.nextAttemptAt > now) {
    lines.push(t('bg.title.nextTry', { time: formatDateTime(snapshot.nextAttemptAt, tag) }));
  }

  if (stopped || (error !== null && isSnapshotStale(snapshot, settings, now))) return view('!', 'neutral', lines);
  const warning = balanceWarning(summary, settings.lowBalanceThreshold);
  const state: BadgeState = warning === 'empty' ? 'empty' : warning ? 'low' : 'normal';
  return view(amountText(balance, settings.badgeMode), state, lines);
}

/**
 * Re-derives the badge, tooltip and poll alarm from storage (SWL-3, SWL-8). Run at every
 * worker start and after everything that changes stored state, so neither goes stale
 * after a restart. Never throws.
 */
export async function syncBadgeAndAlarm(deps: Pick<BackgroundDeps, 'now' | 'i18n'>): Promise<void> {
  try {
    const [connection, snapshot, settings, schedule] = await Promise.all([
      connectionItem.read(),
      snapshotItem.read(),
      settingsItem.read(),
      scheduleItem.read(),
    ]);
    const now = deps.now();
    const connected = connection.connected;
    const view = badgeView({ connected, snapshot: connected ? snapshot : null, settings, stopped: schedule.stopped, now }, deps.i18n);
    await Promise.all([applyBadge(view), ensurePollAlarm(pollPeriodMinutes(connected, settings, schedule, now))]);
  } catch {
    // Storage or alarms unavailable (the extension is being removed): nothing to show.
  }
}
