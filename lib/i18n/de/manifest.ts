import type { manifest as en } from '../en/manifest';

export const manifest: Record<keyof typeof en, string> = {
  extName: 'AgentPMT Credits',
  extDescription:
    'Ihr AgentPMT-Guthaben, verfallende Credits und Prognosen, mit frühen Warnungen, bevor Ihren Agenten die Credits ausgehen.',
};
