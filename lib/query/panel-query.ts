import type { QueryClient } from '@tanstack/react-query';
import type { RunawayEpisode } from '@/lib/alerts/runaway';
import type { HourSpend } from '@/lib/ledger/spend-track';
import { alertStateItem, connectionItem, samplesItem, snapshotItem, spendTrackItem, type Sample } from '@/lib/storage/items';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/lib/storage/settings';
import { BROWSER_ACTIONS, fireCommand, useRefresh, type PageActions } from './page-actions';
import { derivePanelStatus, type PanelStatus } from '@/lib/panel-status';
import { storedQueryOptions, useStored } from './stored-query';
import { NOW_TICK_MS, useNow } from './use-now';

const NO_SAMPLES: Sample[] = [];
const NO_HOURS: HourSpend[] = [];

/** Everything the credits panel shows and does, for the popup and the widget alike. */
export interface CreditsPanelData {
  status: PanelStatus;
  samples: readonly Sample[];
  settings: Settings;
  /** The runaway episode in progress (the banner), or null; none while the runaway alert is off. */
  episode: RunawayEpisode | null;
  /** Hourly spend from balance changes (today's and this month's totals). */
  spendHours: readonly HourSpend[];
  now: number;
  isRefreshing: boolean;
  onRefresh: () => void;
  onBuy: () => void;
  onOpenSettings: () => void;
}

/**
 * Reads the stored connection, snapshot, samples and settings (each kept current by its
 * storage watch), derives the panel's state, and binds the panel's actions to commands.
 * Settings fall back to the defaults until read, so nothing waits on them.
 */
export function useCreditsPanel(actions: PageActions = BROWSER_ACTIONS, clock: () => number = Date.now): CreditsPanelData {
  const now = useNow(NOW_TICK_MS, clock);
  const connection = useStored(connectionItem).data;
  const snapshot = useStored(snapshotItem).data;
  const samples = useStored(samplesItem).data ?? NO_SAMPLES;
  const settings = useStored(settingsItem).data ?? DEFAULT_SETTINGS;
  const episode = useStored(alertStateItem).data?.runaway ?? null;
  const spendHours = useStored(spendTrackItem).data?.hours ?? NO_HOURS;
  const refresh = useRefresh(actions);
  return {
    status: derivePanelStatus({ connection, snapshot, now, refreshMinutes: settings.refreshMinutes }),
    samples,
    settings,
    episode: settings.alerts.runaway ? episode : null,
    spendHours,
    now,
    isRefreshing: refresh.isPending,
    onRefresh: () => refresh.mutate(),
    onBuy: () => fireCommand(actions, { type: 'openPage', page: 'buy' }),
    onOpenSettings: () => void actions.openOptions().catch(() => undefined),
  };
}

/**
 * Starts reading everything the panel shows before React renders, so the first commit can
 * already hold the data. Never rejects (a failed read shows up in the hooks).
 */
export function prefetchPanelData(client: QueryClient): void {
  for (const item of [connectionItem, snapshotItem, settingsItem, samplesItem, alertStateItem]) {
    void client.prefetchQuery(storedQueryOptions<unknown>(item));
  }
}
