import * as z from 'zod';

/**
 * The one protocol between the extension's pages and the background. Pages send
 * commands; data flows back through storage. Every message is parsed with
 * `CommandSchema` by the receiver; anything else is ignored.
 */
export const CommandSchema = z.discriminatedUnion('type', [
  /** Refresh now (the Refresh control). Answers once the refresh is done. */
  z.object({ type: z.literal('refreshNow') }),
  /** The popup or widget is open: refresh behind it and poll faster for a while. */
  z.object({ type: z.literal('userLooking') }),
  /** Silence one alert condition for a day. */
  z.object({ type: z.literal('snoozeAlert'), alertId: z.string().min(1).max(100) }),
  /** Pause every alert for 1, 8 or 24 hours; 0 resumes. */
  z.object({ type: z.literal('pauseAlerts'), hours: z.union([z.literal(0), z.literal(1), z.literal(8), z.literal(24)]) }),
  /** Open one of the allow-listed AgentPMT pages in a new tab. */
  z.object({ type: z.literal('openPage'), page: z.enum(['buy', 'help']) }),
  /** Check a token with one balance request and save it if it works. */
  z.object({ type: z.literal('connectToken'), token: z.string().max(4096) }),
  /** Erase the token and every trace of the account. */
  z.object({ type: z.literal('disconnect') }),
]);
export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
