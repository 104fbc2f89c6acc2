import * as z from 'zod/mini';
import { NOTIFICATION_ID_LIST, PAUSE_HOURS } from '@/lib/alerts/kinds';
import { LINK_PAGES } from '@/lib/links';
import type { ConnectResult } from '@/lib/background/connection';
import type { RefreshResult } from '@/lib/background/refresh';

/**
 * The one protocol between the extension's pages and the background. Pages send
 * commands; data flows back through storage. Every message is parsed with
 * `CommandSchema` by the receiver; anything else is answered `bad_request`.
 */
// A plain union: each command has its own literal `type`, so at most one member matches;
// zod's discriminated union would add half a kilobyte (gzip) to the service worker.
export const CommandSchema = z.union([
  /** Refresh now (the Refresh control). Answers once the refresh is done. */
  z.object({ type: z.literal('refreshNow') }),
  /** The popup or widget is open: refresh behind it and poll faster for a while. */
  z.object({ type: z.literal('userLooking') }),
  /** Silence one alert condition for a day; `alertId` is its notification id (`low-balance`, …). */
  z.object({ type: z.literal('snoozeAlert'), alertId: z.enum(NOTIFICATION_ID_LIST) }),
  /** Pause every alert for 1, 8 or 24 hours; 0 resumes. */
  z.object({ type: z.literal('pauseAlerts'), hours: z.literal(PAUSE_HOURS) }),
  /** Open one of the allow-listed AgentPMT pages in a new tab. */
  z.object({ type: z.literal('openPage'), page: z.enum(LINK_PAGES) }),
  /** Check a token with one balance request and save it if it works. */
  z.object({ type: z.literal('connectToken'), token: z.string().check(z.maxLength(4096)) }),
  /** Erase the token and every trace of the account. */
  z.object({ type: z.literal('disconnect') }),
  /** What the agentpmt.com content script needs to place the widget frame. */
  z.object({ type: z.literal('widgetState') }),
]);
export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/**
 * Why a command was not carried out, common to every command:
 * - `bad_request`: not a valid command;
 * - `forbidden`: this sender may not send it;
 * - `unavailable`: the background did not answer (page-side only);
 * - `internal`: the background failed unexpectedly.
 */
export type CommandFailure = { ok: false; error: 'bad_request' | 'forbidden' | 'unavailable' | 'internal' };

export type { ConnectResult, RefreshResult };

/** The answer to each command when it was carried out (or, for some, refused with a reason). */
export interface CommandResponses {
  refreshNow: RefreshResult;
  userLooking: { ok: true };
  snoozeAlert: { ok: true; until: number };
  pauseAlerts: { ok: true; pausedUntil: number | null };
  openPage: { ok: true } | { ok: false; error: 'blocked' };
  connectToken: ConnectResult;
  disconnect: { ok: true };
  widgetState: { ok: true; enabled: boolean; connected: boolean };
}
export type CommandResponse<T extends CommandType> = CommandResponses[T] | CommandFailure;
