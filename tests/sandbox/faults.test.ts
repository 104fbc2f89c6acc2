import { describe, it, type ExpectStatic } from 'vitest';
import { FAULT_KINDS, type Fault } from '@/sandbox/server';
import { getApi, sandboxFor, type BalanceJson } from './helpers';

interface Observed {
  status: number;
  headers: Headers;
  text: string;
  ms: number;
}

async function observe(url: string, token: string, path = '/credits/balance'): Promise<Observed> {
  const started = performance.now();
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, ms: performance.now() - started };
}

const json = (o: Observed) => JSON.parse(o.text) as Record<string, unknown> & { data?: Record<string, unknown> };

const CASES: Array<[string, Fault, (o: Observed, expect: ExpectStatic) => void]> = [
  ['latency', { kind: 'latency', ms: 150 }, (o, expect) => expect([o.status, o.ms >= 140]).toEqual([200, true])],
  ['unauthorized', { kind: 'unauthorized' }, (o, expect) => expect([o.status, json(o)]).toEqual([401, { detail: 'Invalid or missing bearer token' }])],
  ['forbidden', { kind: 'forbidden' }, (o, expect) => expect(o.status).toBe(403)],
  ['rate-limited', { kind: 'rate-limited' }, (o, expect) => expect([o.status, o.headers.get('retry-after')]).toEqual([429, '30'])],
  [
    'rate-limited with seconds',
    { kind: 'rate-limited', retryAfterSeconds: 7, retryAfterFormat: 'seconds' },
    (o, expect) => expect(o.headers.get('retry-after')).toBe('7'),
  ],
  [
    'rate-limited with an HTTP-date on the sandbox clock',
    { kind: 'rate-limited', retryAfterSeconds: 120, retryAfterFormat: 'http-date' },
    (o, expect) => {
      expect(o.headers.get('retry-after')).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      const ahead = Date.parse(o.headers.get('retry-after') ?? '') - Date.parse(o.headers.get('date') ?? '');
      expect(ahead).toBeGreaterThanOrEqual(119_000);
      expect(ahead).toBeLessThanOrEqual(121_000);
    },
  ],
  ['rate-limited without Retry-After', { kind: 'rate-limited', retryAfterFormat: 'none' }, (o, expect) => expect(o.headers.has('retry-after')).toBe(false)],
  ['rate-limited with a garbage Retry-After', { kind: 'rate-limited', retryAfterFormat: 'garbage' }, (o, expect) => expect(o.headers.get('retry-after')).toBe('soon-ish')],
  ['server-error', { kind: 'server-error' }, (o, expect) => expect([o.status, o.text]).toEqual([500, 'Internal Server Error'])],
  ['unavailable', { kind: 'unavailable' }, (o, expect) => expect([o.status, o.headers.has('retry-after'), o.text.includes('<html')]).toEqual([503, false, true])],
  ['unavailable with Retry-After', { kind: 'unavailable', retryAfterSeconds: 10 }, (o, expect) => expect([o.status, o.headers.get('retry-after')]).toEqual([503, '10'])],
  ['malformed-json', { kind: 'malformed-json' }, (o, expect) => {
    expect([o.status, o.headers.get('content-type')]).toEqual([200, 'application/json']);
    expect(() => JSON.parse(o.text)).toThrow();
  }],
  ['html', { kind: 'html' }, (o, expect) => expect([o.status, o.headers.get('content-type')?.startsWith('text/html'), o.text.startsWith('<!doctype html>')]).toEqual([200, true, true])],
  ['empty-body', { kind: 'empty-body' }, (o, expect) => expect([o.status, o.text]).toEqual([200, ''])],
  ['schema-drift', { kind: 'schema-drift' }, (o, expect) => expect(typeof json(o).data?.balance).toBe('string')],
  ['schema-drift renamed-fields', { kind: 'schema-drift', variant: 'renamed-fields' }, (o, expect) => {
    expect(json(o).data).not.toHaveProperty('balance');
    expect(json(o).data).toHaveProperty('credit_balance');
  }],
  ['schema-drift missing-data', { kind: 'schema-drift', variant: 'missing-data' }, (o, expect) => expect(json(o)).not.toHaveProperty('data')],
  ['oversized', { kind: 'oversized' }, (o, expect) => {
    expect(o.text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(typeof json(o).data?.balance).toBe('number');
  }],
  ['slow-body', { kind: 'slow-body', bytesPerSecond: 1_000 }, (o, expect) => {
    expect(o.ms).toBeGreaterThanOrEqual(100);
    expect(typeof json(o).data?.balance).toBe('number');
  }],
];

describe.concurrent('faults', () => {
  it.for(CASES)('%s: spoils the next request once, then clears', async ([, fault, check], { expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    sandbox.control.injectFault({ ...fault, times: 1 });
    check(await observe(sandbox.url, sandbox.token), expect);
    const after = await observe(sandbox.url, sandbox.token);
    expect(after.status).toBe(200);
    expect(typeof (json(after).data as BalanceJson['data']).balance).toBe('number');
    expect(sandbox.control.faults()).toEqual([]);
  });

  it('covers every fault kind in the tests', ({ expect }) => {
    const tested = new Set([...CASES.map(([, fault]) => fault.kind), 'hang', 'reset']);
    expect([...tested].sort()).toEqual([...FAULT_KINDS].sort());
  });

  it('schema-drift renames history fields too', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    sandbox.control.injectFault({ kind: 'schema-drift', variant: 'renamed-fields', scope: 'history', times: 1 });
    const body = json(await observe(sandbox.url, sandbox.token, '/credits/history'));
    expect(Object.keys(body.data ?? {}).sort()).toEqual(['audit_trail', 'credit_grants']);
  });

  it('hang: never answers until the client gives up, then clears', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    sandbox.control.injectFault({ kind: 'hang', times: 1 });
    const hung = getApi(sandbox, '/credits/balance', { signal: AbortSignal.timeout(200) });
    await expect(hung).rejects.toMatchObject({ name: 'TimeoutError' });
    expect((await getApi(sandbox, '/credits/balance')).status).toBe(200);
  });

  it('hang: the server still closes promptly with a request hanging', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    sandbox.control.injectFault({ kind: 'hang' });
    const hung = getApi(sandbox, '/credits/balance').then(
      () => 'answered',
      () => 'failed',
    );
    await expect.poll(() => sandbox.control.requests().length).toBe(1);
    const started = performance.now();
    await sandbox.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await hung).toBe('failed');
  });

  it('reset: drops the connection mid-body', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    sandbox.control.injectFault({ kind: 'reset', times: 1 });
    await expect(getApi(sandbox, '/credits/balance').then((res) => res.text())).rejects.toThrow();
    expect((await getApi(sandbox, '/credits/balance')).status).toBe(200);
  });

  it('persists until cleared when no count is given, and counts down otherwise', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    sandbox.control.injectFault({ kind: 'server-error' });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await observe(sandbox.url, sandbox.token)).status);
    sandbox.control.clearFaults();
    sandbox.control.injectFault({ kind: 'forbidden', times: 2 });
    for (let i = 0; i < 3; i += 1) statuses.push((await observe(sandbox.url, sandbox.token)).status);
    expect(statuses).toEqual([500, 500, 500, 403, 403, 200]);
  });

  it('applies a scoped fault to its endpoint only, and the oldest fault first', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    sandbox.control.injectFault({ kind: 'server-error', scope: 'history', times: 1 });
    sandbox.control.injectFault({ kind: 'forbidden', times: 1 });
    const balance = await observe(sandbox.url, sandbox.token, '/credits/balance');
    const history = await observe(sandbox.url, sandbox.token, '/credits/history');
    expect([balance.status, history.status]).toEqual([403, 500]);
  });

  it.for([
    [{ kind: 'latency', ms: -1 }],
    [{ kind: 'explode' }],
    [{ kind: 'server-error', times: 0 }],
    [{ kind: 'server-error', scope: 'everything' }],
  ])('rejects the invalid fault %j', async ([fault], { expect, onTestFinished }) => {
    const sandbox = await sandboxFor({}, { onTestFinished });
    expect(() => sandbox.control.injectFault(fault as unknown as Fault)).toThrow();
    expect(sandbox.control.faults()).toEqual([]);
  });
});
