/**
 * Where the credits pill goes in AgentPMT's top navigation bar. Every selector and
 * heuristic the widget relies on lives here, with the pages it was written for: when the
 * site's markup changes, this is the one file to fix. The site is a Next.js app with
 * generated class names, so the rules use landmarks, ARIA attributes and link targets,
 * never class names (CSI-4).
 *
 * Pages checked against these rules:
 * - the mock site (sandbox/site): `/`, `/dashboard`, `/marketplace`, `/docs/…`, `/pricing`
 *   (header `nav[aria-label=Main]` ending with `button[aria-haspopup=menu]`, the
 *   account menu); `/spa` (the same navbar, rendered 1.5 s late); `/no-nav` (none);
 * - https://www.agentpmt.com/ and /dashboard (Next.js; a `<header>` banner with the
 *   account menu on the right when signed in, "Log in" links when signed out).
 */

/** Where the pill goes relative to the anchor: just before it, or as the anchor's last child. */
export type SlotPlacement = 'before' | 'last';

export interface NavbarSlot {
  anchor: Element;
  placement: SlotPlacement;
  /** The rule that matched, for tests and debugging. */
  rule: NavbarRuleName;
}

/** The rules, best first. Each selector is matched inside the page's banner. */
export const NAVBAR_RULES = [
  {
    // Signed in: the account (avatar) menu at the right end of the bar; the pill sits just
    // before it. Mock site: `.nav-actions > button.account-button[aria-haspopup=menu]`.
    name: 'account-menu',
    selector: 'button[aria-haspopup="menu"], button[aria-haspopup="true"], [aria-label*="account" i], [aria-label*="profile" i]',
    placement: 'before',
  },
  {
    // Signed out: the "Log in" / "Sign in" link at the right end of agentpmt.com's bar.
    name: 'sign-in-link',
    selector: 'a[href*="login" i], a[href*="log-in" i], a[href*="signin" i], a[href*="sign-in" i]',
    placement: 'before',
  },
  {
    // Any banner with a navigation landmark: the pill ends the nav.
    name: 'banner-nav',
    selector: 'nav, [role="navigation"]',
    placement: 'last',
  },
  {
    // A banner without a nav element: the pill ends the banner.
    name: 'banner',
    selector: ':scope',
    placement: 'last',
  },
] as const satisfies readonly { name: string; selector: string; placement: SlotPlacement }[];
export type NavbarRuleName = (typeof NAVBAR_RULES)[number]['name'];

/** Landmarks inside which a `<header>` is a section's header, not the page's banner (ARIA). */
const SECTIONING =
  'article, aside, main, nav, section, dialog, [role="main"], [role="article"], [role="complementary"], [role="region"], [role="dialog"]';

/** Marks the widget's own host, so no rule ever anchors the pill to the pill. */
export const WIDGET_HOST_ATTRIBUTE = 'data-agentpmt-credits';

export interface FindNavbarOptions {
  /** Whether an element looks like a bar across the top of the page; see `looksLikeTopBar`. */
  isTopBar?: (element: Element) => boolean;
  /** Whether an element is rendered; the pill is never anchored to a hidden one. */
  isRendered?: (element: Element) => boolean;
}

/** How far down a top bar may start, in CSS pixels. */
const TOP_BAR_MAX_OFFSET = 200;

/**
 * Whether an element is laid out as a bar at the top of the page: it has a size, it starts
 * within the first 200 px of the document or, stuck to the top while the page is scrolled,
 * of the viewport, and it is at least twice as wide as it is high.
 */
export function looksLikeTopBar(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const scrollY = element.ownerDocument.defaultView?.scrollY ?? 0;
  const nearTop = rect.top + scrollY < TOP_BAR_MAX_OFFSET || (rect.top >= 0 && rect.top < TOP_BAR_MAX_OFFSET);
  return rect.width > 0 && rect.height > 0 && nearTop && rect.width >= 2 * rect.height;
}

/** Whether an element is rendered (`checkVisibility` where the browser has it). */
export function isRendered(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

/**
 * The page's banners, in document order: `[role=banner]` elements and `<header>` elements
 * that are not inside sectioning content or another landmark.
 */
export function findBanners(root: ParentNode): Element[] {
  return [...root.querySelectorAll('header, [role="banner"]')].filter(
    (el) => el.getAttribute('role') === 'banner' || el.parentElement?.closest(SECTIONING) == null,
  );
}

/**
 * The slot for the pill in the page's top navigation bar, or null when there is none yet.
 * Banners that are not rendered or do not look like a top bar are skipped; within a banner
 * the first rule of `NAVBAR_RULES` with a rendered match wins. Reads the DOM only; never
 * throws for any markup (a page may clobber DOM names, CSI-4).
 */
export function findNavbarSlot(root: ParentNode = document, options: FindNavbarOptions = {}): NavbarSlot | null {
  const { isTopBar = looksLikeTopBar, isRendered: rendered = isRendered } = options;
  try {
    for (const banner of findBanners(root)) {
      if (!rendered(banner) || !isTopBar(banner)) continue;
      for (const rule of NAVBAR_RULES) {
        const matches = rule.selector === ':scope' ? [banner] : [...banner.querySelectorAll(rule.selector)];
        const anchor = matches.find((el) => el.closest(`[${WIDGET_HOST_ATTRIBUTE}]`) === null && rendered(el));
        if (anchor) return { anchor, placement: rule.placement, rule: rule.name };
      }
    }
  } catch {
    // Hostile or broken markup: no slot, so the widget falls back to the floating pill.
  }
  return null;
}
