import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '@/sandbox/server';
import { DAY, getApi, NOW, sandboxFor, type BalanceJson, type HistoryJson } from './helpers';

describe('GET /credits/balance and /credits/history', () => {
  it.each(SCENARIOS.filter((name) => name !== 'balance-only'))('%s: both answer, and the lots add up to the balance', async (scenario) => {
    const sandbox = await sandboxFor({ scenario });
    const balanceRes = await getApi(sandbox, '/credits/balance');
    const historyRes = await getApi(sandbox, '/credits/history');
    expect([balanceRes.status, historyRes.status]).toEqual([200, 200]);
    expect(balanceRes.headers.get('content-type')).toBe('application/json');
    const balance = (await balanceRes.json()) as BalanceJson;
    const history = (await historyRes.json()) as HistoryJson;
    expect(balance).toMatchObject({ success: true, message: expect.any(String) });
    expect(history.data.grants.reduce((sum, g) => sum + g.remaining_credits, 0)).toBe(balance.data.balance);
    expect(history.data.transactions.length).toBeLessThanOrEqual(100);
    expect(history.data.transactions[0]?.balance_after ?? 0).toBe(balance.data.balance);
    const dates = history.data.transactions.map((t) => Date.parse(t.created_at));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const grantDates = history.data.grants.map((g) => Date.parse(g.created_at));
    expect(grantDates).toEqual([...grantDates].sort((a, b) => b - a));
  });

  it('balance-only: history answers 404 Not Found while balance works', async () => {
    const sandbox = await sandboxFor({ scenario: 'balance-only' });
    const history = await getApi(sandbox, '/credits/history');
    expect(history.status).toBe(404);
    expect(await history.json()).toEqual({ detail: 'Not Found' });
    expect((await getApi(sandbox, '/credits/balance')).status).toBe(200);
  });

  it('new-account: 0 credits, no expiry, empty history', async () => {
    const sandbox = await sandboxFor({ scenario: 'new-account' });
    const balance = (await (await getApi(sandbox, '/credits/balance')).json()) as BalanceJson;
    const history = (await (await getApi(sandbox, '/credits/history')).json()) as HistoryJson;
    expect(balance.data).toEqual({ balance: 0, expiration: null, expires_in_days: null });
    expect(history.data).toEqual({ grants: [], transactions: [] });
  });

  it('reports the soonest expiry among lots with credits left, in whole days', async () => {
    const sandbox = await sandboxFor({ scenario: 'new-account' });
    sandbox.control.buy(500);
    sandbox.control.advanceClock(100 * DAY + 3_600_000);
    sandbox.control.buy(1_000);
    const { data } = (await (await getApi(sandbox, '/credits/balance')).json()) as BalanceJson;
    expect(data.balance).toBe(1_500);
    expect(Date.parse(data.expiration ?? '')).toBeCloseTo(Date.UTC(2027, 0, 15, 12), -4);
    expect(data.expires_in_days).toBe(264);
  });

  it('heavy: 10,000 transactions in the ledger, at most 100 per answer, quickly', async () => {
    const sandbox = await sandboxFor({ scenario: 'heavy' });
    expect(sandbox.control.state().transactions).toBe(10_000);
    const started = performance.now();
    const history = (await (await getApi(sandbox, '/credits/history?limit=1000')).json()) as HistoryJson;
    expect(performance.now() - started).toBeLessThan(500);
    expect(history.data.transactions).toHaveLength(100);
  });

  it.each([
    ['', 100],
    ['?limit=5', 5],
    ['?limit=100', 100],
    ['?limit=1000', 100],
    ['?limit=0', 1],
    ['?limit=-3', 1],
  ])('history%s returns %i transactions', async (query, count) => {
    const sandbox = await sandboxFor({ scenario: 'demo' });
    const history = (await (await getApi(sandbox, `/credits/history${query}`)).json()) as HistoryJson;
    expect(history.data.transactions).toHaveLength(count);
  });

  it('answers a non-numeric limit with FastAPI’s 422 shape', async () => {
    const sandbox = await sandboxFor();
    const res = await getApi(sandbox, '/credits/history?limit=ten');
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ detail: [{ loc: ['query', 'limit'], type: 'int_parsing' }] });
  });
});

describe('authentication', () => {
  it.each([
    ['no Authorization header', undefined],
    ['a wrong token', 'Bearer not-the-token'],
    ['the token without the Bearer scheme', 'sandbox-demo-token-00001a2b'],
    ['another scheme', 'Basic sandbox-demo-token-00001a2b'],
    ['a longer token', 'Bearer sandbox-demo-token-00001a2bX'],
  ])('answers 401 to %s', async (_label, authorization) => {
    const sandbox = await sandboxFor();
    for (const path of ['/credits/balance', '/credits/history']) {
      const res = await fetch(`${sandbox.url}${path}`, { headers: authorization ? { authorization } : {} });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ detail: 'Invalid or missing bearer token' });
    }
  });

  it('accepts the scheme in any case, and a custom token', async () => {
    const sandbox = await sandboxFor({ token: 'custom-token' });
    const res = await fetch(`${sandbox.url}/credits/balance`, { headers: { authorization: 'bearer custom-token' } });
    expect(res.status).toBe(200);
  });
});

describe('HTTP details', () => {
  it('sends CORS headers and the sandbox clock as Date', async () => {
    const sandbox = await sandboxFor();
    const res = await getApi(sandbox, '/credits/balance');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(Math.abs(Date.parse(res.headers.get('date') ?? '') - NOW)).toBeLessThan(5_000);
  });

  it('answers a CORS preflight allowing the Authorization header, without using up a fault', async () => {
    const sandbox = await sandboxFor();
    sandbox.control.injectFault({ kind: 'server-error', times: 1 });
    const res = await fetch(`${sandbox.url}/credits/balance`, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(sandbox.control.faults()).toHaveLength(1);
  });

  it.each([
    ['POST', '/credits/balance', 405, 'Method Not Allowed'],
    ['GET', '/credits/unknown', 404, 'Not Found'],
    ['GET', '/credits', 404, 'Not Found'],
  ])('%s %s answers %i', async (method, path, status, detail) => {
    const sandbox = await sandboxFor();
    const res = await getApi(sandbox, path, { method });
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ detail });
  });

  it('records API requests without ever keeping the token', async () => {
    const sandbox = await sandboxFor();
    await getApi(sandbox, '/credits/balance');
    await fetch(`${sandbox.url}/credits/history?limit=3`, { headers: { cookie: 'a=b' } });
    await fetch(`${sandbox.url}/`);
    const requests = sandbox.control.requests();
    expect(requests).toMatchObject([
      { method: 'GET', path: '/credits/balance', hasAuthorization: true, authorized: true, hasCookie: false, status: 200 },
      { method: 'GET', path: '/credits/history?limit=3', hasAuthorization: false, authorized: false, hasCookie: true, status: 401 },
    ]);
    expect(requests[0]?.time).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(requests)).not.toContain(sandbox.token);
    sandbox.control.clearRequests();
    expect(sandbox.control.requests()).toEqual([]);
  });
});
