import { describe, expect, it } from 'vitest';
import { dueCalls, startRunaway } from '@/sandbox/runaway';
import { control, getApi, NOW, sandboxFor, type HistoryJson } from './helpers';

const MINUTE = 60_000;

describe('a runaway agent', () => {
  it('spends exactly creditsPerMinute a minute, ten calls a minute, as the clock passes them', () => {
    const loop = startRunaway({ tool: 'x', creditsPerMinute: 95, minutes: 3 }, NOW);
    const first = dueCalls(loop, NOW);
    expect(first).toEqual([{ at: NOW, credits: 9 }]);
    const rest = dueCalls(loop, NOW + 10 * MINUTE);
    expect(rest).toHaveLength(29);
    expect([...first, ...rest].reduce((sum, c) => sum + c.credits, 0)).toBe(285);
    expect(dueCalls(loop, NOW + 20 * MINUTE)).toEqual([]);
  });

  it('POST /__sandbox/runaway starts the loop; advancing the clock plays it; history holds the newest 100 calls', async () => {
    const sandbox = await sandboxFor({ scenario: 'demo' });
    const before = sandbox.control.state().balance;
    const started = await control(sandbox, 'POST', 'runaway', { tool: 'Web Scraper', creditsPerMinute: 90, minutes: 17 });
    expect(started.status).toBe(201);
    expect(((await started.json()) as { runaway: { tool: string } }).runaway.tool).toBe('Web Scraper');
    await control(sandbox, 'POST', 'clock', { ms: 17 * MINUTE });
    const state = sandbox.control.state();
    expect(before - state.balance).toBe(1_530);
    expect(state.runaway).toBeNull();
    const history = (await (await getApi(sandbox, '/credits/history')).json()) as HistoryJson;
    expect(history.data.transactions).toHaveLength(100);
    expect(history.data.transactions.every((t) => t.description === 'Web Scraper' && t.type === 'tool_call')).toBe(true);
  });

  it.each([
    [{ tool: '', creditsPerMinute: 90, minutes: 17 }],
    [{ tool: 'x', creditsPerMinute: 0, minutes: 17 }],
    [{ tool: 'x', creditsPerMinute: 90, minutes: 1.5 }],
    [{ tool: 'x', creditsPerMinute: 90 }],
  ])('refuses %j with 400', async (body) => {
    const sandbox = await sandboxFor();
    expect((await control(sandbox, 'POST', 'runaway', body)).status).toBe(400);
  });

  it('stops charging, without transactions, when the balance runs out', async () => {
    const sandbox = await sandboxFor({ scenario: 'low' });
    sandbox.control.runaway({ tool: 'x', creditsPerMinute: 1_000, minutes: 5 });
    sandbox.control.advanceClock(5 * MINUTE);
    expect(sandbox.control.state().balance).toBeLessThan(100);
  });

  it('the runaway scenario is the demo account whose agent runs away a minute after it is loaded', async () => {
    const sandbox = await sandboxFor({ scenario: 'runaway' });
    const start = sandbox.control.state();
    expect(start.runaway).toMatchObject({ tool: 'scrape-page', creditsPerMinute: 90 });
    sandbox.control.advanceClock(MINUTE / 2);
    expect(sandbox.control.state().balance).toBe(start.balance);
    sandbox.control.advanceClock(18 * MINUTE);
    expect(start.balance - sandbox.control.state().balance).toBe(1_530);
  });
});
