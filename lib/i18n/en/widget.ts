/** Strings of the navbar widget on agentpmt.com (its panel reuses the popup's). */
export const widget = {
  'widget.pill.connect': 'Connect',
  'widget.pill.loading': 'Credits',
  'widget.pill.notConnected': 'Not connected. Show how to connect',
  'widget.pill.loadingName': 'Loading your balance',
  'widget.pill.empty': 'Out of credits',
  'widget.pill.low': 'Low balance',
  'widget.pill.expiring': 'Credits expire soon',
  'widget.pill.stale': 'May be out of date',
  'widget.panel.openFull': 'Open full view',
  'widget.panel.close': 'Close',
};
