import { describe, expect, it } from 'vitest';
import type { SandboxState } from '@/sandbox/server';
import { control, DAY, getApi, NOW, sandboxFor, type HistoryJson } from './helpers';

const stateOf = async (res: Response) => (await res.json()) as SandboxState;

describe('the control API over HTTP', () => {
  it('reports the state: scenario, balance, clock and live mode', async () => {
    const sandbox = await sandboxFor({ scenario: 'low' });
    const res = await control(sandbox, 'GET', 'state');
    const state = await stateOf(res);
    expect(res.status).toBe(200);
    expect(state).toMatchObject({ scenario: 'low', live: false, balance: sandbox.control.state().balance, historyAvailable: true });
    expect(Math.abs(state.nowMs - NOW)).toBeLessThan(5_000);
    expect(state.now).toBe(new Date(state.nowMs).toISOString());
  });

  it('switches the scenario', async () => {
    const sandbox = await sandboxFor({ scenario: 'demo' });
    const state = await stateOf(await control(sandbox, 'POST', 'scenario', { name: 'new-account' }));
    expect([state.scenario, state.balance, state.transactions]).toEqual(['new-account', 0, 0]);
    const bad = await control(sandbox, 'POST', 'scenario', { name: 'nope' });
    expect(bad.status).toBe(400);
  });

  it('buys packs of 500 and refuses other amounts with 422', async () => {
    const sandbox = await sandboxFor({ scenario: 'new-account' });
    const bought = await control(sandbox, 'POST', 'buy', { credits: 2_500 });
    expect(bought.status).toBe(201);
    const purchase = (await bought.json()) as { credits: number; balance: number; expiresAt: string };
    expect([purchase.credits, purchase.balance, purchase.expiresAt.slice(0, 10)]).toEqual([2_500, 2_500, '2027-01-15']);
    const refused = await control(sandbox, 'POST', 'buy', { credits: 700 });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ error: 'invalid_pack' });
    expect(sandbox.control.state().balance).toBe(2_500);
  });

  it('simulates tool calls: charged, failed (not charged) and unaffordable (402)', async () => {
    const sandbox = await sandboxFor({ scenario: 'new-account' });
    sandbox.control.buy(500);
    const results = [];
    for (const call of [
      { tool: 'web-search', credits: 5 },
      { tool: 'pdf-extract', credits: 30, success: false },
      { tool: 'video-render', credits: 1_500, success: true },
    ]) {
      const res = await control(sandbox, 'POST', 'tool-call', call);
      results.push([res.status, ((await res.json()) as { outcome: string }).outcome]);
    }
    expect(results).toEqual([
      [200, 'charged'],
      [200, 'tool_failed'],
      [402, 'insufficient_credits'],
    ]);
    const history = (await (await getApi(sandbox, '/credits/history')).json()) as HistoryJson;
    expect(history.data.transactions.map((t) => [t.type, t.credits])).toEqual([
      ['tool_call', -5],
      ['purchase', 500],
    ]);
  });

  it('refunds a charged tool call', async () => {
    const sandbox = await sandboxFor({ scenario: 'new-account' });
    sandbox.control.buy(500);
    const { transactionId } = sandbox.control.toolCall({ tool: 'code-review', credits: 200 });
    const res = await control(sandbox, 'POST', 'refund', { transactionId });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ credits: 200, balance: 500 });
    expect((await control(sandbox, 'POST', 'refund', { transactionId })).status).toBe(409);
  });

  it('advances the clock by days or ms, lapsing expired lots', async () => {
    const sandbox = await sandboxFor({ scenario: 'new-account' });
    sandbox.control.buy(500);
    const byMs = await stateOf(await control(sandbox, 'POST', 'clock', { ms: 10 * DAY }));
    expect(byMs.expiresInDays).toBe(354);
    const byDays = await stateOf(await control(sandbox, 'POST', 'clock', { days: 356 }));
    expect([byDays.balance, byDays.expiration, byDays.expiresInDays]).toEqual([0, null, null]);
    const history = (await (await getApi(sandbox, '/credits/history')).json()) as HistoryJson;
    expect(history.data.transactions[0]).toMatchObject({ type: 'expiration', credits: -500, balance_after: 0 });
    expect((await control(sandbox, 'POST', 'clock', { days: -1 })).status).toBe(400);
  });

  it('injects, lists and clears faults', async () => {
    const sandbox = await sandboxFor();
    const injected = await control(sandbox, 'POST', 'faults', { kind: 'rate-limited', retryAfterSeconds: 5, times: 2 });
    expect(injected.status).toBe(201);
    expect(await injected.json()).toMatchObject({ remaining: 2, fault: { kind: 'rate-limited' } });
    expect((await getApi(sandbox, '/credits/balance')).status).toBe(429);
    expect(await (await control(sandbox, 'GET', 'faults')).json()).toMatchObject({ faults: [{ remaining: 1 }] });
    expect((await control(sandbox, 'DELETE', 'faults')).status).toBe(200);
    expect((await getApi(sandbox, '/credits/balance')).status).toBe(200);
    expect((await control(sandbox, 'POST', 'faults', { kind: 'meteor' })).status).toBe(400);
  });

  it('lists and clears recorded API requests', async () => {
    const sandbox = await sandboxFor();
    await getApi(sandbox, '/credits/balance');
    const listed = (await (await control(sandbox, 'GET', 'requests')).json()) as { requests: unknown[] };
    expect(listed.requests).toMatchObject([{ path: '/credits/balance', hasAuthorization: true }]);
    await control(sandbox, 'DELETE', 'requests');
    expect(sandbox.control.requests()).toEqual([]);
  });

  it('runs a live agent that spends credits until turned off', async () => {
    const sandbox = await sandboxFor({ scenario: 'demo' });
    const before = sandbox.control.state();
    const on = await stateOf(await control(sandbox, 'POST', 'live', { on: true, intervalMs: 20 }));
    expect([on.live, on.liveIntervalMs]).toEqual([true, 20]);
    await expect.poll(() => sandbox.control.state().transactions, { timeout: 2_000 }).toBeGreaterThan(before.transactions + 2);
    expect(sandbox.control.state().balance).toBeLessThan(before.balance);
    const off = await stateOf(await control(sandbox, 'POST', 'live', { on: false }));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(off.live).toBe(false);
    expect(sandbox.control.state().transactions).toBe(off.transactions);
  });

  it('starts live when asked to', async () => {
    const sandbox = await sandboxFor({ scenario: 'demo', live: true, liveIntervalMs: 20 });
    const start = sandbox.control.state().transactions;
    await expect.poll(() => sandbox.control.state().transactions, { timeout: 2_000 }).toBeGreaterThan(start);
  });

  it.each([
    ['GET', 'nothing-here', 404, undefined],
    ['DELETE', 'state', 405, undefined],
    ['POST', 'buy', 400, { credits: 'lots' }],
  ])('%s %s answers %i', async (method, path, status, body) => {
    const sandbox = await sandboxFor();
    expect((await control(sandbox, method, path, body)).status).toBe(status);
  });

  it('refuses POSTs that are not JSON, and malformed JSON', async () => {
    const sandbox = await sandboxFor({ scenario: 'new-account' });
    const form = await fetch(`${sandbox.url}/__sandbox/buy`, { method: 'POST', body: 'credits=500' });
    const broken = await fetch(`${sandbox.url}/__sandbox/buy`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"credits":' });
    expect([form.status, broken.status]).toEqual([415, 400]);
    expect(form.headers.get('access-control-allow-origin')).toBeNull();
    expect(sandbox.control.state().balance).toBe(0);
  });
});
