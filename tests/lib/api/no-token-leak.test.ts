import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fetchJson, type FetchJsonOptions } from '@/lib/api/fetch-json';
import { getBalance, getHistory } from '@/lib/api/credits';
import { ORIGIN, stallingBody } from './stub-fetch';

type Scenario = {
  name: string;
  respond: (token: string) => Response | Promise<Response>;
  options?: (token: string) => Partial<FetchJsonOptions>;
  call?: 'fetch' | 'balance' | 'history';
};

const json = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } });
const echoHeaders = (t: string) => ({ 'retry-after': t, date: t, 'www-authenticate': `Bearer ${t}`, 'x-echo': t });

/** Every failure path, each with the token planted wherever the failure could echo it. */
const SCENARIOS: Scenario[] = [
  { name: 'fetch rejects quoting the header', respond: (t) => Promise.reject(new TypeError(`Invalid header "Bearer ${t}"`)) },
  { name: 'fetch rejects with the token as error name', respond: (t) => Promise.reject(Object.assign(new Error(t), { name: t })) },
  { name: 'fetch rejects with the token itself', respond: (t) => Promise.reject(t) },
  ...[401, 403, 404, 422, 429, 500, 503, 307].map((status) => ({
    name: `HTTP ${status} echoing the token`,
    respond: (t: string) => json(JSON.stringify({ detail: `bad token ${t}` }), status, echoHeaders(t)),
  })),
  { name: 'HTML page with the token', respond: (t) => new Response(`<html>${t}</html>`, { headers: { 'content-type': 'text/html' } }) },
  { name: 'content type carrying the token', respond: (t) => new Response('{}', { headers: { 'content-type': `text/${t}` } }) },
  { name: 'broken JSON with the token', respond: (t) => json(`{"token": "${t}"`) },
  { name: 'oversized body with the token', respond: (t) => json(JSON.stringify({ t, pad: 'x'.repeat(5000) })), options: () => ({ maxBytes: 1000 }) },
  {
    name: 'stream error quoting the token',
    respond: (t) =>
      new Response(
        new ReadableStream({
          start(c) {
            c.error(new TypeError(t));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      ),
  },
  { name: 'stalled body after the token', respond: (t) => new Response(stallingBody(`{"${t}":`)), options: () => ({ timeoutMs: 20 }) },
  { name: 'a caller abort whose reason is the token', respond: () => new Promise(() => undefined), options: (t) => ({ signal: AbortSignal.abort(t) }) },
  { name: 'an illegal token', respond: () => json('{}'), options: (t) => ({ token: `${t}\r\n` }) },
  { name: 'a refused origin', respond: () => json('{}'), options: (t) => ({ origin: `http://${t.replace(/[^a-z0-9]/gi, '') || 'x'}.example` }) },
  { name: 'balance of the wrong type', respond: (t) => json(JSON.stringify({ data: { balance: t } })), call: 'balance' },
  { name: 'the token as a field name', respond: (t) => json(JSON.stringify({ [t]: { balance: 1 } })), call: 'balance' },
  { name: 'history grants as a string', respond: (t) => json(JSON.stringify({ data: { grants: t } })), call: 'history' },
  { name: 'history data keyed by the token', respond: (t) => json(JSON.stringify({ data: { [t]: [] } })), call: 'history' },
];

async function run(scenario: Scenario, token: string) {
  const fetchFn = (() => Promise.resolve().then(() => scenario.respond(token))) as typeof fetch;
  const options: FetchJsonOptions = { token, origin: ORIGIN, fetchFn, timeoutMs: 500, ...scenario.options?.(token) };
  if (scenario.call === 'balance') return getBalance(options);
  if (scenario.call === 'history') return getHistory(options);
  return fetchJson('/credits/balance', options);
}

const TOKEN_CHARS = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~+/=-'.split(''));
const tokens = fc.string({ unit: TOKEN_CHARS, minLength: 16, maxLength: 64 });

describe('no error ever contains the token', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const token = 'tok_SENTINEL_5f3c9a1e7b2d4c60';

    const result = await run(scenario, token);

    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(token);
    expect(JSON.stringify(result)).not.toContain(token.slice(-12));
  });

  it('holds for arbitrary tokens across every scenario', async () => {
    await fc.assert(
      fc.asyncProperty(tokens, fc.constantFrom(...SCENARIOS), async (token, scenario) => {
        const result = await run(scenario, token);

        expect(result.ok).toBe(false);
        expect(JSON.stringify(result)).not.toContain(token);
      }),
      { numRuns: 150 },
    );
  });
});
