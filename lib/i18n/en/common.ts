/** Strings shared by every surface. Keys are `area.name`; `{name}` marks a value. */
export const common = {
  'app.name': 'AgentPMT Credits',
  'credits.one': '{count} credit',
  'credits.other': '{count} credits',
  'days.one': '{count} day',
  'days.other': '{count} days',
  'action.buyCredits': 'Buy credits',
  'action.refresh': 'Refresh',
  'action.openSettings': 'Open settings',
  'action.help': 'Help',
};
