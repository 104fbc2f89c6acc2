import { browser } from '#imports';
import { WIDGET_STATE_CHANGED } from '@/lib/content/widget-setting';

/** The parts of `browser.tabs` the notice uses. */
export interface NoticeTabs {
  query(filter: Record<string, never>): Promise<Array<{ id?: number }>>;
  sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
}

/**
 * Tells the widget's content scripts that the widget setting changed, so that each asks
 * again (`widgetState`): content scripts cannot read or watch storage, which is closed to
 * them. Without the `tabs` permission the tabs' URLs are unknown, so every tab's top frame
 * gets the notice; it carries no data, and a tab without our content script refuses it.
 * Never throws.
 */
export async function notifyWidgetTabs(tabs: NoticeTabs = browser.tabs as unknown as NoticeTabs): Promise<void> {
  const all = await tabs.query({}).catch(() => []);
  await Promise.all(
    all.map((tab) => (tab.id === undefined ? undefined : tabs.sendMessage(tab.id, { type: WIDGET_STATE_CHANGED }, { frameId: 0 }).catch(() => undefined))),
  );
}
