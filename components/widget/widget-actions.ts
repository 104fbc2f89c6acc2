import { browser } from '#imports';
import { BROWSER_ACTIONS, type PageActions } from '@/lib/query/page-actions';

/** The popup page, opened in a tab as the widget's "full view". */
export const FULL_VIEW_PAGE = '/popup.html';

/** What the widget asks of the browser and the background: the popup's actions, plus the full view. */
export interface WidgetActions extends PageActions {
  /** Opens the popup's full view in a new tab (`action.openPopup()` is not reliable). */
  openFullView(): Promise<void>;
}

/** The real actions. The frame is an extension page, so it may open its own pages in a tab. */
export const BROWSER_WIDGET_ACTIONS: WidgetActions = {
  ...BROWSER_ACTIONS,
  async openFullView() {
    await browser.tabs.create({ url: browser.runtime.getURL(FULL_VIEW_PAGE) });
  },
};
