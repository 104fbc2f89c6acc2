import { Browser, Window } from 'happy-dom';
import { describe, it } from 'vitest';
import { sandboxFor, type Cleanup } from './helpers';

async function fetchPage(url: string): Promise<{ status: number; contentType: string | null; html: string; doc: Document }> {
  const res = await fetch(url);
  const html = await res.text();
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { status: res.status, contentType: res.headers.get('content-type'), html, doc };
}

/** Opens a page with its scripts running, as a browser would. */
async function openPage(url: string, context: Cleanup) {
  const browser = new Browser({ settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  context.onTestFinished(() => browser.close());
  const page = browser.newPage();
  await page.goto(url);
  return page.mainFrame;
}

/** Clicks the element `selector` matches in a page opened with `openPage`. */
function click(doc: { querySelector(selector: string): unknown }, selector: string): void {
  const element = doc.querySelector(selector) as { click(): void } | null;
  if (!element) throw new Error(`Nothing matches ${selector}`);
  element.click();
}

const linkTexts = (doc: Document) => [...doc.querySelectorAll('header nav a')].map((a) => a.textContent?.trim());

describe.concurrent('the mock AgentPMT website', () => {
  it('GET / has a top navigation bar with links, an account menu button and a hero', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    const { status, contentType, doc } = await fetchPage(`${sandbox.url}/`);
    expect([status, contentType]).toEqual([200, 'text/html; charset=utf-8']);
    expect(linkTexts(doc)).toEqual(expect.arrayContaining(['AgentPMT', 'Marketplace', 'Docs', 'Pricing', 'Dashboard']));
    const account = doc.querySelector('header nav button[aria-haspopup="menu"]');
    expect(account?.getAttribute('aria-label')).toBe('Account menu');
    expect(doc.querySelector('main h1')?.textContent).toMatch(/agents/i);
  });

  it.for(['/', '/dashboard', '/no-nav', '/spa', '/pricing'])('%s uses only relative URLs, so it works under any origin', async (path, { expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    const { html } = await fetchPage(`${sandbox.url}${path}`);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('GET /no-nav has no navbar at all', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    const { status, doc } = await fetchPage(`${sandbox.url}/no-nav`);
    expect(status).toBe(200);
    expect(doc.querySelectorAll('header, nav')).toHaveLength(0);
  });

  it.for([
    ['/marketplace', 200],
    ['/docs/payments-and-billing/how-to-buy-credits', 200],
    ['/nowhere', 404],
  ])('GET %s answers %i with the navbar', async ([path, expected], { expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    const { status, doc } = await fetchPage(`${sandbox.url}${path}`);
    expect(status).toBe(expected);
    expect(doc.querySelector('header nav')).not.toBeNull();
  });

  it('escapes the path it echoes', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    const { doc } = await fetchPage(`${sandbox.url}/docs/%3Cimg%20src=x%3E`);
    expect(doc.querySelector('main img')).toBeNull();
  });

  it('GET /dashboard offers the packs with their dollar prices', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    const { doc } = await fetchPage(`${sandbox.url}/dashboard`);
    const packs = [...doc.querySelectorAll('input[name="pack"]')].map((input) => input.getAttribute('value'));
    expect(packs).toEqual(['500', '1000', '2500', '5000', '10000']);
    const labels = [...doc.querySelectorAll('label.pack')].map((label) => label.textContent?.replace(/\s+/g, ' ').trim());
    expect(labels).toEqual([
      '500 credits$5.00',
      '1,000 credits$10.00',
      '2,500 credits$25.00',
      '5,000 credits$50.00',
      '10,000 credits$100.00',
    ]);
  });

  it('the dashboard’s Buy button buys the chosen pack and shows the new balance', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({ scenario: 'new-account' }, { onTestFinished });
    const frame = await openPage(`${sandbox.url}/dashboard`, { onTestFinished });
    const doc = frame.document;
    await expect.poll(() => doc.getElementById('balance')?.textContent).toBe('0 credits');
    click(doc, 'input[value="2500"]');
    click(doc, '#buy-form button');
    await expect.poll(() => doc.getElementById('buy-status')?.textContent).toBe('Purchased 2,500 credits. New balance: 2,500 credits.');
    expect(doc.getElementById('balance')?.textContent).toBe('2,500 credits');
    expect(sandbox.control.state().balance).toBe(2_500);
  });

  it('the dashboard’s "Simulate a runaway agent" button starts the loop', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({ scenario: 'demo' }, { onTestFinished });
    const frame = await openPage(`${sandbox.url}/dashboard`, { onTestFinished });
    const doc = frame.document;
    const button = doc.getElementById('runaway-button');
    expect(button?.textContent).toBe('Simulate a runaway agent');
    click(doc, '#runaway-button');
    await expect.poll(() => doc.getElementById('runaway-status')?.textContent).toBe(
      'An agent is calling scrape-page in a loop: 90 credits a minute for 17 minutes.',
    );
    expect(sandbox.control.state().runaway).toMatchObject({ tool: 'scrape-page', creditsPerMinute: 90 });
  });

  it('GET /spa renders its navbar late and changes routes with pushState', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    const frame = await openPage(`${sandbox.url}/spa`, { onTestFinished });
    const doc = frame.document;
    expect(doc.querySelector('header nav')).toBeNull();
    await expect.poll(() => doc.querySelector('header nav'), { timeout: 3_000, interval: 100 }).not.toBeNull();
    const before = frame.window.history.length;
    click(doc, 'header nav a[href="/spa/pricing"]');
    expect(frame.window.location.pathname).toBe('/spa/pricing');
    expect(frame.window.history.length).toBe(before + 1);
    expect(doc.querySelector('main h1')?.textContent).toBe('Pricing');
    expect(doc.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/spa/pricing');
  });
});
