import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_HISTORY_ITEMS, getBalance, getCredits, getHistory } from '@/lib/api/credits';
import { BALANCE_EXAMPLE, BALANCE_PLACEHOLDER, GRANT, HISTORY_EXAMPLE, TRANSACTION } from '@/tests/helpers/api-responses';
import { ORIGIN, TOKEN, jsonResponse, stubFetch } from '@/tests/helpers/stub-fetch';

const DATE = 'Mon, 15 Jun 2026 12:00:00 GMT';

function deps(respond: Parameters<typeof stubFetch>[0]) {
  const stub = stubFetch(respond);
  return { deps: { token: TOKEN, origin: ORIGIN, fetchFn: stub.fn }, calls: stub.calls };
}

const history = (grants: unknown[], transactions?: unknown) => ({ data: { grants, transactions } });

describe('getBalance', () => {
  it.each([
    ['the documented example', BALANCE_EXAMPLE, { balance: 1234, nextExpiryAt: Date.UTC(2027, 2, 1), expiresInDays: 96 }],
    ['the placeholder example', BALANCE_PLACEHOLDER, { balance: 0, nextExpiryAt: null, expiresInDays: 0 }],
  ])('parses %s', async (_name, body, value) => {
    const { deps: d, calls } = deps(() => jsonResponse(body, 200, { date: DATE }));

    const result = await getBalance(d);

    expect(result).toEqual({ ok: true, value, serverDate: Date.parse(DATE) });
    expect(calls[0]?.url).toBe(`${ORIGIN}/credits/balance`);
  });

  it.each([
    [{ data: { balance: '12' } }, /^Unexpected balance: data\.balance: expected number, received string$/],
    [{ data: { balance: -1 } }, /data\.balance: Too small/],
    [{ success: true }, /data: expected object, received undefined/],
    [[], /\(root\): expected object, received array/],
  ])('summarises a schema mismatch in %j', async (body, message) => {
    const { deps: d } = deps(() => jsonResponse(body));

    const result = await getBalance(d);

    expect(result).toEqual({ ok: false, error: { kind: 'invalid_response', message: expect.stringMatching(message) } });
  });

  it('passes transport errors through unchanged', async () => {
    const { deps: d } = deps(() => new Response(null, { status: 401 }));

    expect(await getBalance(d)).toMatchObject({ ok: false, error: { kind: 'unauthorized', status: 401 } });
  });
});

describe('getHistory', () => {
  it('parses the assumed contract and asks for 100 entries', async () => {
    const { deps: d, calls } = deps(() => jsonResponse(HISTORY_EXAMPLE));

    const result = await getHistory(d);

    expect(calls[0]?.url).toBe(`${ORIGIN}/credits/history?limit=100`);
    expect(result.ok && result.value.grants.map((g) => g.id)).toEqual(['g-1', 'g-0']);
    expect(result.ok && result.value.transactions.map((t) => t.id)).toEqual(['t-1']);
    expect(result.ok && result.value.dropped).toBe(0);
  });

  it.each([
    [1, 1],
    [50, 50],
    [500, 100],
    [0, 1],
    [-3, 1],
    [7.9, 7],
    [Number.NaN, 100],
  ])('sends limit %s as %s', async (limit, sent) => {
    const { deps: d, calls } = deps(() => jsonResponse(history([])));

    await getHistory(d, { limit });

    expect(calls[0]?.url).toBe(`${ORIGIN}/credits/history?limit=${sent}`);
  });

  it('drops and counts a malformed entry instead of failing the response', async () => {
    const body = history(
      [GRANT, { ...GRANT, _id: 'g-bad', credits: 'lots' }, { ...GRANT, _id: 'g-2', source: 'airdrop' }],
      [TRANSACTION, { ...TRANSACTION, _id: 't-bad', created_at: 'never' }, 42, { ...TRANSACTION, _id: 't-2', type: 'mystery' }],
    );
    const { deps: d } = deps(() => jsonResponse(body));

    const result = await getHistory(d);

    expect(result.ok && result.value.grants.map((g) => [g.id, g.source])).toEqual([
      ['g-1', 'card'],
      ['g-2', 'airdrop'],
    ]);
    expect(result.ok && result.value.transactions.map((t) => [t.id, t.type])).toEqual([
      ['t-1', 'tool_call'],
      ['t-2', 'mystery'],
    ]);
    expect(result.ok && result.value.dropped).toBe(3);
  });

  it('keeps the first of repeated ids and sorts newest first', async () => {
    const older = { ...TRANSACTION, _id: 't-old', created_at: '2026-01-01T00:00:00Z' };
    const body = history([], [older, TRANSACTION, { ...TRANSACTION, credits: -999 }]);
    const { deps: d } = deps(() => jsonResponse(body));

    const result = await getHistory(d);

    expect(result.ok && result.value.transactions.map((t) => [t.id, t.credits])).toEqual([
      ['t-1', -25],
      ['t-old', -25],
    ]);
    expect(result.ok && result.value.dropped).toBe(0);
  });

  it('reads at most MAX_HISTORY_ITEMS entries per list and counts the rest as dropped', async () => {
    const many = Array.from({ length: MAX_HISTORY_ITEMS + 25 }, (_, i) => ({ ...TRANSACTION, _id: `t-${i}` }));
    const { deps: d } = deps(() => jsonResponse(history([], many)));

    const result = await getHistory(d);

    expect(result.ok && result.value.transactions).toHaveLength(MAX_HISTORY_ITEMS);
    expect(result.ok && result.value.dropped).toBe(25);
  });

  it.each([
    ['missing transactions', history([GRANT])],
    ['transactions that are not a list', history([GRANT], { oops: true })],
  ])('treats %s as none', async (_name, body) => {
    const { deps: d } = deps(() => jsonResponse(body));

    const result = await getHistory(d);

    expect(result).toMatchObject({ ok: true, value: { transactions: [], dropped: 0 } });
    expect(result.ok && result.value.grants).toHaveLength(1);
  });

  it.each([
    ['no grants', { data: { transactions: [] } }],
    ['grants as an object', { data: { grants: {} } }],
    ['no data', { success: true }],
  ])('rejects an envelope with %s', async (_name, body) => {
    const { deps: d } = deps(() => jsonResponse(body));

    expect(await getHistory(d)).toMatchObject({ ok: false, error: { kind: 'invalid_response' } });
  });

  it.each([
    [404, 'unavailable'],
    [422, 'unavailable'],
    [500, 'server'],
  ])('passes HTTP %i through as %s (balance-only mode)', async (status, kind) => {
    const { deps: d } = deps(() => jsonResponse({ detail: 'Not Found' }, status));

    expect(await getHistory(d)).toMatchObject({ ok: false, error: { kind, status } });
  });

  it('never throws and never keeps more entries than it was sent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constant(GRANT), fc.jsonValue())), fc.array(fc.jsonValue()), async (grants, txs) => {
        const { deps: d } = deps(() => jsonResponse(history(grants, txs)));

        const result = await getHistory(d);

        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.value.grants.length + result.value.dropped).toBeLessThanOrEqual(grants.length + txs.length);
          expect(new Set(result.value.grants.map((g) => g.id)).size).toBe(result.value.grants.length);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('getCredits', () => {
  it('fetches both endpoints in parallel and reports each on its own', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const { deps: d, calls } = deps(async (url) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return url.includes('/history') ? jsonResponse({ detail: 'Not Found' }, 404) : jsonResponse(BALANCE_EXAMPLE);
    });

    const result = await getCredits(d);

    expect(maxInFlight).toBe(2);
    expect(calls.map((c) => new URL(c.url).pathname).sort()).toEqual(['/credits/balance', '/credits/history']);
    expect(result.balance).toMatchObject({ ok: true, value: { balance: 1234 } });
    expect(result.history).toMatchObject({ ok: false, error: { kind: 'unavailable', status: 404 } });
  });
});
