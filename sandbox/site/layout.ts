/** The mock AgentPMT website's shared page shell, styles and top navigation bar. */

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const NAV_LINKS = [
  ['Marketplace', '/marketplace'],
  ['Docs', '/docs'],
  ['Pricing', '/pricing'],
  ['Dashboard', '/dashboard'],
] as const;

const STYLES = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;background:#f8fafc}
a{color:#4f46e5}
.site-header{position:sticky;top:0;z-index:10;background:#0f172a;color:#e2e8f0;box-shadow:0 1px 0 #1e293b}
.nav{max-width:1120px;margin:0 auto;height:60px;padding:0 20px;display:flex;align-items:center;gap:28px}
.logo{display:flex;align-items:center;gap:8px;color:#fff;font-weight:700;font-size:18px;text-decoration:none;letter-spacing:-.01em}
.logo-mark{display:grid;place-items:center;width:26px;height:26px;border-radius:7px;background:linear-gradient(135deg,#6366f1,#22d3ee);font-size:13px}
.logo-mark::before{content:"◆"}
.nav-links{display:flex;gap:4px;list-style:none;margin:0;padding:0}
.nav-links a{display:block;padding:6px 12px;border-radius:6px;color:#cbd5e1;text-decoration:none}
.nav-links a:hover,.nav-links a[aria-current=page]{background:#1e293b;color:#fff}
.nav-actions{margin-left:auto;display:flex;align-items:center;gap:12px;position:relative}
.account-button{display:flex;align-items:center;gap:8px;padding:4px 10px 4px 4px;border:1px solid #334155;border-radius:999px;background:#0f172a;color:#e2e8f0;font:inherit;cursor:pointer}
.account-button:hover{border-color:#64748b}
.avatar{display:grid;place-items:center;width:28px;height:28px;border-radius:50%;background:#4f46e5;color:#fff;font-size:12px;font-weight:600}
.account-menu{position:absolute;right:0;top:46px;min-width:180px;margin:0;padding:6px;list-style:none;background:#fff;border:1px solid #e2e8f0;border-radius:10px;box-shadow:0 10px 30px rgba(15,23,42,.15)}
.account-menu a{display:block;padding:8px 10px;border-radius:6px;color:#0f172a;text-decoration:none}
.account-menu a:hover{background:#f1f5f9}
main{max-width:1120px;margin:0 auto;padding:48px 20px}
.hero h1{font-size:44px;line-height:1.1;letter-spacing:-.02em;margin:0 0 16px;max-width:720px}
.hero p{font-size:18px;color:#475569;max-width:640px;margin:0 0 28px}
.button{display:inline-block;padding:10px 18px;border-radius:8px;border:1px solid transparent;background:#4f46e5;color:#fff;font:inherit;font-weight:600;text-decoration:none;cursor:pointer}
.button.secondary{background:#fff;color:#0f172a;border-color:#cbd5e1}
.button:disabled{opacity:.6;cursor:progress}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:16px;margin-top:48px}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:12px;padding:20px}
.card h2,.card h3{margin:0 0 6px;font-size:17px}
.card p{margin:0;color:#475569}
.muted{color:#64748b}
`;

/** The top navigation bar: logo, main links and the account menu button. */
export function navbar(currentPath: string, linkPrefix = ''): string {
  const links = NAV_LINKS.map(([label, path]) => {
    const href = `${linkPrefix}${path}`;
    const current = href === currentPath ? ' aria-current="page"' : '';
    return `<li><a href="${href}" data-nav-link${current}>${label}</a></li>`;
  }).join('');
  return `<header class="site-header"><nav class="nav" aria-label="Main">
<a class="logo" href="${linkPrefix || '/'}"><span class="logo-mark" aria-hidden="true"></span>AgentPMT</a>
<ul class="nav-links">${links}</ul>
<div class="nav-actions">
<button class="account-button" type="button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu" aria-label="Account menu"><span class="avatar" aria-hidden="true">JD</span><span>Jordan D.</span></button>
<ul id="account-menu" class="account-menu" role="menu" hidden>
<li role="none"><a role="menuitem" href="/dashboard">Dashboard</a></li>
<li role="none"><a role="menuitem" href="/docs/payments-and-billing/how-to-buy-credits">Billing help</a></li>
<li role="none"><a role="menuitem" href="/">Sign out</a></li>
</ul></div></nav></header>`;
}

/** Opens and closes the account menu; works for a navbar added later, too. */
export const ACCOUNT_MENU_SCRIPT = `
document.addEventListener('click', (event) => {
  const button = document.querySelector('.account-button');
  const menu = document.getElementById('account-menu');
  if (!button || !menu) return;
  const open = button.contains(event.target) ? menu.hidden : false;
  menu.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
});`;

/** A complete HTML document. `after` follows `<main>`; `script` is inline JavaScript run last. */
export function page(options: { title: string; body: string; header?: string; after?: string; script?: string }): string {
  const script = [ACCOUNT_MENU_SCRIPT, options.script ?? ''].join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(options.title)} · AgentPMT</title><style>${STYLES}</style></head>
<body>${options.header ?? ''}<main id="main">${options.body}</main>${options.after ?? ''}<script>${script}</script></body></html>`;
}
