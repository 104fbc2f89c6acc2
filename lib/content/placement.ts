import type { NavbarSlot } from './navbar';

/** Where the widget is: in the navbar slot, or floating at the top right of the window. */
export type Placement = { kind: 'navbar'; slot: NavbarSlot } | { kind: 'floating' };

/** How long to wait for a navbar (first render, or a replaced one) before floating. */
export const NAVBAR_WAIT_MS = 3_000;

export interface PlacementDeps {
  /** The navbar slot now, or null. */
  findSlot(): NavbarSlot | null;
  /** Puts the one widget host at a placement (moving it if it is elsewhere). */
  show(placement: Placement): void;
  /** Whether the host is still in the document (a page may replace the navbar around it). */
  isShown(): boolean;
  /** Calls back after DOM changes (throttled); returns a function that stops. */
  observe(onChange: () => void): () => void;
  /** A timer that dies with the content script (`ctx.setTimeout`). */
  setTimer(callback: () => void, ms: number): void;
  waitMs?: number;
}

export interface PlacementController {
  start(): void;
  stop(): void;
  /** The current placement, or null while waiting or stopped. */
  readonly current: Placement | null;
}

/**
 * Keeps exactly one widget where it belongs while the page changes under it: in the navbar
 * as soon as one is found, floating at the top right if none appears within `waitMs`
 * (and moved into a navbar that appears later), and back in the navbar when a client-side
 * navigation replaces it. A navbar that vanishes is given `waitMs` to come back before the
 * widget floats. Client-side route changes that keep the navbar change nothing.
 */
export function createPlacement(deps: PlacementDeps): PlacementController {
  const waitMs = deps.waitMs ?? NAVBAR_WAIT_MS;
  let current: Placement | null = null;
  let running = false;
  let waitingUntilTimer = false;
  let round = 0;
  let unobserve: (() => void) | null = null;

  const wait = () => {
    waitingUntilTimer = true;
    const mine = ++round;
    deps.setTimer(() => {
      if (mine !== round) return;
      waitingUntilTimer = false;
      check();
    }, waitMs);
  };

  const place = (placement: Placement) => {
    current = placement;
    deps.show(placement);
  };

  function check(): void {
    if (!running) return;
    const shown = current !== null && deps.isShown();
    if (current?.kind === 'navbar' && shown) return;
    const slot = deps.findSlot();
    if (slot) return place({ kind: 'navbar', slot });
    if (current?.kind === 'floating' && shown) return;
    if (current?.kind === 'navbar') {
      current = null;
      return wait();
    }
    if (!waitingUntilTimer) place({ kind: 'floating' });
  }

  return {
    start() {
      if (running) return;
      running = true;
      wait();
      check();
      unobserve = deps.observe(check);
    },
    stop() {
      running = false;
      round += 1;
      waitingUntilTimer = false;
      current = null;
      unobserve?.();
      unobserve = null;
    },
    get current() {
      return current;
    },
  };
}
