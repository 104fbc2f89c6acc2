import { LoadingState } from '@/components/states/LoadingState';
import { NotConnected } from '@/components/states/NotConnected';
import { ReadyPanel } from './ReadyPanel';
import type { CreditsPanelProps } from './panel-props';

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
