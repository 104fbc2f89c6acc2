import type { RunawayEpisode } from '@/lib/alerts/runaway';
import type { HourSpend } from '@/lib/ledger/spend-track';
import type { PanelStatus } from '@/lib/panel-status';
import type { Sample } from '@/lib/storage/items';
import type { Settings } from '@/lib/storage/settings';

/** The panel's views, in tab order. Also accepted as the popup URL's hash (`popup.html#lots`). */
export const PANEL_TABS = ['lots', 'activity', 'insights'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

/** The tab named by a URL hash such as `#activity`, or null. */
export function tabFromHash(hash: string): PanelTab | null {
  const name = hash.replace(/^#/, '').split('/')[0] ?? '';
  return (PANEL_TABS as readonly string[]).includes(name) ? (name as PanelTab) : null;
}

/** What the credits panel shows and does (the popup and the widget pass the same). */
export interface CreditsPanelProps {
  status: PanelStatus;
  samples: readonly Sample[];
  settings: Pick<Settings, 'expiryWindows' | 'refreshMinutes' | 'dailyBudget' | 'monthlyBudget'>;
  /** The runaway episode in progress, for the banner; null or absent when none. */
  episode?: RunawayEpisode | null;
  spendHours?: readonly HourSpend[];
  now: number;
  isRefreshing: boolean;
  onRefresh: () => void;
  onBuy: () => void;
  onOpenSettings: () => void;
  /** The narrower, shorter layout of the navbar widget's dropdown. */
  compact?: boolean;
  initialTab?: PanelTab;
  /** The activity's tool filter to start with (`popup.html#activity/<tool>`). */
  initialTool?: string | null;
}
