import { describe, expect, it } from 'vitest';
import { fetchJson } from '@/lib/api/fetch-json';
import { ORIGIN, TOKEN, stallingBody, stubFetch } from './stub-fetch';

const JSON_HEADERS = { 'content-type': 'application/json' };

function run(fetchFn: typeof fetch, extra: Partial<Parameters<typeof fetchJson>[1]> = {}) {
  return fetchJson('/credits/balance', { token: TOKEN, origin: ORIGIN, fetchFn, ...extra });
}

describe('fetchJson timeouts', () => {
  it('times out when fetch never settles, even if it ignores the signal', async () => {
    const never = (() => new Promise<Response>(() => undefined)) as typeof fetch;
    const started = Date.now();

    const result = await run(never, { timeoutMs: 30 });

    expect(result).toEqual({ ok: false, error: { kind: 'timeout', message: expect.any(String) } });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('aborts the signal it hands to fetch when the time is up', async () => {
    let seen: AbortSignal | undefined;
    const honouring = ((_url: string, init: RequestInit) => {
      seen = init.signal ?? undefined;
      return new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    }) as typeof fetch;

    const result = await run(honouring, { timeoutMs: 20 });

    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(seen?.aborted).toBe(true);
  });

  it('times out when the body stalls mid-stream, and cancels the stream', async () => {
    let cancelled = false;
    const body = stallingBody('{"data": {"bal', () => {
      cancelled = true;
    });
    const stub = stubFetch(() => new Response(body, { headers: JSON_HEADERS }));

    const result = await run(stub.fn, { timeoutMs: 50 });

    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(cancelled).toBe(true);
  });

  it('maps a caller-side TimeoutError abort to timeout', async () => {
    const never = (() => new Promise<Response>(() => undefined)) as typeof fetch;

    const result = await run(never, { signal: AbortSignal.timeout(20) });

    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
  });
});

describe('fetchJson cancellation and thrown errors', () => {
  it('reports a cancelled request as network without waiting for the timeout', async () => {
    const controller = new AbortController();
    const never = (() => new Promise<Response>(() => undefined)) as typeof fetch;

    const pending = run(never, { signal: controller.signal, timeoutMs: 60_000 });
    controller.abort();

    expect(await pending).toEqual({ ok: false, error: { kind: 'network', message: 'Request was cancelled' } });
  });

  it('does not call fetch when the caller signal is already aborted', async () => {
    const stub = stubFetch(() => new Response('{}', { headers: JSON_HEADERS }));

    const result = await run(stub.fn, { signal: AbortSignal.abort() });

    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(stub.calls).toHaveLength(0);
  });

  it.each([
    ['a refused redirect (TypeError)', new TypeError('Failed to fetch'), 'Request failed (TypeError)'],
    ['a reset connection', Object.assign(new TypeError('fetch failed'), { cause: new Error('ECONNRESET') }), 'Request failed (TypeError)'],
    ['an Error with an odd name', Object.assign(new Error('x'), { name: 'WeirdFailure' }), 'Request failed (error)'],
    ['a thrown string', 'boom', 'Request failed (error)'],
    ['a thrown null', null, 'Request failed (error)'],
  ])('maps %s to network', async (_name, thrown, message) => {
    const failing = (() => Promise.reject(thrown)) as typeof fetch;

    expect(await run(failing)).toEqual({ ok: false, error: { kind: 'network', message } });
  });

  it('maps a fetch that throws synchronously to network', async () => {
    const throwing = (() => {
      throw new TypeError('Invalid header value');
    }) as unknown as typeof fetch;

    expect(await run(throwing)).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it('maps a stream that errors mid-body to network', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"da'));
        controller.error(new TypeError('terminated'));
      },
    });
    const stub = stubFetch(() => new Response(broken, { headers: JSON_HEADERS }));

    expect(await run(stub.fn)).toMatchObject({ ok: false, error: { kind: 'network' } });
  });
});
