/** The panel's views, in tab order. Also accepted as the popup URL's hash (`popup.html#lots`). */
export const PANEL_TABS = ['lots', 'activity', 'insights'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

/** The tab named by a URL hash such as `#activity`, or null. */
export function tabFromHash(hash: string): PanelTab | null {
  const name = hash.replace(/^#/, '').split('/')[0] ?? '';
  return (PANEL_TABS as readonly string[]).includes(name) ? (name as PanelTab) : null;
}
