import { afterEach, describe, expect, it } from 'vitest';
import { descendants, freePort, holdPort, portIsFree, runCommand, stillRunning, type Run } from './processes';

const READY = 'Chromium is open with the sandbox build';

/** `npm start` on a port of its own, under a virtual display, as the README says to run it without one. */
function npmStart(port: number): Run {
  return runCommand('xvfb-run', ['-a', 'npm', 'start', '--', '--port', String(port)]);
}

/** The browser's main process among the start script's descendants. */
function browserProcess(run: Run) {
  return descendants(run.pid).find((p) => p.cmdline.includes('--user-data-dir=') && p.cmdline.includes('agentpmt-start-') && !p.cmdline.includes('--type='));
}

/** The `npm start` process itself, below xvfb-run. */
function npmProcess(run: Run) {
  return descendants(run.pid).find((p) => /(^|\/)npm( |$)/.test(p.cmdline) || p.cmdline.includes('npm-cli.js'));
}

let started: Run | undefined;
afterEach(() => {
  // Whatever happened, leave nothing behind for the next test.
  if (started) for (const p of descendants(started.pid)) process.kill(p.pid, 'SIGKILL');
  started = undefined;
});

describe('npm start', () => {
  it.each([
    ['the browser window is closed', (run: Run) => process.kill(browserProcess(run)!.pid, 'SIGTERM')],
    // A terminal sends Ctrl+C's SIGINT to its whole foreground process group.
    ['Ctrl+C is pressed in its terminal', (run: Run) => process.kill(-run.pid, 'SIGINT')],
    ['npm gets SIGTERM', (run: Run) => process.kill(npmProcess(run)!.pid, 'SIGTERM')],
  ])('stops the sandbox and everything it started when %s', async (how, stop) => {
    const port = await freePort();
    started = npmStart(port);
    await expect.poll(() => started!.output(), { timeout: 180_000 }).toContain(READY);
    const running = descendants(started.pid);
    expect(browserProcess(started)).toBeDefined();
    expect(running.some((p) => p.cmdline.includes('sandbox/cli.ts'))).toBe(true);
    expect(await fetch(`http://127.0.0.1:${port}/__sandbox/state`).then((r) => r.status)).toBe(200);

    stop(started);
    const code = await started.exited;

    // Signals end xvfb-run and npm by the signal itself (130, 143); a closed window ends with 0.
    if (how.includes('window')) expect(code, started.output()).toBe(0);
    expect(started.output()).not.toMatch(/^\s+at /m);
    await expect.poll(() => stillRunning(running.map((p) => p.pid)).map((p) => p.cmdline)).toEqual([]);
    expect(await portIsFree(port)).toBe(true);
  });

  it('says in one sentence that the port is taken, and exits 1', async () => {
    const port = await freePort();
    const holder = await holdPort(port);
    try {
      started = npmStart(port);
      const code = await started.exited;
      const output = started.output();

      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} is already in use: stop the process that holds it`);
      expect(output).toContain(`npm start -- --port ${port + 1}`);
      expect(output).not.toMatch(/^\s+at /m);
      expect(output).not.toContain('EADDRINUSE');
      expect(output).not.toContain(READY);
    } finally {
      holder.close();
    }
  });
});
