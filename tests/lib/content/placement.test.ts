import { describe, expect, it } from 'vitest';
import type { NavbarSlot } from '@/lib/content/navbar';
import { createPlacement, NAVBAR_WAIT_MS, type Placement } from '@/lib/content/placement';

/** A page whose navbar and DOM changes the test drives by hand, with a manual clock. */
function fakePage({ navbar = false } = {}) {
  let slot: NavbarSlot | null = navbar ? newSlot() : null;
  let shown = false;
  let now = 0;
  let onChange: (() => void) | null = null;
  const timers: Array<{ at: number; callback: () => void }> = [];
  const shows: Placement['kind'][] = [];
  const controller = createPlacement({
    findSlot: () => slot,
    show: (placement) => {
      shows.push(placement.kind);
      shown = true;
    },
    isShown: () => shown,
    observe: (callback) => {
      onChange = callback;
      return () => {
        onChange = null;
      };
    },
    setTimer: (callback, ms) => timers.push({ at: now + ms, callback }),
  });
  function newSlot(): NavbarSlot {
    return { anchor: {} as Element, placement: 'before', rule: 'account-menu' };
  }
  return {
    controller,
    shows,
    /** The DOM changed (the observer fires); `navbar` says whether a navbar is there now. */
    mutate(change: { navbar?: boolean; hostRemoved?: boolean } = {}) {
      if (change.navbar === true) slot = newSlot();
      if (change.navbar === false) slot = null;
      if (change.hostRemoved) shown = false;
      onChange?.();
    },
    advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.callback();
      }
    },
    get observing() {
      return onChange !== null;
    },
  };
}

describe('createPlacement', () => {
  it('puts the widget in a navbar that is there from the start, once', () => {
    const page = fakePage({ navbar: true });

    page.controller.start();
    page.advance(NAVBAR_WAIT_MS * 3);
    page.mutate();

    expect(page.shows).toEqual(['navbar']);
    expect(page.controller.current?.kind).toBe('navbar');
  });

  it('floats when no navbar appears within the wait, and not before', () => {
    const page = fakePage();

    page.controller.start();
    page.mutate();
    page.advance(NAVBAR_WAIT_MS - 1);
    expect(page.shows).toEqual([]);

    page.advance(1);
    expect(page.shows).toEqual(['floating']);
  });

  it('waits for a navbar that renders late instead of floating first', () => {
    const page = fakePage();

    page.controller.start();
    page.advance(1_500);
    page.mutate({ navbar: true });
    page.advance(NAVBAR_WAIT_MS);

    expect(page.shows).toEqual(['navbar']);
  });

  it('moves a floating widget into a navbar that appears later', () => {
    const page = fakePage();
    page.controller.start();
    page.advance(NAVBAR_WAIT_MS);

    page.mutate({ navbar: true });

    expect(page.shows).toEqual(['floating', 'navbar']);
  });

  it('changes nothing on client-side route changes that keep the navbar', () => {
    const page = fakePage({ navbar: true });
    page.controller.start();

    for (let i = 0; i < 20; i += 1) page.mutate();

    expect(page.shows).toEqual(['navbar']);
  });

  it('follows a navbar replaced by a navigation', () => {
    const page = fakePage({ navbar: true });
    page.controller.start();

    page.mutate({ navbar: true, hostRemoved: true });

    expect(page.shows).toEqual(['navbar', 'navbar']);
  });

  it('gives a removed navbar time to come back before floating', () => {
    const page = fakePage({ navbar: true });
    page.controller.start();
    page.advance(NAVBAR_WAIT_MS);

    page.mutate({ navbar: false, hostRemoved: true });
    page.advance(NAVBAR_WAIT_MS - 1);
    expect(page.shows).toEqual(['navbar']);
    page.mutate({ navbar: true });

    expect(page.shows).toEqual(['navbar', 'navbar']);
  });

  it('floats when a removed navbar does not come back', () => {
    const page = fakePage({ navbar: true });
    page.controller.start();

    page.mutate({ navbar: false, hostRemoved: true });
    page.advance(NAVBAR_WAIT_MS);

    expect(page.shows).toEqual(['navbar', 'floating']);
  });

  it('puts a floating widget back when the page removes it', () => {
    const page = fakePage();
    page.controller.start();
    page.advance(NAVBAR_WAIT_MS);

    page.mutate({ hostRemoved: true });

    expect(page.shows).toEqual(['floating', 'floating']);
  });

  it('does nothing after stop, not even when an old timer fires', () => {
    const page = fakePage();
    page.controller.start();

    page.controller.stop();
    page.advance(NAVBAR_WAIT_MS);
    page.mutate({ navbar: true });

    expect(page.shows).toEqual([]);
    expect(page.observing).toBe(false);
    expect(page.controller.current).toBeNull();
  });

  it('starts afresh after a stop', () => {
    const page = fakePage({ navbar: true });
    page.controller.start();
    page.controller.stop();

    page.controller.start();
    page.controller.start();

    expect(page.shows).toEqual(['navbar', 'navbar']);
    expect(page.observing).toBe(true);
  });
});
