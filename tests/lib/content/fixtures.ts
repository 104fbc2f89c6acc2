import { navbar } from '@/sandbox/site/layout';

/**
 * Markup of the pages the navbar rules were written for. The mock site's navbar comes from
 * the sandbox itself, so these fixtures follow it when it changes.
 */
export const PAGES = {
  /** The mock site's `/`: header banner, main nav, account menu button at the right. */
  mockHome: `${navbar('/')}<main id="main"><h1>Pay-per-call tools</h1></main>`,
  /** The mock site's `/spa` before its navbar renders: no header at all. */
  mockSpaLoading: `<main id="main"><p>Loading…</p></main><template id="navbar-template">${navbar('/spa', '/spa')}</template>`,
  /** The mock site's `/no-nav`. */
  mockNoNav: `<main id="main"><h1>Checkout</h1></main>`,
  /** A Next.js-style header with generated class names, signed out. */
  nextSignedOut: `<div id="__next"><header class="sc-1x2y3z"><div class="k8s0d"><a href="/">AgentPMT</a>
    <nav class="a1b2c3"><a href="/marketplace">Marketplace</a><a href="/docs">Docs</a></nav>
    <div class="q9w8e7"><a href="/login">Log in</a><a href="/signup" class="btn-x">Get started</a></div></div></header>
    <main><h1>Tools for agents</h1></main></div>`,
  /** A banner given by role on a div, with a nav and no account control. */
  roleBanner: `<div role="banner"><div><a href="/">AgentPMT</a><div role="navigation" aria-label="Main"><a href="/docs">Docs</a></div></div></div><main></main>`,
  /** A header without a nav or account control. */
  bareHeader: `<header><a href="/">AgentPMT</a></header><main></main>`,
  /** Headers that are not the page's banner: inside an article and inside main. */
  sectionHeaders: `<main><article><header><button aria-haspopup="menu">Share</button></header></article>
    <header><nav><a href="/x">x</a></nav></header></main>`,
  /** DOM clobbering (CSI-4): named form controls and images shadowing DOM names. */
  clobbered: `<form id="x" name="querySelectorAll"><input name="attributes"><input name="parentElement"></form>
    <img name="getElementById"><img name="body">${navbar('/')}`,
} as const;

/** Parses the fixtures' own markup into nodes of the current document (an inert parse: no HTML sink). */
export function fragment(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const nodes = document.createDocumentFragment();
  nodes.append(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
  return nodes;
}

/** Replaces the document's body with the given markup. */
export function setBody(html: string): void {
  document.body.replaceChildren(fragment(html));
}
