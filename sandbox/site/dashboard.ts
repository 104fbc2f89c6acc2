import { DEMO_RUNAWAY } from '../runaway';
import { navbar, page } from './layout';

/** Credit packs offered on the dashboard. */
export const PACKS = [500, 1_000, 2_500, 5_000, 10_000] as const;
const CREDITS_PER_DOLLAR = 100;

const STYLES = `<style>
.dashboard{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.4fr);gap:20px;align-items:start}
.card .balance-value{font-size:36px;font-weight:700;letter-spacing:-.02em;margin:4px 0;color:#0f172a}
.packs{display:grid;grid-template-columns:repeat(auto-fill,minmax(130px,1fr));gap:10px;border:0;margin:0 0 16px;padding:0}
.packs legend{font-weight:600;margin-bottom:10px}
.pack{display:block;border:1px solid #cbd5e1;border-radius:10px;padding:12px;background:#fff;cursor:pointer}
.pack:has(input:checked){border-color:#4f46e5;box-shadow:0 0 0 3px rgba(79,70,229,.2)}
.pack input{margin:0 6px 0 0}
.pack strong{display:block;font-size:17px}
.status{min-height:1.5em;margin:12px 0;color:#047857}
.status.error{color:#b91c1c}
</style>`;

const formatCredits = (credits: number): string => credits.toLocaleString('en-US');
const formatDollars = (credits: number): string =>
  (credits / CREDITS_PER_DOLLAR).toLocaleString('en-US', { style: 'currency', currency: 'USD' });

const packOption = (credits: number, index: number): string => `<label class="pack">
<input type="radio" name="pack" value="${credits}"${index === 1 ? ' checked' : ''}>
<strong>${formatCredits(credits)} credits</strong><span class="muted">${formatDollars(credits)}</span></label>`;

const SCRIPT = `
const balance = document.getElementById('balance');
const expiry = document.getElementById('expiry');
const status = document.getElementById('buy-status');
const form = document.getElementById('buy-form');
const fmt = (n) => n.toLocaleString('en-US');
const usd = (n) => (n / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
function showBalance(value) {
  balance.textContent = fmt(value) + ' credits';
  balance.dataset.credits = String(value);
  document.getElementById('balance-usd').textContent = usd(value);
}
async function loadState() {
  const response = await fetch('/__sandbox/state', { cache: 'no-store' });
  const state = await response.json();
  showBalance(state.balance);
  expiry.textContent = state.expiration ? 'Next credits expire in ' + state.expiresInDays + ' days.' : 'No credits expire soon.';
}
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const credits = Number(new FormData(form).get('pack'));
  const button = form.querySelector('button');
  button.disabled = true;
  status.className = 'status';
  status.textContent = 'Processing payment…';
  try {
    const response = await fetch('/__sandbox/buy', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ credits }),
    });
    const result = await response.json();
    if (!response.ok) throw new Error(result.message || 'Purchase failed');
    showBalance(result.balance);
    status.textContent = 'Purchased ' + fmt(result.credits) + ' credits. New balance: ' + fmt(result.balance) + ' credits.';
  } catch (error) {
    status.className = 'status error';
    status.textContent = error.message;
  } finally {
    button.disabled = false;
  }
});
const runaway = document.getElementById('runaway-button');
const runawayStatus = document.getElementById('runaway-status');
runaway.addEventListener('click', async () => {
  runaway.disabled = true;
  try {
    const response = await fetch('/__sandbox/runaway', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(RUNAWAY),
    });
    if (!response.ok) throw new Error('The runaway agent could not start');
    runawayStatus.className = 'status';
    runawayStatus.textContent = 'An agent is calling ' + RUNAWAY.tool + ' in a loop: ' + fmt(RUNAWAY.creditsPerMinute) + ' credits a minute for ' + RUNAWAY.minutes + ' minutes.';
  } catch (error) {
    runawayStatus.className = 'status error';
    runawayStatus.textContent = error.message;
  } finally {
    runaway.disabled = false;
  }
});
loadState().catch(() => { balance.textContent = 'Unavailable'; });`;

/** `GET /dashboard`: the balance and a pack picker whose Buy button calls the control API. */
export function dashboardPage(): string {
  return page({
    title: 'Dashboard',
    header: navbar('/dashboard'),
    script: `const RUNAWAY = ${JSON.stringify(DEMO_RUNAWAY)};${SCRIPT}`,
    body: `${STYLES}<h1>Dashboard</h1>
<div class="dashboard">
<section class="card" aria-labelledby="balance-title"><h2 id="balance-title">Credit balance</h2>
<p class="balance-value" id="balance" aria-live="polite">…</p><p class="muted"><span id="balance-usd"></span> · 100 credits = $1.00</p>
<p class="muted" id="expiry"></p></section>
<section class="card" aria-labelledby="buy-title"><h2 id="buy-title">Buy credits</h2>
<form id="buy-form"><fieldset class="packs"><legend>Choose a pack</legend>${PACKS.map(packOption).join('')}</fieldset>
<button class="button" type="submit">Buy</button>
<p class="status" id="buy-status" role="status"></p></form>
<p class="muted">Credits expire 12 months after purchase. Failed tool calls are not charged.</p></section>
<section class="card" aria-labelledby="agents-title"><h2 id="agents-title">Agents</h2>
<p class="muted">Sandbox only: make one agent call a tool in a loop, to see the extension's runaway alert.</p>
<button class="button" type="button" id="runaway-button">Simulate a runaway agent</button>
<p class="status" id="runaway-status" role="status"></p></section>
</div>`,
  });
}
