/** Strings of the options page. */
export const options = {
  'options.title': 'Settings',
  'options.loading': 'Loading settings…',

  'options.welcome.heading': 'Welcome to AgentPMT Credits',
  'options.welcome.intro': 'Keep your AgentPMT credit balance in sight and get warned before credits run low or expire.',
  'options.welcome.tokenHeading': 'What you need',
  'options.welcome.tokenWhat':
    'An Agent Group token: the bearer token your agents use to pay for tool calls. It lets the extension read your balance and credit history.',
  'options.welcome.tokenWhere': 'Where to find it in the AgentPMT dashboard:',
  'options.welcome.path.controlCenter': 'Control Center',
  'options.welcome.path.agentGroups': 'Agent Groups',
  'options.welcome.path.showToken': 'Show Bearer Token',
  'options.welcome.tokenCare': 'The token can also spend credits, so treat it like a password.',
  'options.welcome.storage':
    'The token and your account data are stored only in this browser. The extension talks only to api.agentpmt.com, and nowhere else.',
  'options.welcome.openDashboard': 'Open the AgentPMT dashboard',
  'options.welcome.help': 'Help: how credits work',
  'options.link.newTab': '(opens in a new tab)',

  'options.connect.heading': 'Connection',
  'options.connect.label': 'Agent Group token',
  'options.connect.hint': 'Paste the token from Control Center → Agent Groups → Show Bearer Token.',
  'options.connect.submit': 'Connect',
  'options.connect.checking': 'Checking the token…',
  'options.connect.error.empty': 'Paste your Agent Group token first.',
  'options.connect.error.malformed':
    'That does not look like an Agent Group token: it should be 16 to 512 letters, digits or . _ ~ + / = - without spaces. Copy it again from the dashboard. Nothing was saved.',
  'options.connect.error.unauthorized':
    'AgentPMT did not accept this token (401). It may be mistyped, revoked or rotated: copy it again from the dashboard. Nothing was saved.',
  'options.connect.error.forbidden':
    'This token may not read the credit balance (403). Use an Agent Group token from Control Center → Agent Groups. Nothing was saved.',
  'options.connect.error.rateLimitedAt': 'AgentPMT is limiting requests right now. Try again {time}. Nothing was saved.',
  'options.connect.error.rateLimited': 'AgentPMT is limiting requests right now. Try again in a few minutes. Nothing was saved.',
  'options.connect.error.network':
    'Could not reach api.agentpmt.com. Check your internet connection and try again. Nothing was saved.',
  'options.connect.error.timeout': 'api.agentpmt.com did not answer in time. Try again. Nothing was saved.',
  'options.connect.error.server': 'AgentPMT had a problem answering (error {status}). Try again in a few minutes. Nothing was saved.',
  'options.connect.error.serverNoStatus': 'AgentPMT had a problem answering. Try again in a few minutes. Nothing was saved.',
  'options.connect.error.unexpected':
    'AgentPMT answered in a way the extension does not understand. Try again later. Nothing was saved.',
  'options.connect.error.storage': 'The token works, but this browser would not store it. Check that the browser has free disk space and try again. Nothing was saved.',
  'options.connect.error.internal': 'Something went wrong inside the extension. Try again. Nothing was saved.',

  'options.connected.status': 'Connected',
  'options.connected.token': 'Token',
  'options.connected.tokenMasked': '••••{hint}',
  'options.connected.balance': 'Balance',
  'options.connected.balanceValue': '{credits} ({dollars})',
  'options.connected.balancePending': 'Fetching the balance…',
  'options.connected.updated': 'Updated {time}',
  'options.connected.rejected': 'AgentPMT no longer accepts this token (401/403). Disconnect, then connect a new token from the dashboard.',
  'options.connected.disconnect': 'Disconnect',
  'options.connected.confirmQuestion':
    'Disconnect and erase the token, the cached balance and history, and the alert state from this browser?',
  'options.connected.confirm': 'Yes, disconnect',
  'options.connected.cancel': 'Cancel',
  'options.connected.disconnecting': 'Disconnecting…',
  'options.connected.disconnectFailed': 'Could not disconnect. Try again.',
  'options.disconnected.notice': 'Disconnected. The token and all account data were erased from this browser.',

  'options.alerts.heading': 'Alerts',
  'options.alerts.intro': 'Each alert is shown once when its condition starts, never as a stream.',
  'options.alerts.lowBalance': 'Low balance',
  'options.alerts.lowBalanceThreshold': 'Warn when the balance falls below (credits)',
  'options.alerts.thresholdDollars': '{credits} credits = {dollars}',
  'options.alerts.lowRunway': 'Low runway',
  'options.alerts.lowRunwayDays': 'Warn when credits will run out within this many days',
  'options.alerts.empty': 'Balance reaches zero',
  'options.alerts.expiring': 'Credits about to expire',
  'options.alerts.expiryWindows': 'Warn this many days before a purchase expires',
  'options.alerts.expiryWindowsHint': 'Whole numbers separated by commas, for example 30, 7, 1.',
  'options.alerts.topUp': 'Top-up confirmation',
  'options.alerts.tokenRejected': 'Token rejected',

  'options.general.heading': 'Refresh and display',
  'options.general.refreshMinutes': 'Refresh interval (minutes)',
  'options.general.badgeMode': 'Toolbar badge',
  'options.general.badge.credits': 'Credits',
  'options.general.badge.dollars': 'Dollars',
  'options.general.badge.off': 'Off',
  'options.general.theme': 'Theme',
  'options.general.theme.system': 'Same as the system',
  'options.general.theme.light': 'Light',
  'options.general.theme.dark': 'Dark',
  'options.general.widget': 'Show the credits pill on agentpmt.com',
  'options.general.widgetFirefox':
    'Off until you turn it on in Firefox: the widget frame’s address contains an ID fixed for this installation, which any script on agentpmt.com could read to recognise your browser.',

  'options.field.rangeHint': 'From {min} to {max}.',
  'options.field.saving': 'Saving…',
  'options.field.saved': 'Saved',
  'options.field.error.notWholeNumber': 'Enter a whole number from {min} to {max}. Not saved.',
  'options.field.error.outOfRange': 'Enter a number from {min} to {max}. Not saved.',
  'options.field.error.tooMany': 'Enter at most {max} values. Not saved.',
  'options.field.error.list': 'Enter whole numbers separated by commas, for example 30, 7, 1. Not saved.',
  'options.field.error.invalid': 'This value cannot be saved.',
  'options.field.error.storage': 'Could not save. Try again.',

  'options.privacy.heading': 'Privacy',
  'options.privacy.stores':
    'Stored in this browser only: the token, the last known balance, credit lots and recent transactions, balance samples for the chart (30 days), and alert state.',
  'options.privacy.sync': 'Your settings on this page sync with your browser account if browser sync is on. The token never does.',
  'options.privacy.sends':
    'The extension talks only to api.agentpmt.com, and sends the token only there, in the Authorization header over HTTPS.',
  'options.privacy.none': 'No analytics, no tracking, no other servers. Stored data is not encrypted on disk.',
  'options.privacy.erase': 'Disconnect erases the token and all account data.',
};
