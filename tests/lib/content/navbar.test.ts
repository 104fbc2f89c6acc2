/** @vitest-environment happy-dom */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { findBanners, findNavbarSlot, looksLikeTopBar, NAVBAR_RULES, WIDGET_HOST_ATTRIBUTE } from '@/lib/content/navbar';
import { fragment, PAGES, setBody } from './fixtures';

// happy-dom lays nothing out: every banner counts as a top bar unless a test says otherwise.
const LAID_OUT = { isTopBar: () => true };

beforeEach(() => setBody(''));

describe('findNavbarSlot', () => {
  it('puts the pill just before the account menu on the mock site', () => {
    setBody(PAGES.mockHome);

    const slot = findNavbarSlot(document, LAID_OUT);

    expect(slot).toMatchObject({ rule: 'account-menu', placement: 'before' });
    expect(slot?.anchor).toBe(document.querySelector('.account-button'));
  });

  it('puts the pill before "Log in" in a Next.js header with generated class names', () => {
    setBody(PAGES.nextSignedOut);

    const slot = findNavbarSlot(document, LAID_OUT);

    expect(slot).toMatchObject({ rule: 'sign-in-link', placement: 'before' });
    expect(slot?.anchor.textContent).toBe('Log in');
  });

  it.each([
    ['a role=banner with a navigation role', PAGES.roleBanner, 'banner-nav', '[role="navigation"]'],
    ['a bare header', PAGES.bareHeader, 'banner', 'header'],
  ])('ends %s', (_name, html, rule, anchor) => {
    setBody(html);

    const slot = findNavbarSlot(document, LAID_OUT);

    expect(slot).toMatchObject({ rule, placement: 'last' });
    expect(slot?.anchor).toBe(document.querySelector(anchor));
  });

  it.each([
    ['no header at all (/no-nav)', PAGES.mockNoNav],
    ['a navbar still in a template (/spa while loading)', PAGES.mockSpaLoading],
    ['only headers of sections', PAGES.sectionHeaders],
  ])('finds nothing with %s', (_name, html) => {
    setBody(html);

    expect(findNavbarSlot(document, LAID_OUT)).toBeNull();
  });

  it('finds a navbar that renders late (the mock /spa)', () => {
    setBody(PAGES.mockSpaLoading);
    expect(findNavbarSlot(document, LAID_OUT)).toBeNull();

    const template = document.getElementById('navbar-template') as HTMLTemplateElement;
    document.body.prepend(template.content.cloneNode(true));

    expect(findNavbarSlot(document, LAID_OUT)?.anchor).toBe(document.querySelector('.account-button'));
  });

  it('finds the new navbar after a navigation replaced the header', () => {
    setBody(PAGES.mockHome);
    const before = findNavbarSlot(document, LAID_OUT)?.anchor;

    document.querySelector('header')?.replaceWith(fragment(PAGES.mockHome).querySelector('header')!);
    const after = findNavbarSlot(document, LAID_OUT)?.anchor;

    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(after?.isConnected).toBe(true);
    expect(before?.isConnected).toBe(false);
  });

  it('skips banners that are hidden or do not look like a bar at the top', () => {
    setBody(`<header id="hidden"><button aria-haspopup="menu">A</button></header>${PAGES.mockHome}`);

    const slot = findNavbarSlot(document, { isTopBar: () => true, isRendered: (el) => el.id !== 'hidden' });
    const none = findNavbarSlot(document, { isTopBar: () => false });

    expect(slot?.anchor).toBe(document.querySelector('.account-button'));
    expect(none).toBeNull();
  });

  it('skips hidden controls and falls through to the next rule', () => {
    setBody(PAGES.mockHome);
    const account = document.querySelector('.account-button');

    const slot = findNavbarSlot(document, { ...LAID_OUT, isRendered: (el) => el !== account });

    expect(slot).toMatchObject({ rule: 'banner-nav' });
  });

  it('never anchors the pill to the widget itself', () => {
    setBody(`<header><div ${WIDGET_HOST_ATTRIBUTE}><button aria-label="Account">x</button></div><nav></nav></header>`);

    expect(findNavbarSlot(document, LAID_OUT)).toMatchObject({ rule: 'banner-nav' });
  });

  it('survives DOM clobbering', () => {
    setBody(PAGES.clobbered);

    expect(() => findNavbarSlot(document, LAID_OUT)).not.toThrow();
    expect(findNavbarSlot(document, LAID_OUT)?.rule).toBe('account-menu');
  });

  it('only ever returns an anchor inside a page banner, matched by the rule it names', () => {
    const TAGS = ['header', 'nav', 'main', 'article', 'section', 'div', 'span'] as const;
    const LEAVES = ['<button aria-haspopup="menu">m</button>', '<a href="/login">in</a>', '<a href="/x">x</a>', '<b>t</b>', ''];
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(...LEAVES),
        fc.tuple(fc.constantFrom(...TAGS), fc.boolean(), fc.array(tie('node'), { maxLength: 4 })).map(
          ([tag, banner, children]) => `<${tag}${banner ? ' role="banner"' : ''}>${children.join('')}</${tag}>`,
        ),
      ),
    })).node;

    fc.assert(
      fc.property(tree, (html) => {
        setBody(html);
        const slot = findNavbarSlot(document, LAID_OUT);
        if (slot === null) return;
        const banners = findBanners(document);
        expect(banners.some((banner) => banner === slot.anchor || banner.contains(slot.anchor))).toBe(true);
        const rule = NAVBAR_RULES.find((r) => r.name === slot.rule)!;
        expect(rule.selector === ':scope' || slot.anchor.matches(rule.selector)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('looksLikeTopBar', () => {
  const rect = (top: number, width: number, height: number) => ({ top, width, height }) as DOMRect;

  it.each([
    ['a 60 px bar across the top', rect(0, 1280, 60), 0, true],
    ['a sticky bar while the page is scrolled', rect(0, 1280, 60), 2000, true],
    ['a bar at the top of a scrolled page', rect(-1500, 1280, 60), 1500, true],
    ['a bar far down the page', rect(900, 1280, 60), 0, false],
    ['a bar far down the page, scrolled past', rect(-500, 1280, 60), 1400, false],
    ['a tall column', rect(0, 240, 800), 0, false],
    ['an element with no size', rect(0, 0, 0), 0, false],
  ])('%s: %s', (_name, box, scrollY, expected) => {
    setBody('<header></header>');
    const header = document.querySelector('header')!;
    header.getBoundingClientRect = () => box;
    Object.defineProperty(window, 'scrollY', { configurable: true, value: scrollY });

    expect(looksLikeTopBar(header)).toBe(expected);
  });
});
