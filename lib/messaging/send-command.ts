import { browser } from '#imports';
import type { Command, CommandResponse } from './protocol';

function isResponse(value: unknown): value is { ok: boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Sends a command to the background from an extension page and returns its typed
 * answer: `sendCommand({ type: 'refreshNow' })` resolves to a `RefreshResult` or a
 * `CommandFailure`. Never rejects: no answer (the worker is being updated, a bug) is
 * `{ ok: false, error: 'unavailable' }`.
 */
export async function sendCommand<C extends Command>(command: C): Promise<CommandResponse<C['type']>> {
  try {
    const response: unknown = await browser.runtime.sendMessage(command);
    if (isResponse(response)) return response as CommandResponse<C['type']>;
  } catch {
    // No receiver or the channel closed: reported below.
  }
  return { ok: false, error: 'unavailable' };
}
