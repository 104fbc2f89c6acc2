import type { Page } from 'playwright-core';

/**
 * Page-world code that an analytics or session-replay script could run: every text node
 * and attribute value of the document, descending into every shadow root it can reach and
 * into same-origin frames. Run after `forceOpenShadowRoots`, it also sees closed roots.
 */
export function readPageDom(page: Page): Promise<{ text: string; frames: number; readableFrames: number }> {
  return page.evaluate(() => {
    const parts: string[] = [];
    let frames = 0;
    let readableFrames = 0;
    const visit = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
        if (!(node instanceof Element)) continue;
        for (const attr of node.attributes) parts.push(attr.value);
        const shadow = node.shadowRoot ?? (node as Element & { __openedShadow?: ShadowRoot }).__openedShadow;
        if (shadow) visit(shadow);
        if (node instanceof HTMLIFrameElement) {
          frames += 1;
          let inner: Document | null = null;
          try {
            inner = node.contentDocument;
          } catch {
            inner = null;
          }
          if (inner) {
            readableFrames += 1;
            visit(inner);
          }
        }
      }
    };
    visit(document);
    return { text: parts.join('\n'), frames, readableFrames };
  });
}

/** Before any page script: every shadow root is created open and remembered (CSI-2's probe). */
export async function forceOpenShadowRoots(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element & { __openedShadow?: ShadowRoot }, init: ShadowRootInit) {
      const root = attach.call(this, { ...init, mode: 'open' });
      this.__openedShadow = root;
      return root;
    };
  });
}

/**
 * Page-world forgeries: size messages in the widget's own format posted to the window, the
 * background protocol's commands posted to the page and into the widget frame, and DOM
 * events in the same shapes, `count` times each.
 */
export function forgeMessages(page: Page, frameSelector: string, count = 100): Promise<void> {
  return page.evaluate(
    ({ selector, times }) => {
      const frame = document.querySelector<HTMLIFrameElement>(selector);
      const size = { channel: 'agentpmt-credits:widget-frame', type: 'size', width: 480, height: 720, open: true };
      const commands = [
        { type: 'refreshNow' },
        { type: 'userLooking' },
        { type: 'connectToken', token: 'forged-token' },
        { type: 'disconnect' },
        { type: 'openPage', page: 'buy' },
        { type: 'widgetState' },
      ];
      for (let i = 0; i < times; i += 1) {
        window.postMessage(size, '*');
        for (const command of commands) {
          window.postMessage(command, '*');
          frame?.contentWindow?.postMessage(command, '*');
          frame?.contentWindow?.postMessage(size, '*');
          document.dispatchEvent(new CustomEvent(command.type, { detail: command }));
        }
      }
    },
    { selector: frameSelector, times: count },
  );
}
