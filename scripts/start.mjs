// `npm start`: the sandbox in live mode plus Chromium with the sandbox build of the
// extension, which connects the demo token by itself and opens the mock AgentPMT site.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/browsers.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3-sandbox');
const PORT = '8787';

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'npm start opens a browser window, and this machine has no display.\n' +
      'Run it under a virtual display instead:  xvfb-run -a npm start\n' +
      '(Debian/Ubuntu: sudo apt-get install -y xvfb), or run only the sandbox:  npm run sandbox -- --live',
  );
  process.exit(1);
}

const executablePath = findChromium();
const build = spawnSync('npx', ['wxt', 'build', '--mode', 'sandbox'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const sandbox = spawn('npx', ['tsx', 'sandbox/cli.ts', '--scenario', 'demo', '--port', PORT, '--live'], {
  cwd: ROOT,
  stdio: 'inherit',
});
const stop = () => sandbox.kill('SIGTERM');
process.on('SIGINT', stop).on('SIGTERM', stop);
await waitForSandbox(`http://127.0.0.1:${PORT}/__sandbox/state`);

const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'agentpmt-start-')), {
  executablePath,
  headless: false,
  viewport: null,
  args: [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--no-first-run',
    // Chromium refuses to run as root with its sandbox on.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
// The sandbox build opens the mock site itself when it installs; the blank start tab goes.
const blank = context.pages()[0];
const opened = await context.waitForEvent('page', { timeout: 15_000 }).catch(() => null);
if (opened) await blank?.close();
else await blank?.goto(`http://localhost:${PORT}/`);
console.log('Chromium is open with the sandbox build. Close the window (or press Ctrl+C) to stop.');
context.on('close', stop);
sandbox.on('exit', () => process.exit(0));

async function waitForSandbox(url, deadline = Date.now() + 15_000) {
  while (Date.now() < deadline) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`The sandbox did not answer at ${url}`);
}
