import { describe, expect, it, vi } from 'vitest';
import { hostOrigins, postFrameSize, type FrameWindow } from '@/components/widget/frame-host';
import { FRAME_CHANNEL } from '@/lib/content/frame-protocol';

const SITES = ['https://www.agentpmt.com', 'https://agentpmt.com'];

function framed(ancestors?: string[]) {
  const parent = { postMessage: vi.fn() };
  const list = ancestors && { length: ancestors.length, item: (i: number) => ancestors[i] ?? null, contains: (s: string) => ancestors.includes(s) };
  const win = { parent, location: { ancestorOrigins: list } } as unknown as FrameWindow;
  return { win, parent };
}

describe('hostOrigins', () => {
  it('posts nowhere when the page is not framed', () => {
    const win = { location: {} } as { parent?: unknown; location: object };
    win.parent = win;

    expect(hostOrigins(win as unknown as FrameWindow, SITES)).toEqual([]);
  });

  it('posts to the embedding site only, when the browser names it', () => {
    expect(hostOrigins(framed(['https://agentpmt.com']).win, SITES)).toEqual(['https://agentpmt.com']);
  });

  it('posts nowhere when framed by another site', () => {
    expect(hostOrigins(framed(['https://evil.example']).win, SITES)).toEqual([]);
  });

  it("posts to each of the widget's sites when the browser does not say (Firefox)", () => {
    expect(hostOrigins(framed().win, SITES)).toEqual(SITES);
  });
});

describe('postFrameSize', () => {
  it('posts the size message to the embedding site, never to *', () => {
    const { win, parent } = framed(['https://www.agentpmt.com']);

    postFrameSize({ width: 188.2, height: 40, open: false }, win);

    expect(parent.postMessage.mock.calls).toEqual([
      [{ channel: FRAME_CHANNEL, type: 'size', width: 189, height: 40, open: false }, 'https://www.agentpmt.com'],
    ]);
  });
});
