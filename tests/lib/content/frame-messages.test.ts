import { describe, expect, it } from 'vitest';
import { extensionOriginOf, sizeFromFrame } from '@/lib/content/frame-messages';
import { frameSizeMessage } from '@/lib/content/frame-protocol';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const frameWindow = { name: 'frame' } as unknown as Window;
const pageWindow = { name: 'page' } as unknown as Window;
const frame = { contentWindow: frameWindow } as HTMLIFrameElement;
const data = frameSizeMessage({ width: 360, height: 480, open: true });

describe('sizeFromFrame', () => {
  it('takes a size message from the frame, with the extension origin', () => {
    expect(sizeFromFrame({ source: frameWindow, origin: EXTENSION, data }, frame, [EXTENSION])).toEqual({ width: 360, height: 480, open: true });
  });

  it.each([
    ['the page itself (a forged postMessage)', { source: pageWindow, origin: EXTENSION, data }],
    ['no source', { source: null, origin: EXTENSION, data }],
    ['the frame navigated to a web page', { source: frameWindow, origin: 'https://www.agentpmt.com', data }],
    ['another extension', { source: frameWindow, origin: 'chrome-extension://pppppppppppppppppppppppppppppppp', data }],
    ['the frame, with a message that is no size', { source: frameWindow, origin: EXTENSION, data: { type: 'refreshNow' } }],
  ])('ignores a message from %s', (_name, event) => {
    expect(sizeFromFrame(event, frame, [EXTENSION])).toBeNull();
  });

  it('ignores everything while the frame has no window', () => {
    const detached = { contentWindow: null } as HTMLIFrameElement;

    expect(sizeFromFrame({ source: null, origin: EXTENSION, data }, detached, [EXTENSION])).toBeNull();
  });
});

describe('extensionOriginOf', () => {
  it.each([
    [`${EXTENSION}/widget.html`, EXTENSION],
    ['chrome-extension://f144df63-b4b2-4330-a280-b8d6e339332d/widget.html', 'chrome-extension://f144df63-b4b2-4330-a280-b8d6e339332d'],
    ['moz-extension://0d9e2a7c-1111-2222-3333-444455556666/widget.html?x#y', 'moz-extension://0d9e2a7c-1111-2222-3333-444455556666'],
    ['https://www.agentpmt.com/widget.html', null],
    ['javascript:alert(1)', null],
    ['', null],
  ])('%s → %s', (url, expected) => {
    expect(extensionOriginOf(url)).toBe(expected);
  });
});
