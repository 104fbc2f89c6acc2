/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { frameSizeMessage } from '@/lib/content/frame-protocol';
import { WIDGET_HOST_ATTRIBUTE } from '@/lib/content/navbar';
import { NAVBAR_WAIT_MS } from '@/lib/content/placement';
import { createLifetime, INVALIDATION_CHECK_MS, type Lifetime } from '@/lib/content/lifetime';
import { runWidget } from '@/lib/content/run-widget';
import { WIDGET_STATE_CHANGED } from '@/lib/content/widget-setting';
import { PAGES, setBody } from './fixtures';

const HOST = `[${WIDGET_HOST_ATTRIBUTE}]`;
const hosts = () => document.querySelectorAll(HOST);
const frame = () => document.querySelector<HTMLIFrameElement>(`${HOST} iframe`);

let ctx: Lifetime;
let widgetEnabled = true;

/** The background's side: answers `widgetState`, and tells the tab when the setting changes. */
async function setWidgetEnabled(enabled: boolean) {
  widgetEnabled = enabled;
  await fakeBrowser.runtime.onMessage.trigger({ type: WIDGET_STATE_CHANGED }, { id: fakeBrowser.runtime.id });
  await settle(0);
}

/** Lets storage reads and DOM checks settle. */
async function settle(ms = 150) {
  await vi.advanceTimersByTimeAsync(ms);
}

/** happy-dom's settings: it loads frames only when asked, and only web or blank pages. */
const happyDom = () => (window as unknown as { happyDOM: { settings: { enableIframePageLoading: boolean } } }).happyDOM.settings;

beforeEach(() => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  // The frame shows a blank page here, so that it has a window of its own.
  happyDom().enableIframePageLoading = true;
  const getURL = fakeBrowser.runtime.getURL.bind(fakeBrowser.runtime);
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => (path === '/widget.html' ? 'about:blank' : getURL(path)));
  // happy-dom lays nothing out: give every element the size of a top bar.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ top: 0, left: 0, width: 1280, height: 60 } as DOMRect);
  widgetEnabled = true;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
    (message as { type?: string }).type === 'widgetState' ? { ok: true, enabled: widgetEnabled, connected: true } : undefined,
  );
  ctx = createLifetime();
});

afterEach(() => {
  happyDom().enableIframePageLoading = false;
  ctx.end();
  setBody('');
  vi.useRealTimers();
});

describe('runWidget', () => {
  it('puts one frame of the widget page before the account menu', async () => {
    setBody(PAGES.mockHome);

    runWidget(ctx);
    await settle();

    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]?.nextElementSibling).toBe(document.querySelector('.account-button'));
    expect(fakeBrowser.runtime.getURL).toHaveBeenCalledWith('/widget.html');
    expect(frame()?.src).toBe('about:blank');
    expect(frame()?.title).toBe('AgentPMT Credits');
  });

  it('writes nothing into the page but the host and its frame', async () => {
    setBody(PAGES.mockHome);
    const before = document.body.textContent;

    runWidget(ctx);
    await settle();

    expect(document.body.textContent).toBe(before);
    expect([...hosts()[0]!.querySelectorAll('*')].map((el) => el.tagName)).toEqual(['IFRAME']);
  });

  it('floats at the top right when no navbar appears', async () => {
    setBody(PAGES.mockNoNav);

    runWidget(ctx);
    await settle(NAVBAR_WAIT_MS + 150);

    expect(hosts()).toHaveLength(1);
    expect((hosts()[0] as HTMLElement).style.position).toBe('fixed');
    expect(hosts()[0]?.parentElement).toBe(document.body);
  });

  it('goes into a navbar that renders late, and stays single across route changes', async () => {
    setBody(PAGES.mockSpaLoading);
    runWidget(ctx);
    await settle(1_500);
    expect(hosts()).toHaveLength(0);

    const template = document.getElementById('navbar-template') as HTMLTemplateElement;
    document.body.prepend(template.content.cloneNode(true));
    await settle();
    for (let i = 0; i < 5; i += 1) {
      history.pushState({}, '', `/spa/page-${i}`);
      document.getElementById('main')?.replaceChildren(document.createElement('h1'));
      await settle();
    }

    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]?.closest('header')).not.toBeNull();
  });

  it('follows a navbar replaced by a navigation', async () => {
    setBody(PAGES.mockHome);
    runWidget(ctx);
    await settle();

    const header = document.querySelector('header')!;
    const copy = header.cloneNode(true) as Element;
    copy.querySelector(HOST)?.remove();
    header.replaceWith(copy);
    await settle();

    expect(hosts()).toHaveLength(1);
    expect(copy.contains(hosts()[0]!)).toBe(true);
  });

  it('removes a copy of the host that the page made', async () => {
    setBody(PAGES.mockHome);
    runWidget(ctx);
    await settle();

    const header = document.querySelector('header')!;
    header.replaceWith(header.cloneNode(true));
    await settle();

    expect(hosts()).toHaveLength(1);
  });

  it('turns off at once with the setting, and on again', async () => {
    setBody(PAGES.mockHome);
    runWidget(ctx);
    await settle();

    await setWidgetEnabled(false);
    expect(hosts()).toHaveLength(0);

    await setWidgetEnabled(true);
    await settle();
    expect(hosts()).toHaveLength(1);
  });

  it('shows nothing while the setting is off', async () => {
    widgetEnabled = false;
    setBody(PAGES.mockHome);

    runWidget(ctx);
    await settle(NAVBAR_WAIT_MS + 150);

    expect(hosts()).toHaveLength(0);
  });

  it('sizes the frame for messages from the frame only', async () => {
    setBody(PAGES.mockHome);
    runWidget(ctx);
    await settle();
    const iframe = frame()!;
    const origin = 'chrome-extension://test-extension-id';
    const message = (source: unknown, data = frameSizeMessage({ width: 200, height: 40, open: false })) =>
      window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));

    message(window, frameSizeMessage({ width: 480, height: 700, open: true }));
    expect(iframe.style.width).not.toBe('480px');

    message(iframe.contentWindow);
    expect([iframe.style.width, iframe.style.height]).toEqual(['200px', '40px']);
  });

  it('removes the widget when the extension goes away', async () => {
    setBody(PAGES.mockHome);
    runWidget(ctx);
    await settle();

    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    await settle(INVALIDATION_CHECK_MS);

    expect(ctx.isValid).toBe(false);
    expect(hosts()).toHaveLength(0);
    document.body.prepend(document.createElement('header'));
    await settle(NAVBAR_WAIT_MS);
    expect(hosts()).toHaveLength(0);
  });
});
