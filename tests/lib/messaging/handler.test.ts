import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { admit, createMessageListener, type CommandActions } from '@/lib/messaging/handler';
import type { CommandType } from '@/lib/messaging/protocol';
import { SENDER_COMMANDS } from '@/lib/messaging/senders';
import { resetBrowser } from '../background/harness';
import { VALID_COMMANDS } from './valid-commands';

const EXTENSION = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id', url: 'chrome-extension://test-extension-id/options.html' };
const CONTENT = { id: 'test-extension-id', origin: 'https://www.agentpmt.com', frameId: 0, tab: { id: 1 } };
const VALID = VALID_COMMANDS;

function spyActions() {
  const calls: string[] = [];
  const actions = Object.fromEntries(
    Object.keys(VALID).map((type) => [type, vi.fn(async () => (calls.push(type), { ok: true }))]),
  ) as unknown as CommandActions;
  return { actions, calls };
}

function send(listener: ReturnType<typeof createMessageListener>, message: unknown, sender: unknown) {
  return new Promise<{ response: unknown; async: boolean }>((resolve) => {
    let async = false;
    async = listener(message, sender, (response) => resolve({ response, async }));
  });
}

describe('the message listener', () => {
  beforeEach(() => {
    resetBrowser();
  });

  it.each(Object.entries(VALID))('carries out %s from an extension page', async (type, message) => {
    const { actions, calls } = spyActions();
    const actual = await send(createMessageListener(actions), message, EXTENSION);
    expect(actual.response).toEqual({ ok: true });
    expect(calls).toEqual([type]);
  });

  it.each(Object.entries(VALID))('lets the content script send %s only if the widget needs it', async (type, message) => {
    // Arrange
    const { actions, calls } = spyActions();
    const allowed = SENDER_COMMANDS.content.includes(type as CommandType);

    // Act
    const actual = await send(createMessageListener(actions), message, CONTENT);

    // Assert
    expect(actual.response).toEqual(allowed ? { ok: true } : { ok: false, error: 'forbidden' });
    expect(calls).toEqual(allowed ? [type] : []);
  });

  it.each([
    ['an unknown type', { type: 'getToken' }],
    ['a missing field', { type: 'snoozeAlert' }],
    ['an unknown alert id', { type: 'snoozeAlert', alertId: 'x' }],
    ['a page outside the allowlist', { type: 'openPage', page: 'https://evil.example' }],
    ['an hour count not offered', { type: 'pauseAlerts', hours: 3 }],
    ['a string', 'refreshNow'],
    ['null', null],
  ])('answers bad_request to %s, synchronously', async (_name, message) => {
    const { actions, calls } = spyActions();
    const actual = await send(createMessageListener(actions), message, EXTENSION);
    expect(actual).toEqual({ response: { ok: false, error: 'bad_request' }, async: false });
    expect(calls).toEqual([]);
  });

  it('answers internal when an action throws', async () => {
    const { actions } = spyActions();
    vi.mocked(actions.refreshNow).mockRejectedValue(new Error('boom'));
    const actual = await send(createMessageListener(actions), VALID.refreshNow, EXTENSION);
    expect(actual.response).toEqual({ ok: false, error: 'internal' });
  });

  it('never throws, and never acts or touches storage, for arbitrary messages from arbitrary senders', async () => {
    // Arrange
    const { actions, calls } = spyActions();
    const listener = createMessageListener(actions);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const sender = fc.oneof(fc.anything(), fc.constant(EXTENSION), fc.constant(CONTENT), fc.record({ id: fc.string(), origin: fc.string() }));

    // Act & Assert
    await fc.assert(
      fc.asyncProperty(fc.anything(), sender, async (message, from) => {
        calls.length = 0;
        const admission = admit(message, from);
        const { response } = await send(listener, message, from);
        expect(response).toMatchObject({ ok: expect.any(Boolean) });
        expect(calls).toEqual(admission.ok ? [admission.command.type] : []);
      }),
    );
    expect(set).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
