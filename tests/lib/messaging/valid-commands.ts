import type { CommandType } from '@/lib/messaging/protocol';

/** One valid message of each command type. */
export const VALID_COMMANDS: Record<CommandType, unknown> = {
  refreshNow: { type: 'refreshNow' },
  userLooking: { type: 'userLooking' },
  snoozeAlert: { type: 'snoozeAlert', alertId: 'low-balance' },
  pauseAlerts: { type: 'pauseAlerts', hours: 8 },
  openPage: { type: 'openPage', page: 'buy' },
  connectToken: { type: 'connectToken', token: 'tok_abcdefgh12345678' },
  disconnect: { type: 'disconnect' },
  widgetState: { type: 'widgetState' },
};
