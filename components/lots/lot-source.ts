import type { PanelKey } from '@/lib/i18n/surfaces';

const KNOWN: Record<string, PanelKey> = {
  card: 'popup.source.card',
  x402: 'popup.source.x402',
  job_reward: 'popup.source.jobReward',
  promotional: 'popup.source.promotional',
};

/** The label of a grant's source; an unknown source gets a generic label, never the raw text. */
export function lotSourceKey(source: string): PanelKey {
  return Object.hasOwn(KNOWN, source) ? (KNOWN[source] as PanelKey) : 'popup.source.other';
}
