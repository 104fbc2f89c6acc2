import { navbar, page } from './layout';

/** How long the single-page app waits before rendering its navbar. */
export const SPA_NAVBAR_DELAY_MS = 1_500;

const VIEWS = {
  '/spa': ['Home', 'Welcome back. Your agents are running.'],
  '/spa/marketplace': ['Marketplace', 'Browse tools by category and price tier.'],
  '/spa/docs': ['Docs', 'Guides for agent groups, budgets and bearer tokens.'],
  '/spa/pricing': ['Pricing', 'Credits come in packs of 500. 100 credits = $1.'],
  '/spa/dashboard': ['Dashboard', 'Your balance, lots and recent tool calls.'],
} as const;

const script = (delay: number) => `
const VIEWS = ${JSON.stringify(VIEWS)};
const main = document.getElementById('main');
function render(path) {
  const [title, text] = VIEWS[path] || ['Not found', 'No such page in this app.'];
  document.title = title + ' · AgentPMT';
  main.replaceChildren();
  const h1 = document.createElement('h1');
  h1.textContent = title;
  const p = document.createElement('p');
  p.className = 'muted';
  p.textContent = text;
  main.append(h1, p);
  for (const link of document.querySelectorAll('[data-nav-link]')) {
    if (link.getAttribute('href') === path) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[href^="/spa"]');
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState({}, '', link.getAttribute('href'));
  render(location.pathname);
});
window.addEventListener('popstate', () => render(location.pathname));
setTimeout(() => {
  const template = document.getElementById('navbar-template');
  document.body.prepend(template.content.cloneNode(true));
  document.body.dataset.navbarReady = 'true';
  render(location.pathname);
}, ${delay});
render(location.pathname);`;

/**
 * `GET /spa` (and `/spa/*`): a single-page app whose navbar appears about 1.5 s after
 * load and whose links change the route with `history.pushState`.
 */
export function spaPage(delayMs = SPA_NAVBAR_DELAY_MS): string {
  return page({
    title: 'App',
    body: '<p class="muted">Loading…</p>',
    after: `<template id="navbar-template">${navbar('/spa', '/spa')}</template>`,
    script: script(delayMs),
  });
}
