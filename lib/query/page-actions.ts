import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { browser } from '#imports';
import { sendCommand } from '@/lib/messaging/send-command';
import type { Command, CommandResponse } from '@/lib/messaging/protocol';

/** What a page asks of the browser and the background: commands only, never data. */
export interface PageActions {
  /** Sends one command to the background; resolves with its typed answer and never rejects (see `sendCommand`). */
  send<C extends Command>(command: C): Promise<CommandResponse<C['type']>>;
  /** Opens the extension's options page. */
  openOptions(): Promise<void>;
}

/** The real actions: runtime messaging and the options page. */
export const BROWSER_ACTIONS: PageActions = {
  send: sendCommand,
  openOptions: () => browser.runtime.openOptionsPage(),
};

/**
 * Sends a command and forgets it: the outcome arrives through storage, and a missing
 * background (it is starting, or the extension is reloading) is no error for the page.
 */
export function fireCommand(actions: PageActions, command: Command): void {
  actions.send(command).catch(() => undefined);
}

/** Asks the background to refresh now; pending while the refresh runs. */
export function useRefresh(actions: PageActions = BROWSER_ACTIONS) {
  return useMutation({ mutationFn: () => actions.send({ type: 'refreshNow' }) });
}

/**
 * Tells the background once per mount that the user is looking, which refreshes behind the
 * painted data and polls faster for a while.
 */
export function useUserLooking(actions: PageActions = BROWSER_ACTIONS): void {
  useEffect(() => fireCommand(actions, { type: 'userLooking' }), [actions]);
}
