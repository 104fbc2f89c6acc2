import { escapeHtml, navbar, page } from './layout';

const FEATURES = [
  ['Tools on demand', 'Search, scraping, documents, email and more: one bearer token, pay per call.'],
  ['Credits, not invoices', 'Buy packs from 500 credits ($5). 100 credits = $1. Failed calls are never charged.'],
  ['Budgets per agent group', 'One balance serves every agent group, with limits you control.'],
] as const;

const cards = (items: readonly (readonly [string, string])[]): string =>
  `<div class="cards">${items.map(([title, text]) => `<section class="card"><h2>${title}</h2><p>${text}</p></section>`).join('')}</div>`;

/** `GET /`: the landing page with the navbar and a hero. */
export function homePage(): string {
  return page({
    title: 'Tools for AI agents',
    header: navbar('/'),
    body: `<section class="hero">
<h1>Pay-per-call tools for your AI agents</h1>
<p>AgentPMT gives your agents a marketplace of tools, billed in credits. Top up once; every agent group draws from the same balance.</p>
<a class="button" href="/marketplace">Browse the marketplace</a> <a class="button secondary" href="/dashboard">Buy credits</a>
</section>${cards(FEATURES)}`,
  });
}

/** A plain content page with the navbar (marketplace, docs, pricing and anything under them). */
export function contentPage(path: string): string {
  const words = path.split('/').filter(Boolean).at(-1)?.replace(/-/g, ' ') ?? 'AgentPMT';
  const title = words.charAt(0).toUpperCase() + words.slice(1);
  return page({
    title,
    header: navbar(path),
    body: `<h1>${escapeHtml(title)}</h1><p class="muted">This page is part of the local AgentPMT sandbox.</p>`,
  });
}

/** `GET /no-nav`: a page without any navbar. */
export function noNavPage(): string {
  return page({
    title: 'Checkout',
    body: `<h1>Checkout</h1><p class="muted">A focused page without site navigation.</p>`,
  });
}

/** The HTML 404 page. */
export function notFoundPage(path: string): string {
  return page({
    title: 'Not found',
    header: navbar(path),
    body: `<h1>Page not found</h1><p class="muted">Nothing lives at ${escapeHtml(path)}.</p><a class="button" href="/">Home</a>`,
  });
}
