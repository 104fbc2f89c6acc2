/** How often, at most, the widget re-checks its place while the page's DOM changes. */
export const DOM_CHECK_INTERVAL_MS = 100;

/**
 * Calls `onChange` after nodes are added or removed anywhere under `root`, at most once per
 * `intervalMs` (a busy single-page app mutates constantly; one check per burst is enough).
 * Attribute changes are ignored, so resizing the widget never triggers a check. Returns a
 * function that stops watching; a check already scheduled is dropped.
 */
export function observeDom(
  root: Node,
  onChange: () => void,
  setTimer: (callback: () => void, ms: number) => void,
  intervalMs: number = DOM_CHECK_INTERVAL_MS,
): () => void {
  let pending = false;
  let active = true;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    setTimer(() => {
      pending = false;
      if (active) onChange();
    }, intervalMs);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    active = false;
    observer.disconnect();
  };
}
