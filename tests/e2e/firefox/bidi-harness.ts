import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startSandbox, type Sandbox, type SandboxOptions } from '@/sandbox/server';
import { findFirefox } from '../browsers.mjs';

/** The Firefox sandbox build (`npm run build:sandbox:firefox`): it connects itself to the sandbox on install. */
export const FIREFOX_SANDBOX_BUILD = resolve(import.meta.dirname, '../../../.output/firefox-mv3-sandbox');
const EXTENSION_ID = 'credits@agentpmt-extension';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface ContextInfo {
  context: string;
  url: string;
  children?: ContextInfo[] | null;
}

/** What a Firefox test drives: the browser, the sandbox, and code run in the extension's own pages. */
export interface FirefoxHarness {
  browser: Browser;
  sandbox: Sandbox;
  /** Runs `fn` (no closures; `arg` is passed as JSON) in an extension page of the add-on, with its APIs, and returns its JSON result. */
  inExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** The text the navbar widget shows in the open mock-site tab, or null while it has none. */
  widgetText(): Promise<string | null>;
  /** How many balance requests reached the sandbox. */
  balanceRequests(): number;
  close(): Promise<void>;
}

/**
 * Starts a sandbox on a random port and Firefox ESR with the Firefox sandbox build installed.
 * The build talks to `127.0.0.1:8787` and `localhost:8787` (`.env.sandbox`); Firefox is told
 * to send its HTTP through this test's sandbox as a proxy, so the build reaches this sandbox
 * whatever port it got, and no two runs collide. Extension pages are reached over raw
 * WebDriver BiDi (puppeteer's own page list leaves them out); opening the options tab needs
 * the Remote Agent's system access, which `MOZ_REMOTE_ALLOW_SYSTEM_ACCESS` grants.
 */
export async function launchFirefox(options: SandboxOptions = {}): Promise<FirefoxHarness> {
  const sandbox = await startSandbox({ port: 0, scenario: 'demo', ...options });
  const port = Number(new URL(sandbox.url).port);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      // Firefox's own alert windows instead of the desktop's (there is none), kept open for the test.
      'alerts.useSystemBackend': false,
      'alerts.totalOpenTime': 600_000,
    },
  });
  await browser.installExtension(FIREFOX_SANDBOX_BUILD);
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;

  async function evaluate<T>(context: string, expression: string): Promise<T> {
    const { result } = (await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true })) as {
      result: { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
    };
    if (result.type !== 'success') throw new Error(`Evaluation failed: ${result.exceptionDetails?.text ?? 'unknown error'}`);
    const json = result.result?.value;
    return (json === undefined ? undefined : JSON.parse(json)) as T;
  }
  const tree = async () => ((await bidi.send('browsingContext.getTree', {})).result as { contexts: ContextInfo[] }).contexts;
  const all = (contexts: ContextInfo[]): ContextInfo[] => contexts.flatMap((c) => [c, ...all(c.children ?? [])]);

  // An options tab of the add-on's own, opened from the browser window as its toolbar menu would.
  const [chrome] = ((await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: ContextInfo[] }).contexts;
  const optionsUrl = await evaluate<string>(
    chrome!.context,
    `(() => {
      const url = 'moz-extension://' + WebExtensionPolicy.getByID(${JSON.stringify(EXTENSION_ID)}).mozExtensionHostname + '/options.html';
      gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
      return JSON.stringify(url);
    })()`,
  );
  const extensionPage = async (): Promise<string> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const page = all(await tree()).find((c) => c.url === optionsUrl);
      // The tab shows the page's address before its document has the extension APIs.
      const ready = page && (await evaluate<boolean>(page.context, `JSON.stringify(typeof chrome === 'object' && !!chrome.storage)`).catch(() => false));
      if (page && ready) return page.context;
      if (Date.now() > deadline) throw new Error('The options page did not open in Firefox.');
      await new Promise((done) => setTimeout(done, 100));
    }
  };
  const optionsContext = await extensionPage();

  return {
    browser,
    sandbox,
    inExtension: (fn, arg) =>
      evaluate(optionsContext, `(async () => JSON.stringify((await (${fn.toString()})(${JSON.stringify(arg) ?? ''})) ?? null))()`),
    async widgetText() {
      const frame = all(await tree()).find((c) => /^moz-extension:\/\/[^/]+\/widget\.html/.test(c.url));
      if (!frame) return null;
      return evaluate<string>(frame.context, 'JSON.stringify(document.body.innerText)').catch(() => null);
    },
    balanceRequests: () =>
      sandbox.control.requests().filter((r) => new URL(r.path, 'http://proxied').pathname === '/credits/balance').length,
    async close() {
      await browser.close();
      await sandbox.close();
    },
  };
}
