import type { widget as en } from '../en/widget';

export const widget: Record<keyof typeof en, string> = {
  'widget.pill.connect': 'Verbinden',
  'widget.pill.loading': 'Credits',
  'widget.pill.notConnected': 'Nicht verbunden. Zeigen, wie es geht',
  'widget.pill.loadingName': 'Guthaben wird geladen',
  'widget.pill.empty': 'Keine Credits mehr',
  'widget.pill.low': 'Guthaben niedrig',
  'widget.pill.expiring': 'Credits verfallen bald',
  'widget.pill.stale': 'Möglicherweise veraltet',
  'widget.panel.openFull': 'Vollansicht öffnen',
  'widget.panel.close': 'Schließen',
};
