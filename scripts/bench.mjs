/**
 * `npm run bench`: builds the production extension, then measures it.
 * - Size: raw and gzip bytes of each entrypoint's JS (loaded at open, and loaded later)
 *   and CSS.
 * - Popup: over OPENS opens of `popup.html` with a stored snapshot, the time from the start
 *   of the navigation to the balance being painted (median and p90); alternating with them,
 *   as many opens of a plain-JS reference page that reads the same storage and writes the
 *   same number (scripts/bench-reference/), and the ratio of the two medians. The reference
 *   is added to a temporary copy of the build, so it never ships.
 * - Activity: the time to paint the activity list holding 10,000 transactions, the rows in
 *   the DOM, and frame times while scrolling it end to end.
 * - Widget: over WIDGET_OPENS loads of the (routed) agentpmt.com home page, the time from the
 *   start of the navigation to the pill showing the balance; the content script's size.
 * Prints a table and writes artifacts/bench.json. Runs with tsx (it drives the e2e harness:
 * real Chromium, the production build, AgentPMT routed to the sandbox).
 * Flags: --no-build (measure the current .output), --opens=N (default 20).
 */
/* global window, document, requestAnimationFrame, MutationObserver, chrome -- functions passed to page.evaluate run in the popup */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { entrypointSizes } from '../tests/build/bundle-sizes.ts';
import { CHROME } from '../tests/build/output.ts';
import { connectToSandbox, launchExtension } from '../tests/e2e/fixtures.ts';
import { POPUP_SIZE, popupUrl } from '../tests/e2e/popup/popup-page.ts';
import { openSite, widget } from '../tests/e2e/widget/site-page.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'artifacts/bench.json');
const args = new Map(process.argv.slice(2).map((arg) => [arg.replace(/=.*/, ''), arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : '']));
const OPENS = Math.max(10, Number(args.get('--opens') ?? 20) || 20);
const ACTIVITY_OPENS = 5;
const ACTIVITY_ROWS = 10_000;
const WIDGET_OPENS = 10;
const REFERENCE = resolve(import.meta.dirname, 'bench-reference');
const BALANCE = '[data-testid="balance-credits"]';

/** Records, from the page's own clock (0 = navigation start), when a selector is first painted. */
function markWhenPainted(selector) {
  const w = window;
  const seen = () => {
    if (!document.querySelector(selector)) return false;
    requestAnimationFrame(() => setTimeout(() => (w.__benchPainted = performance.now()), 0));
    return true;
  };
  new MutationObserver((_, observer) => {
    if (seen()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

async function timeOpen(harness, { hash = '', selector, url = popupUrl(harness, hash) }) {
  const page = await harness.context.newPage();
  await page.setViewportSize(POPUP_SIZE);
  await page.addInitScript(markWhenPainted, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__benchPainted !== undefined, null, { timeout: 30_000 });
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return { visible: window.__benchPainted, domContentLoaded: nav?.domContentLoadedEventEnd ?? null, firstPaint: paint?.startTime ?? null };
  });
  return { page, timing };
}

/** Clicks the Activity tab and returns the time until the list is painted. */
async function timeTabSwitch(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector('li[aria-setsize]')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - started), 0));
        });
        observer.observe(document, { childList: true, subtree: true });
        [...document.querySelectorAll('[role="tab"]')].find((tab) => tab.textContent === 'Activity').click();
      }),
  );
}

/** Scrolls the activity list from top to bottom in steps, one per frame; returns frame times. */
async function scrollFrames(page) {
  return page.evaluate(async () => {
    const list = document.querySelector('[role="region"][aria-label]');
    const steps = 120;
    const frames = [];
    let last = performance.now();
    for (let i = 1; i <= steps; i++) {
      list.scrollTop = (list.scrollHeight - list.clientHeight) * (i / steps);
      await new Promise((done) => requestAnimationFrame(done));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return { frames, rowsInDom: list.querySelectorAll('li').length, lastRow: list.querySelector('li:last-child')?.getAttribute('aria-posinset') };
  });
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const stats = (all) => {
  const values = all.filter((v) => typeof v === 'number');
  return { n: values.length, median: quantile(values, 0.5), p90: quantile(values, 0.9), min: Math.min(...values), max: Math.max(...values) };
};
const ms = (n) => (n === null || n === undefined ? '–' : `${n.toFixed(1)} ms`);
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

function tenThousandTransactions(now) {
  const types = ['tool_call', 'tool_call', 'tool_call', 'purchase', 'refund'];
  return Array.from({ length: ACTIVITY_ROWS }, (_, i) => {
    const type = types[i % types.length];
    return {
      id: `bench-${i}`,
      type,
      credits: type === 'purchase' ? 500 : type === 'refund' ? 3 : -((i % 40) + 1),
      balanceAfter: null,
      description: type === 'tool_call' ? `tool-${i % 97}` : null,
      grantId: null,
      createdAt: now - i * 60_000,
    };
  });
}

/**
 * Loads the site and returns the time from its navigation start to the pill showing the
 * balance. The pill lives in a cross-origin extension frame, so the end is read on this
 * side's clock when Playwright sees it (a few ms late at most), against the page's epoch origin.
 */
async function timeWidget(harness) {
  const page = await openSite(harness, '/');
  await widget(page).getByTestId('pill-balance').filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
  const visibleAt = Date.now();
  const origin = await page.evaluate(() => performance.timeOrigin);
  await page.close();
  return visibleAt - origin;
}

/** Opens the popup and the reference page in turn, OPENS times each; both must show the same balance. */
async function popupAndReference(harness) {
  const reference = `chrome-extension://${harness.extensionId}/reference.html`;
  const opens = [];
  const referenceOpens = [];
  for (let i = 0; i <= OPENS; i++) {
    const real = await timeOpen(harness, { selector: BALANCE });
    const plain = await timeOpen(harness, { selector: BALANCE, url: reference });
    const [shown, expected] = await Promise.all([real.page, plain.page].map((page) => page.locator(BALANCE).textContent()));
    if (shown !== expected) throw new Error(`The popup shows ${shown}, the reference ${expected}`);
    await Promise.all([real.page.close(), plain.page.close()]);
    if (i === 0) continue; // the first pair warms the caches
    opens.push(real.timing);
    referenceOpens.push(plain.timing.visible);
  }
  return { opens, referenceOpens };
}

/** A copy of the production build with the reference page added; removed after the run. */
async function buildWithReference() {
  const dir = await mkdtemp(join(tmpdir(), 'agentpmt-bench-'));
  await cp(CHROME, dir, { recursive: true });
  await cp(REFERENCE, dir, { recursive: true });
  return dir;
}

async function measure() {
  const extensionDir = await buildWithReference();
  const harness = await launchExtension({ scenario: 'demo' }, extensionDir);
  try {
    await connectToSandbox(harness);
    const { opens, referenceOpens } = await popupAndReference(harness);

    // Hold the API so no refresh replaces the seeded history while it is measured, and seed
    // again before each open in case a timed-out refresh rewrote the snapshot meanwhile.
    harness.sandbox.control.injectFault({ kind: 'hang' });
    const transactions = tenThousandTransactions(Date.now());
    const seed = () =>
      harness.worker.evaluate(async (list) => {
        const { snapshot } = await chrome.storage.local.get('snapshot');
        await chrome.storage.local.set({ snapshot: { ...snapshot, transactions: list } });
      }, transactions);
    const activity = [];
    const tabSwitch = [];
    let scroll = null;
    for (let i = 0; i < ACTIVITY_OPENS; i++) {
      await seed();
      const open = await timeOpen(harness, { hash: '#activity', selector: 'li[aria-setsize="10000"]' });
      activity.push(open.timing.visible);
      if (i === ACTIVITY_OPENS - 1) scroll = await scrollFrames(open.page);
      await open.page.close();
      await seed();
      const lots = await timeOpen(harness, { selector: '[data-testid="balance-credits"]' });
      tabSwitch.push(await timeTabSwitch(lots.page));
      await lots.page.close();
    }
    harness.sandbox.control.clearFaults();
    const widgetOpens = [];
    for (let i = 0; i <= WIDGET_OPENS; i++) {
      const time = await timeWidget(harness);
      if (i > 0) widgetOpens.push(time); // the first load warms the caches
    }
    return { opens, referenceOpens, activity, tabSwitch, scroll, widgetOpens };
  } finally {
    await harness.close();
    await rm(extensionDir, { recursive: true, force: true });
  }
}

async function main() {
  if (!args.has('--no-build')) {
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('wxt build failed');
  }
  const sizes = entrypointSizes(CHROME);
  const { opens, referenceOpens, activity, tabSwitch, scroll, widgetOpens } = await measure();
  const balanceVisibleMs = stats(opens.map((o) => o.visible));
  const referenceMs = stats(referenceOpens);
  const result = {
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, loadavg: loadavg().map((n) => Number(n.toFixed(2))) },
    sizes: sizes.map(({ name, js, strings, lazyJs, css }) => ({ name, js, strings, lazyJs, css })),
    popupOpen: {
      opens: OPENS,
      balanceVisibleMs,
      /** The plain-JS reference page, opened alternately with the popup: same storage, same number. */
      referenceBalanceVisibleMs: referenceMs,
      /** Median popup time over median reference time (target: 1.25 or less). */
      ratioToReference: Number((balanceVisibleMs.median / referenceMs.median).toFixed(2)),
      firstContentfulPaintMs: stats(opens.map((o) => o.firstPaint)),
      domContentLoadedMs: stats(opens.map((o) => o.domContentLoaded)),
    },
    activity10k: {
      rows: ACTIVITY_ROWS,
      /** Opening popup.html#activity: reading and validating 1.3 MB from storage, then the list. */
      openToListVisibleMs: stats(activity),
      /** Clicking the Activity tab with the data loaded: loading its code and rendering the list. */
      tabSwitchToListVisibleMs: stats(tabSwitch),
      rowsInDom: scroll.rowsInDom,
      lastRowReached: Number(scroll.lastRow),
      scrollFrameMs: stats(scroll.frames),
      framesOver16ms: scroll.frames.filter((f) => f > 1000 / 60 + 1).length,
      frames: scroll.frames.length,
    },
    widget: {
      opens: WIDGET_OPENS,
      /** Navigation start of agentpmt.com to the pill showing the balance. */
      pillVisibleMs: stats(widgetOpens),
      contentScript: sizes.find((size) => size.name.startsWith('content'))?.js ?? null,
    },
  };
  await mkdir(resolve(OUT, '..'), { recursive: true });
  await writeFile(OUT, `${JSON.stringify(result, null, 2)}\n`);

  console.log('\nBundle sizes (production Chrome build; gzip level 9)');
  console.table(
    Object.fromEntries(
      result.sizes.map(({ name, js, strings, lazyJs, css }) => [
        name,
        { 'JS raw': kb(js.raw), 'JS gzip': kb(js.gzip), 'strings gzip': kb(strings.gzip), 'lazy JS raw': kb(lazyJs.raw), 'lazy JS gzip': kb(lazyJs.gzip), 'CSS raw': kb(css.raw), 'CSS gzip': kb(css.gzip) },
      ]),
    ),
  );
  const row = (s) => ({ median: ms(s.median), p90: ms(s.p90), min: ms(s.min), max: ms(s.max), n: s.n });
  console.log(`\nTimings (load average ${result.machine.loadavg.join(', ')} on ${result.machine.cpus} CPUs)`);
  console.table({
    'popup: balance visible': row(result.popupOpen.balanceVisibleMs),
    'reference page (plain JS): balance visible': row(result.popupOpen.referenceBalanceVisibleMs),
    'popup: first contentful paint': row(result.popupOpen.firstContentfulPaintMs),
    'popup: DOMContentLoaded': row(result.popupOpen.domContentLoadedMs),
    'activity (10,000 rows): open → list visible': row(result.activity10k.openToListVisibleMs),
    'activity (10,000 rows): tab click → list visible': row(result.activity10k.tabSwitchToListVisibleMs),
    'activity (10,000 rows): scroll frame': row(result.activity10k.scrollFrameMs),
    'widget: page load → pill shows balance': row(result.widget.pillVisibleMs),
  });
  console.log(`Popup time to balance / reference: ${result.popupOpen.ratioToReference} (medians; target 1.25 or less).`);
  console.log(
    `Activity list: ${result.activity10k.rowsInDom} rows in the DOM for ${ACTIVITY_ROWS.toLocaleString('en-US')}; ` +
      `scrolled to row ${result.activity10k.lastRowReached}; ${result.activity10k.framesOver16ms} of ${result.activity10k.frames} frames over 16.7 ms.`,
  );
  console.log(`\nWrote ${OUT}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
