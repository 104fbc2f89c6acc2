import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendCommand } from '@/lib/messaging/send-command';
import { resetBrowser } from '../background/harness';

describe('sendCommand', () => {
  beforeEach(() => {
    resetBrowser();
  });

  it('resolves with the background answer', async () => {
    // Arrange
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      (message as { type: string }).type === 'pauseAlerts' ? { ok: true, pausedUntil: 42 } : undefined,
    );

    // Act
    const actual = await sendCommand({ type: 'pauseAlerts', hours: 1 });

    // Assert
    expect(actual).toEqual({ ok: true, pausedUntil: 42 });
  });

  it.each([
    ['no background listener', () => undefined],
    ['an answer that is not a response', () => fakeBrowser.runtime.onMessage.addListener(() => 'hello')],
    ['a failing channel', () => vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'))],
  ])('answers unavailable for %s', async (_name, arrange) => {
    arrange();
    expect(await sendCommand({ type: 'refreshNow' })).toEqual({ ok: false, error: 'unavailable' });
  });
});
