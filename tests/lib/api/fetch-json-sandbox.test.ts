import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getBalance, getCredits, getHistory, type ApiDeps } from '@/lib/api/credits';
import { RETRY_AFTER_CAP_MS } from '@/lib/api/errors';
import { SCENARIOS, startSandbox, type Fault, type Sandbox } from '@/sandbox/server';

/** The client against the local AgentPMT-compatible sandbox, started in-process. */
const SKEW_MS = 10 * 60_000;
let sandbox: Sandbox;
let deps: ApiDeps;

beforeAll(async () => {
  // The sandbox clock runs ten minutes ahead, so `Retry-After` dates exercise skew correction.
  sandbox = await startSandbox({ scenario: 'demo', port: 0, now: Date.now() + SKEW_MS });
  deps = { token: sandbox.token, origin: sandbox.url, timeoutMs: 2000 };
});

afterAll(async () => {
  await sandbox.close();
});

beforeEach(() => {
  sandbox.control.clearFaults();
  sandbox.control.setScenario('demo');
  sandbox.control.clearRequests();
});

const inject = (fault: Fault) => sandbox.control.injectFault({ times: 1, ...fault });

describe('sandbox faults', () => {
  it.each<[string, Fault, Partial<ApiDeps>, Record<string, unknown>]>([
    ['a hang', { kind: 'hang' }, { timeoutMs: 150 }, { kind: 'timeout' }],
    ['latency beyond the timeout', { kind: 'latency', ms: 1000 }, { timeoutMs: 150 }, { kind: 'timeout' }],
    ['a trickling body', { kind: 'slow-body', bytesPerSecond: 20 }, { timeoutMs: 300 }, { kind: 'timeout' }],
    ['401', { kind: 'unauthorized' }, {}, { kind: 'unauthorized', status: 401 }],
    ['403', { kind: 'forbidden' }, {}, { kind: 'forbidden', status: 403 }],
    ['429 without Retry-After', { kind: 'rate-limited', retryAfterFormat: 'none' }, {}, { kind: 'rate_limited', retryAt: null }],
    ['429 with garbage Retry-After', { kind: 'rate-limited', retryAfterFormat: 'garbage' }, {}, { kind: 'rate_limited', retryAt: null }],
    ['500', { kind: 'server-error' }, {}, { kind: 'server', status: 500 }],
    ['503 (HTML)', { kind: 'unavailable' }, {}, { kind: 'server', status: 503 }],
    ['malformed JSON', { kind: 'malformed-json' }, {}, { kind: 'invalid_response', message: expect.stringMatching(/not valid JSON/) }],
    ['HTML with 200', { kind: 'html' }, {}, { kind: 'invalid_response', message: expect.stringMatching(/text\/html/) }],
    ['an empty body', { kind: 'empty-body' }, {}, { kind: 'invalid_response' }],
    ['balance as a string', { kind: 'schema-drift', variant: 'balance-string' }, {}, { kind: 'invalid_response', message: expect.stringMatching(/data\.balance/) }],
    ['renamed fields', { kind: 'schema-drift', variant: 'renamed-fields' }, {}, { kind: 'invalid_response', message: expect.stringMatching(/data\.balance/) }],
    ['missing data', { kind: 'schema-drift', variant: 'missing-data' }, {}, { kind: 'invalid_response', message: expect.stringMatching(/^Unexpected balance: data:/) }],
    ['an oversized body', { kind: 'oversized' }, {}, { kind: 'invalid_response', message: expect.stringMatching(/exceeds/) }],
    ['a connection reset', { kind: 'reset' }, {}, { kind: 'network' }],
  ])('maps %s on /credits/balance', async (_name, fault, extra, expected) => {
    inject(fault);

    const result = await getBalance({ ...deps, ...extra });

    expect(result).toEqual({ ok: false, error: expect.objectContaining(expected) });
  });

  it('waits out latency within the timeout', async () => {
    inject({ kind: 'latency', ms: 100 });

    expect(await getBalance(deps)).toMatchObject({ ok: true });
  });

  it.each([
    ['seconds', { retryAfterFormat: 'seconds', retryAfterSeconds: 120 } as const, 120_000],
    ['an HTTP date on a skewed clock', { retryAfterFormat: 'http-date', retryAfterSeconds: 90 } as const, 90_000],
    ['a day, capped', { retryAfterFormat: 'seconds', retryAfterSeconds: 86_400 } as const, RETRY_AFTER_CAP_MS],
  ])('reads a 429 Retry-After given as %s', async (_name, retry, delay) => {
    inject({ kind: 'rate-limited', ...retry });
    const before = Date.now();

    const result = await getBalance(deps);

    const retryAt = result.ok ? null : result.error.retryAt;
    expect(result).toMatchObject({ ok: false, error: { kind: 'rate_limited', status: 429 } });
    // An HTTP-date has whole-second precision on both the Date and Retry-After headers.
    expect(retryAt).toBeGreaterThanOrEqual(before + delay - 1000);
    expect(retryAt).toBeLessThanOrEqual(Date.now() + delay + 1000);
  });

  it('carries Retry-After on a 503', async () => {
    inject({ kind: 'unavailable', retryAfterSeconds: 30 });
    const before = Date.now();

    const result = await getBalance(deps);

    expect(result).toMatchObject({ ok: false, error: { kind: 'server', status: 503 } });
    expect(result.ok ? null : result.error.retryAt).toBeGreaterThanOrEqual(before + 30_000);
  });

  it('drops and counts history entries whose fields drifted, keeping the response', async () => {
    const grants = sandbox.control.state().grants;
    inject({ kind: 'schema-drift', variant: 'balance-string', scope: 'history' });

    const result = await getHistory(deps);

    expect(result).toMatchObject({ ok: true, value: { grants: [], dropped: grants } });
    expect(grants).toBeGreaterThan(0);
  });

  it.each(['renamed-fields', 'missing-data'] as const)('rejects a history envelope with %s', async (variant) => {
    inject({ kind: 'schema-drift', variant, scope: 'history' });

    expect(await getHistory(deps)).toMatchObject({ ok: false, error: { kind: 'invalid_response' } });
  });

  it('fails only the endpoint a scoped fault hits', async () => {
    inject({ kind: 'server-error', scope: 'history' });

    const { balance, history } = await getCredits(deps);

    expect(balance.ok).toBe(true);
    expect(history).toMatchObject({ ok: false, error: { kind: 'server', status: 500 } });
  });

  it('sends the token only in the Authorization header, with no cookie', async () => {
    await getCredits(deps);

    const requests = sandbox.control.requests();
    expect(requests.map((r) => r.path).sort()).toEqual(['/credits/balance', '/credits/history?limit=100']);
    for (const r of requests) {
      expect(r).toMatchObject({ method: 'GET', hasAuthorization: true, authorized: true, hasCookie: false, accept: 'application/json' });
      expect(r.path).not.toContain(sandbox.token);
    }
  });

  it('reports a wrong token as unauthorized', async () => {
    expect(await getBalance({ ...deps, token: 'not-the-sandbox-token' })).toMatchObject({
      ok: false,
      error: { kind: 'unauthorized', status: 401 },
    });
  });
});

describe('sandbox scenarios', () => {
  it.each(SCENARIOS.filter((s) => s !== 'balance-only'))('parses %s completely', async (scenario) => {
    const state = sandbox.control.setScenario(scenario);

    const { balance, history } = await getCredits(deps);

    expect(balance).toMatchObject({ ok: true, value: { balance: state.balance } });
    expect(balance.ok && balance.value.nextExpiryAt).toBe(state.expiration === null ? null : Date.parse(state.expiration));
    // The sandbox clock keeps running, so a whole-day count may tick over between the two reads.
    const days = balance.ok ? balance.value.expiresInDays : undefined;
    if (state.expiresInDays === null) expect(days).toBeNull();
    else expect(Math.abs((days ?? Number.NaN) - state.expiresInDays)).toBeLessThanOrEqual(1);
    expect(history).toMatchObject({ ok: true, value: { dropped: 0 } });
    expect(history.ok && history.value.grants).toHaveLength(state.grants);
    expect(history.ok && history.value.transactions).toHaveLength(Math.min(100, state.transactions));
  });

  it('serves balance-only with history unavailable', async () => {
    const state = sandbox.control.setScenario('balance-only');

    const { balance, history } = await getCredits(deps);

    expect(balance).toMatchObject({ ok: true, value: { balance: state.balance } });
    expect(history).toMatchObject({ ok: false, error: { kind: 'unavailable', status: 404 } });
  });
});
