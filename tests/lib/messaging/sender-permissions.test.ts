import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMessageListener, type CommandActions } from '@/lib/messaging/handler';
import type { CommandType } from '@/lib/messaging/protocol';
import { resetBrowser } from '../background/harness';
import { VALID_COMMANDS } from './valid-commands';

const ID = 'test-extension-id';
const ORIGIN = `chrome-extension://${ID}`;
const tab = { id: 1 };
const SENDERS = {
  popup: { id: ID, origin: ORIGIN, url: `${ORIGIN}/popup.html` },
  'options page in a tab': { id: ID, origin: ORIGIN, url: `${ORIGIN}/options.html#connect`, tab, frameId: 0 },
  // The widget page runs in a frame inside agentpmt.com, a page we do not control.
  'widget frame': { id: ID, origin: ORIGIN, url: `${ORIGIN}/widget.html`, tab, frameId: 4 },
  'widget frame at its dynamic URL': { id: ID, origin: ORIGIN, url: 'chrome-extension://0b1c2d3e-1111-2222-3333-444455556666/widget.html', tab, frameId: 4 },
  'content script': { id: ID, origin: 'https://www.agentpmt.com', url: 'https://www.agentpmt.com/', tab, frameId: 0 },
  'unknown extension page': { id: ID, origin: ORIGIN, url: `${ORIGIN}/other.html` },
} as const;

const MESSAGES = VALID_COMMANDS;
const ALL = Object.keys(MESSAGES) as CommandType[];

/** What each sender may do (MSG-2, MSG-3), written out rather than read from the code. */
const MAY_SEND: Record<keyof typeof SENDERS, readonly CommandType[]> = {
  popup: ALL,
  'options page in a tab': ALL,
  'widget frame': ['refreshNow', 'userLooking', 'openPage'],
  'widget frame at its dynamic URL': ['refreshNow', 'userLooking', 'openPage'],
  'content script': ['widgetState'],
  'unknown extension page': [],
};

function send(actions: CommandActions, message: unknown, sender: unknown): Promise<unknown> {
  return new Promise((resolve) => void createMessageListener(actions)(message, sender, resolve));
}

describe('what each sender may ask of the background', () => {
  beforeEach(() => {
    resetBrowser();
  });

  const cases = Object.entries(SENDERS).flatMap(([name, sender]) =>
    ALL.map((type) => [name, type, sender, MAY_SEND[name as keyof typeof SENDERS].includes(type)] as const),
  );

  it.each(cases)('%s → %s', async (_name, type, sender, allowed) => {
    const action = vi.fn(async () => ({ ok: true }));
    const actions = Object.fromEntries(ALL.map((t) => [t, t === type ? action : vi.fn()])) as unknown as CommandActions;

    const response = await send(actions, MESSAGES[type], sender);

    expect(response).toEqual(allowed ? { ok: true } : { ok: false, error: 'forbidden' });
    expect(action).toHaveBeenCalledTimes(allowed ? 1 : 0);
  });
});
