import { classifySender, SENDER_COMMANDS, type SenderClass, type SenderContext } from './senders';
import {
  CommandSchema,
  type Command,
  type CommandFailure,
  type CommandOf,
  type CommandResponses,
  type CommandType,
} from './protocol';

/** What the background does for each command. */
export type CommandActions = { [T in CommandType]: (command: CommandOf<T>) => Promise<CommandResponses[T]> };

export type Admission = { ok: true; command: Command; from: SenderClass } | { ok: false; response: CommandFailure };

/** Whether a sender class may send a command type (MSG-3). */
export function maySend(from: SenderClass, type: CommandType): boolean {
  if (from === 'extension') return true;
  return from !== 'untrusted' && SENDER_COMMANDS[from].includes(type);
}

/**
 * Validates a message and its sender before anything else happens (MSG-1, MSG-2):
 * untrusted senders are `forbidden`, malformed messages `bad_request`, and commands a
 * content script may not send `forbidden`. Pure apart from reading the runtime id; never throws.
 */
export function admit(message: unknown, sender: unknown, context?: SenderContext): Admission {
  try {
    const from = classifySender(sender, context);
    if (from === 'untrusted') return { ok: false, response: { ok: false, error: 'forbidden' } };
    const parsed = CommandSchema.safeParse(message);
    if (!parsed.success) return { ok: false, response: { ok: false, error: 'bad_request' } };
    if (!maySend(from, parsed.data.type)) return { ok: false, response: { ok: false, error: 'forbidden' } };
    return { ok: true, command: parsed.data, from };
  } catch {
    return { ok: false, response: { ok: false, error: 'bad_request' } };
  }
}

function dispatch(actions: CommandActions, command: Command): Promise<unknown> {
  const action = actions[command.type] as (c: Command) => Promise<unknown>;
  return action(command);
}

/**
 * A `runtime.onMessage` listener over `actions`. A rejected message is answered at once
 * and the listener returns false; an admitted one is answered when its action settles
 * (an action that throws answers `internal`) and the listener returns true, which keeps
 * the channel open. Never throws.
 */
export function createMessageListener(actions: CommandActions, context?: () => SenderContext) {
  return (message: unknown, sender: unknown, sendResponse: (response: unknown) => void): boolean => {
    const admission = admit(message, sender, context?.());
    if (!admission.ok) {
      sendResponse(admission.response);
      return false;
    }
    dispatch(actions, admission.command).then(sendResponse, () => sendResponse({ ok: false, error: 'internal' }));
    return true;
  };
}
