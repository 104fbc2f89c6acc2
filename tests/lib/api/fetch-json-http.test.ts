import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchJson } from '@/lib/api/fetch-json';
import { TOKEN } from './stub-fetch';

/** Real sockets and Node's own fetch: the faults a stub cannot fake faithfully. */
const seen: { url: string; authorization: string | undefined; cookie: string | undefined }[] = [];
const ROUTES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/ok': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', date: 'Mon, 15 Jun 2026 12:00:00 GMT' });
    res.end('{"data":{"balance":7}}');
  },
  '/redirect': (_req, res) => {
    res.writeHead(302, { location: '/ok' });
    res.end();
  },
  '/redirect-away': (_req, res) => {
    res.writeHead(307, { location: 'http://localhost:1/steal' });
    res.end();
  },
  '/slow-headers': () => undefined,
  '/slow-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"data":');
  },
  '/reset': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"data":', () => req.socket.destroy());
  },
  '/huge': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = ' '.repeat(64 * 1024);
    const pump = () => {
      while (res.write(chunk)) if (res.writableLength > 4_000_000) return;
      res.once('drain', pump);
    };
    pump();
  },
};

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', authorization: req.headers.authorization, cookie: req.headers.cookie });
    (ROUTES[req.url ?? ''] ?? ROUTES['/slow-headers']!)(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen.length = 0;
});

describe('fetchJson over real HTTP', () => {
  it('sends exactly the Bearer header and no cookie, and reads the Date header', async () => {
    const result = await fetchJson('/ok', { token: TOKEN, origin });

    expect(result).toEqual({ ok: true, json: { data: { balance: 7 } }, serverDate: Date.UTC(2026, 5, 15, 12) });
    expect(seen).toEqual([{ url: '/ok', authorization: `Bearer ${TOKEN}`, cookie: undefined }]);
  });

  it.each(['/redirect', '/redirect-away'])('refuses the redirect at %s and never sends the token again', async (path) => {
    const result = await fetchJson(path, { token: TOKEN, origin });

    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(seen.map((r) => r.url)).toEqual([path]);
  });

  it.each([
    ['headers that never come', '/slow-headers'],
    ['a body that stops mid-stream', '/slow-body'],
  ])('times out on %s', async (_name, path) => {
    const started = Date.now();

    const result = await fetchJson(path, { token: TOKEN, origin, timeoutMs: 200 });

    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a connection reset mid-body as network', async () => {
    expect(await fetchJson('/reset', { token: TOKEN, origin })).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it('gives up on an endless body once it passes maxBytes', async () => {
    const result = await fetchJson('/huge', { token: TOKEN, origin, maxBytes: 1_000_000 });

    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_response', message: expect.stringMatching(/exceeds/) } });
  });
});
