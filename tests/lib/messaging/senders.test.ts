import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySender, type SenderContext } from '@/lib/messaging/senders';

const CONTEXT: SenderContext = { runtimeId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id' };
const page = { id: 'ext-id', origin: 'chrome-extension://ext-id', url: 'chrome-extension://ext-id/popup.html' };
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const content = { id: 'ext-id', origin: 'https://www.agentpmt.com', url: 'https://www.agentpmt.com/dashboard', frameId: 0, tab };

describe('classifySender', () => {
  it.each([
    ['the popup', page, 'extension'],
    ['the widget page in its frame on agentpmt.com', { ...page, url: 'chrome-extension://ext-id/widget.html', tab, frameId: 5 }, 'widget'],
    ['an extension page we do not know', { ...page, url: 'chrome-extension://ext-id/other.html' }, 'untrusted'],
    ['an extension origin without a page URL', { id: 'ext-id', origin: 'chrome-extension://ext-id' }, 'untrusted'],
    ['an extension page opened in a tab', { ...page, tab, frameId: 0 }, 'extension'],
    ['Firefox, which gives a URL but no origin', { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' }, 'extension'],
    ['the content script on www.agentpmt.com', content, 'content'],
    ['the content script on agentpmt.com', { ...content, origin: 'https://agentpmt.com' }, 'content'],
    ['a content script in a sub-frame', { ...content, frameId: 3 }, 'untrusted'],
    ['a content-script origin without a tab', { ...content, tab: undefined }, 'untrusted'],
    ['another extension', { ...page, id: 'other-id' }, 'untrusted'],
    ['another site', { ...content, origin: 'https://evil.example' }, 'untrusted'],
    ['a look-alike host', { ...content, origin: 'https://agentpmt.com.evil.example' }, 'untrusted'],
    ['plain http', { ...content, origin: 'http://www.agentpmt.com' }, 'untrusted'],
    ['a page URL claiming the extension while its origin is the site', { ...content, url: 'chrome-extension://ext-id/x' }, 'content'],
    ['an empty sender (fakeBrowser)', {}, 'untrusted'],
    ['nothing', undefined, 'untrusted'],
  ])('classifies %s', (_name, sender, expected) => {
    expect(classifySender(sender, CONTEXT)).toBe(expected);
  });

  it('accepts only the exact classes for random senders, and never throws', () => {
    const sender = fc.record(
      {
        id: fc.constantFrom('ext-id', 'other', undefined, ''),
        origin: fc.oneof(
          fc.constantFrom('chrome-extension://ext-id', 'https://www.agentpmt.com', 'https://agentpmt.com', 'null'),
          fc.webUrl().map((u) => new URL(u).origin),
          fc.string(),
        ),
        url: fc.oneof(fc.webUrl(), fc.string()),
        frameId: fc.oneof(fc.constant(0), fc.integer()),
        tab: fc.option(fc.constant(tab), { nil: undefined }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(sender, (s) => {
        const actual = classifySender(s, CONTEXT);
        if (actual === 'extension' || actual === 'widget') expect([s.id, (s.origin ?? '').toLowerCase()]).toEqual(['ext-id', 'chrome-extension://ext-id']);
        if (actual === 'content') {
          expect(s.id).toBe('ext-id');
          expect(['https://www.agentpmt.com', 'https://agentpmt.com']).toContain(s.origin?.toLowerCase());
          expect(s.frameId).toBe(0);
          expect(s.tab).toBeDefined();
        }
      }),
    );
    fc.assert(fc.property(fc.anything(), (s) => void classifySender(s, CONTEXT)));
  });
});
