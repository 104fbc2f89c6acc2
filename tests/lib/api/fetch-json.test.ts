import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from '@/lib/api/fetch-json';
import { RETRY_AFTER_CAP_MS } from '@/lib/api/errors';
import { API_ORIGIN } from '@/lib/config';
import { ORIGIN, TOKEN, jsonResponse, stubFetch } from '@/tests/helpers/stub-fetch';

const NOW = Date.UTC(2026, 5, 15, 12);
const now = () => NOW;
const BODY = { data: { balance: 5 } };

function call(respond: Parameters<typeof stubFetch>[0], extra: Partial<Parameters<typeof fetchJson>[1]> = {}) {
  const stub = stubFetch(respond);
  const result = fetchJson('/credits/balance', { token: TOKEN, origin: ORIGIN, fetchFn: stub.fn, now, ...extra });
  return { result, calls: stub.calls };
}

describe('fetchJson request', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the token only as a Bearer header, with fixed safe options', async () => {
    const { result, calls } = call(() => jsonResponse(BODY));
    await result;

    expect(calls).toHaveLength(1);
    const [{ url, init }] = calls as [(typeof calls)[0]];
    expect(url).toBe(`${ORIGIN}/credits/balance`);
    expect(url).not.toContain(TOKEN);
    expect(init).toMatchObject({
      method: 'GET',
      headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' },
      redirect: 'error',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('defaults to the configured API origin and the global fetch', async () => {
    const stub = stubFetch(() => jsonResponse(BODY));
    vi.stubGlobal('fetch', stub.fn);

    await fetchJson('/credits/balance', { token: TOKEN });

    expect(API_ORIGIN).toBe('https://api.agentpmt.com');
    expect(stub.calls[0]?.url).toBe('https://api.agentpmt.com/credits/balance');
  });

  it.each([
    ['plain HTTP to a remote host', 'http://api.agentpmt.com', '/credits/balance'],
    ['a non-URL origin', 'not a url', '/credits/balance'],
    ['a protocol-relative path', ORIGIN, '//evil.example/credits'],
    ['a relative path', ORIGIN, 'credits/balance'],
    ['a path with a scheme', ORIGIN, 'https://evil.example/x'],
  ])('refuses %s without sending anything', async (_name, origin, path) => {
    const stub = stubFetch(() => jsonResponse(BODY));

    const result = await fetchJson(path, { token: TOKEN, origin, fetchFn: stub.fn });

    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(stub.calls).toHaveLength(0);
  });

  it('allows plain HTTP on loopback (the local sandbox)', async () => {
    const stub = stubFetch(() => jsonResponse(BODY));

    const result = await fetchJson('/credits/balance', { token: TOKEN, origin: 'http://127.0.0.1:8787', fetchFn: stub.fn });

    expect(result.ok).toBe(true);
    expect(stub.calls[0]?.url).toBe('http://127.0.0.1:8787/credits/balance');
  });

  it('refuses plain HTTP even on loopback in a production build', async () => {
    vi.stubEnv('MODE', 'production');
    const stub = stubFetch(() => jsonResponse(BODY));

    const result = await fetchJson('/credits/balance', { token: TOKEN, origin: 'http://127.0.0.1:8787', fetchFn: stub.fn });

    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(stub.calls).toHaveLength(0);
  });

  it.each([
    ['CR/LF', `${TOKEN}\r\nX-Evil: 1`],
    ['a space', 'tok en_1234567890abcdef'],
    ['a NUL', `${TOKEN}\0`],
    ['a tab', `\t${TOKEN}`],
    ['non-ASCII', `${TOKEN}é`],
    ['nothing', ''],
    ['5,000 characters', 'a'.repeat(5000)],
  ])('never sends a token holding %s', async (_name, token) => {
    const stub = stubFetch(() => jsonResponse(BODY));

    const result = await fetchJson('/credits/balance', { token, origin: ORIGIN, fetchFn: stub.fn });

    expect(result).toMatchObject({ ok: false, error: { kind: 'bad_token' } });
    expect(stub.calls).toHaveLength(0);
  });

  it('clears its timer once the response is read', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { result } = call(() => jsonResponse(BODY));

    await result;

    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('fetchJson success', () => {
  it('returns the JSON and the server Date', async () => {
    const serverDate = 'Mon, 15 Jun 2026 12:00:05 GMT';

    const result = await call(() => jsonResponse(BODY, 200, { date: serverDate })).result;

    expect(result).toEqual({ ok: true, json: BODY, serverDate: Date.UTC(2026, 5, 15, 12, 0, 5) });
  });

  it.each([
    ['no Date header', {}],
    ['a garbage Date header', { date: 'yesterday' }],
  ])('gives serverDate null for %s', async (_name, headers) => {
    const result = await call(() => jsonResponse(BODY, 200, headers)).result;

    expect(result).toMatchObject({ ok: true, serverDate: null });
  });

  it.each([
    ['application/json; charset=utf-8'],
    ['application/problem+json'],
    ['Application/JSON'],
  ])('accepts the content type %s', async (type) => {
    const result = await call(() => new Response('{"a":1}', { headers: { 'content-type': type } })).result;

    expect(result).toMatchObject({ ok: true, json: { a: 1 } });
  });

  it('accepts JSON sent without a content type', async () => {
    const result = await call(() => new Response(new Blob(['[1,2]']).stream())).result;

    expect(result).toMatchObject({ ok: true, json: [1, 2] });
  });

  it('accepts a body of exactly maxBytes', async () => {
    const body = JSON.stringify({ pad: 'x'.repeat(90) });

    const result = await call(() => new Response(body, { headers: { 'content-type': 'application/json' } }), {
      maxBytes: new TextEncoder().encode(body).byteLength,
    }).result;

    expect(result.ok).toBe(true);
  });
});

describe('fetchJson status classes', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [429, 'rate_limited'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [504, 'server'],
    [408, 'timeout'],
    [404, 'unavailable'],
    [405, 'unavailable'],
    [410, 'unavailable'],
    [422, 'unavailable'],
    [400, 'unavailable'],
    [418, 'unavailable'],
    [301, 'network'],
    [307, 'network'],
    [204, 'invalid_response'],
  ])('maps HTTP %i to %s', async (status, kind) => {
    const body = status === 204 ? null : JSON.stringify({ detail: 'nope' });

    const result = await call(() => new Response(body, { status, headers: { 'content-type': 'application/json' } })).result;

    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind, status }) });
  });

  it.each([
    ['seconds', { 'retry-after': '120' }, NOW + 120_000],
    ['an HTTP date', { 'retry-after': new Date(NOW + 45_000).toUTCString() }, NOW + 45_000],
    ['a date in the past', { 'retry-after': new Date(NOW - 45_000).toUTCString() }, NOW],
    ['a huge value, capped', { 'retry-after': '999999' }, NOW + RETRY_AFTER_CAP_MS],
    ['garbage', { 'retry-after': 'later, maybe' }, null],
    ['nothing', {}, null],
    [
      'a date measured on a skewed server clock',
      { date: new Date(NOW + 600_000).toUTCString(), 'retry-after': new Date(NOW + 660_000).toUTCString() },
      NOW + 60_000,
    ],
    [
      'a server clock more than a day off (ignored)',
      { date: new Date(NOW + 3 * 86_400_000).toUTCString(), 'retry-after': new Date(NOW + 60_000).toUTCString() },
      NOW + 60_000,
    ],
  ])('reads Retry-After given as %s on a 429', async (_name, headers, retryAt) => {
    const result = await call(() => new Response(null, { status: 429, headers })).result;

    expect(result).toEqual({ ok: false, error: { kind: 'rate_limited', message: expect.any(String), status: 429, retryAt } });
  });

  it('carries Retry-After on a 503 and leaves it out when absent', async () => {
    const with503 = await call(() => new Response(null, { status: 503, headers: { 'retry-after': '30' } })).result;
    const plain500 = await call(() => new Response(null, { status: 500 })).result;

    expect(with503).toMatchObject({ ok: false, error: { kind: 'server', retryAt: NOW + 30_000 } });
    expect(plain500.ok === false && 'retryAt' in plain500.error).toBe(false);
  });
});

describe('fetchJson bodies', () => {
  it.each([
    ['HTML with status 200', 'text/html; charset=utf-8', '<!doctype html><title>Maintenance</title>', /text\/html/],
    ['HTML with no content type', null, '<html><body>Login</body></html>', /not valid JSON/],
    ['plain text', 'text/plain', 'OK', /text\/plain/],
    ['an odd content type', 'image/png', '{}', /another type/],
    ['broken JSON', 'application/json', '{"data": {', /not valid JSON/],
    ['an empty body', 'application/json', '', /Empty/],
    ['whitespace only', 'application/json', '  \n', /Empty/],
  ])('rejects %s as invalid_response', async (_name, type, body, message) => {
    const headers: Record<string, string> = type === null ? {} : { 'content-type': type };
    const respond = () => new Response(type === null ? new Blob([body]).stream() : body, { headers });

    const result = await call(respond).result;

    expect(result).toEqual({ ok: false, error: { kind: 'invalid_response', message: expect.stringMatching(message), status: 200 } });
  });

  it('rejects a body that is not UTF-8', async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);

    const result = await call(() => new Response(bytes, { headers: { 'content-type': 'application/json' } })).result;

    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_response', message: expect.stringMatching(/UTF-8/) } });
  });

  it('rejects a declared Content-Length over maxBytes without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(10));
      },
    });
    const headers = { 'content-type': 'application/json', 'content-length': '5000' };

    const result = await call(() => new Response(body, { headers }), { maxBytes: 1000 }).result;

    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_response', message: expect.stringMatching(/exceeds 1000 bytes/) } });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading an undeclared oversized stream once it passes maxBytes', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });

    const result = await call(() => new Response(endless, { headers: { 'content-type': 'application/json' } }), { maxBytes: 10_000 })
      .result;

    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_response' } });
    expect(sent).toBeLessThan(20_000);
  });
});
