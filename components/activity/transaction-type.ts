import type { PanelKey } from '@/lib/i18n/surfaces';

const KNOWN: Record<string, PanelKey> = {
  tool_call: 'popup.txType.toolCall',
  purchase: 'popup.txType.purchase',
  expiration: 'popup.txType.expiration',
  refund: 'popup.txType.refund',
  adjustment: 'popup.txType.adjustment',
};

/** The label of a transaction type; unknown types get a generic label, never the raw text. */
export function transactionTypeKey(type: string): PanelKey {
  return Object.hasOwn(KNOWN, type) ? (KNOWN[type] as PanelKey) : 'popup.txType.other';
}
