// `npm start [-- --port <n>]`: the sandbox in live mode plus Chromium with the sandbox build
// of the extension, which connects the demo token by itself and opens the mock AgentPMT site.
// Closing the browser window, Ctrl+C or SIGTERM stop everything it started.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/browsers.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3-sandbox');
const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.SANDBOX_PORT ?? '8787' } } });
const PORT = values.port;

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'npm start opens a browser window, and this machine has no display.\n' +
      'Run it under a virtual display instead:  xvfb-run -a npm start\n' +
      '(Debian/Ubuntu: sudo apt-get install -y xvfb), or run only the sandbox:  npm run sandbox -- --live',
  );
  process.exit(1);
}
const executablePath = findChromium();

/** Children run in their own process group, so stopping one stops everything it started (npx, tsx, esbuild). */
const children = new Set();
function run(command, args, options = {}) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', detached: true, ...options });
  children.add(child);
  const exited = new Promise((done) => child.on('exit', (code, signal) => (children.delete(child), done(code ?? (signal ? 1 : 0)))));
  return { child, exited };
}
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

let context;
let profile;
let stopping;
/** Stops the browser and every child's process group, then exits with `code`. Runs once. */
function shutdown(code) {
  stopping ??= (async () => {
    await context?.close().catch(() => undefined);
    const pending = [...children].map((child) => new Promise((done) => child.once('exit', done)));
    for (const child of children) killGroup(child, 'SIGTERM');
    const forced = setTimeout(() => children.forEach((child) => killGroup(child, 'SIGKILL')), 5_000);
    await Promise.all(pending);
    clearTimeout(forced);
    if (profile) await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    process.exit(code);
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown(0));

// The sandbox first: when the port is taken it says so in one sentence and exits 1.
const sandbox = run(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', '--scenario', 'demo', '--port', PORT, '--live']);
void sandbox.exited.then((code) => shutdown(stopping ? 0 : code || 1));
const env = { ...process.env, WXT_API_ORIGIN: `http://127.0.0.1:${PORT}`, WXT_SITE_ORIGIN: `http://localhost:${PORT}` };
const build = run('npx', ['wxt', 'build', '--mode', 'sandbox'], { env });
const [built] = await Promise.all([build.exited, waitForSandbox(`http://127.0.0.1:${PORT}/__sandbox/state`)]);
if (built !== 0) await shutdown(built);

profile = await mkdtemp(join(tmpdir(), 'agentpmt-start-'));
context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: false,
  viewport: null,
  // This script stops the browser itself, after the sandbox.
  handleSIGINT: false,
  handleSIGTERM: false,
  handleSIGHUP: false,
  args: [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--no-first-run',
    // Chromium refuses to run as root with its sandbox on.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
context.on('close', () => void shutdown(0));
// The sandbox build opens the mock site itself when it installs; the blank start tab goes.
const blank = context.pages()[0];
const opened = await context.waitForEvent('page', { timeout: 15_000 }).catch(() => null);
if (opened) await blank?.close();
else await blank?.goto(`http://localhost:${PORT}/`);
console.log('Chromium is open with the sandbox build. Close the window (or press Ctrl+C) to stop.');

async function waitForSandbox(url, deadline = Date.now() + 30_000) {
  while (Date.now() < deadline) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  console.error(`The sandbox did not answer at ${url} within 30 s.`);
  await shutdown(1);
}
