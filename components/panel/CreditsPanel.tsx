import type { RunawayEpisode } from '@/lib/alerts/runaway';
import type { HourSpend } from '@/lib/ledger/spend-track';
import type { Sample } from '@/lib/storage/items';
import type { Settings } from '@/lib/storage/settings';
import type { PanelStatus } from '@/lib/query/panel-status';
import { LoadingState } from '@/components/states/LoadingState';
import { NotConnected } from '@/components/states/NotConnected';
import { ReadyPanel } from './ReadyPanel';
import type { PanelTab } from './panel-tabs';

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

/**
 * The credits breakdown shared by the popup and the navbar widget: a designed view for
 * every state (not connected, first load, and the last good data with whatever problem
 * the last refresh had). Presentational: everything comes in as props.
 */
export function CreditsPanel(props: CreditsPanelProps) {
  const { status, compact = false, onOpenSettings } = props;
  switch (status.kind) {
    case 'reading':
      return <div aria-busy="true" className="min-h-24" />;
    case 'disconnected':
      return <NotConnected onOpenSettings={onOpenSettings} compact={compact} />;
    case 'loading':
      return <LoadingState compact={compact} />;
    case 'ready':
      return <ReadyPanel {...props} status={status} compact={compact} />;
  }
}
