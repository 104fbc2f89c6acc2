import type { common as en } from '../en/common';

export const common: Record<keyof typeof en, string> = {
  'app.name': 'AgentPMT Credits',
  'credits.one': '{count} Credit',
  'credits.other': '{count} Credits',
  'days.one': '{count} Tag',
  'days.other': '{count} Tage',
  'action.buyCredits': 'Credits kaufen',
  'action.refresh': 'Aktualisieren',
  'action.openSettings': 'Einstellungen öffnen',
  'action.help': 'Hilfe',
};
