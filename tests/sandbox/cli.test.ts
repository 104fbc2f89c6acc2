import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '@/sandbox/cli-args';

const ROOT = resolve(import.meta.dirname, '../..');

function runCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('parseCliArgs', () => {
  it.each([
    [[], { scenario: 'demo', port: 8787, live: false, liveIntervalMs: undefined, token: undefined }],
    [['--scenario', 'heavy', '--port', '0', '--live', '--interval', '250'], { scenario: 'heavy', port: 0, live: true, liveIntervalMs: 250 }],
    [['--token', 'abc'], { token: 'abc' }],
  ])('reads %j', (argv, expected) => {
    const args = parseCliArgs(argv);
    expect(args.kind === 'run' && args.options).toMatchObject(expected);
  });

  it.each([
    [['--scenario', 'nope'], 'Unknown scenario "nope".'],
    [['--port', 'abc'], 'Invalid port "abc".'],
    [['--port', '70000'], 'Invalid port "70000".'],
    [['--interval', '5'], 'Invalid interval "5" (milliseconds, at least 10).'],
  ])('rejects %j', (argv, message) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'error', message });
  });

  it('rejects unknown options', () => {
    expect(parseCliArgs(['--bogus'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--bogus') });
  });
});

describe.concurrent('npm run sandbox', () => {
  it('starts, prints its URL, the token and a control example, and stops on SIGTERM', async ({ expect }) => {
    const cli = runCli(['--scenario', 'low', '--port', '0']);
    await expect.poll(() => cli.output().stdout, { timeout: 8_000 }).toContain('Try: curl');
    const { stdout } = cli.output();
    const url = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] ?? '';
    expect(stdout).toContain('Bearer token: sandbox-demo-token-00001a2b');
    expect(stdout).toContain(`${url}/__sandbox/`);
    const state = (await (await fetch(`${url}/__sandbox/state`)).json()) as { scenario: string };
    expect(state.scenario).toBe('low');
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  }, 15_000);

  it('exits with code 2 and the list of scenarios for an unknown scenario', async ({ expect }) => {
    const cli = runCli(['--scenario', 'nope']);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toContain('Unknown scenario "nope".');
    expect(cli.output().stderr).toContain('Scenarios: demo, new-account, low, expiring-soon, many-lots, heavy, balance-only');
  }, 15_000);
});
