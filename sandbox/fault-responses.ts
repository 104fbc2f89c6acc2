import type { ServerResponse } from 'node:http';
import type { Fault, FaultEndpoint } from './faults';
import { send, sendJson } from './http';

/** What a fault needs to know about the request it spoils. */
export interface FaultContext {
  endpoint: FaultEndpoint;
  /** Sandbox time, for `Retry-After` as an HTTP-date. */
  now: number;
  /** The body the endpoint would answer with (balance or history envelope). */
  body: () => { data: Record<string, unknown> } & Record<string, unknown>;
  /** Answers the request normally (after a latency fault). */
  proceed: () => void;
}

const DEFAULT_OVERSIZED_BYTES = 5 * 1024 * 1024;
const HTML_200 = `<!doctype html><html><head><title>Sign in · AgentPMT</title></head><body><h1>Sign in</h1><form action="/login" method="post"><input name="email"><button>Continue</button></form></body></html>`;
const HTML_503 = `<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>`;

type RetryAfterFault = Extract<Fault, { kind: 'rate-limited' | 'unavailable' }>;

function retryAfter(fault: RetryAfterFault, now: number, defaultSeconds: number | null): Record<string, string> {
  const seconds = fault.retryAfterSeconds ?? defaultSeconds;
  const format = fault.retryAfterFormat ?? (seconds === null ? 'none' : 'seconds');
  const delay = seconds ?? 60;
  if (format === 'none') return {};
  if (format === 'garbage') return { 'retry-after': 'soon-ish' };
  if (format === 'http-date') return { 'retry-after': new Date(now + delay * 1000).toUTCString() };
  return { 'retry-after': String(delay) };
}

function drift(fault: Extract<Fault, { kind: 'schema-drift' }>, ctx: FaultContext): unknown {
  const body = ctx.body();
  const { data, ...envelope } = body;
  switch (fault.variant ?? 'balance-string') {
    case 'missing-data':
      return envelope;
    case 'renamed-fields':
      return ctx.endpoint === 'balance'
        ? { ...envelope, data: { credit_balance: data.balance, expires_at: data.expiration, days_left: data.expires_in_days } }
        : { ...envelope, data: { credit_grants: data.grants, audit_trail: data.transactions } };
    case 'balance-string': {
      if (ctx.endpoint === 'balance') return { ...envelope, data: { ...data, balance: String(data.balance) } };
      const grants = (data.grants as Array<Record<string, unknown>>).map((g) => ({ ...g, remaining_credits: String(g.remaining_credits) }));
      return { ...envelope, data: { ...data, grants } };
    }
  }
}

function trickle(res: ServerResponse, text: string, bytesPerSecond: number): void {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
  const bytes = Buffer.from(text);
  const chunk = Math.max(1, Math.ceil(bytesPerSecond / 10));
  let offset = 0;
  const timer = setInterval(() => {
    if (res.destroyed) return clearInterval(timer);
    res.write(bytes.subarray(offset, offset + chunk));
    offset += chunk;
    if (offset >= bytes.length) {
      clearInterval(timer);
      res.end();
    }
  }, 100);
  timer.unref();
  res.on('close', () => clearInterval(timer));
}

/** Answers `res` the way `fault` describes. A hang answers nothing until the client or server closes. */
export function respondWithFault(fault: Fault, res: ServerResponse, ctx: FaultContext): void {
  switch (fault.kind) {
    case 'latency':
      setTimeout(ctx.proceed, fault.ms).unref();
      return;
    case 'hang':
      return;
    case 'unauthorized':
      return sendJson(res, 401, { detail: 'Invalid or missing bearer token' });
    case 'forbidden':
      return sendJson(res, 403, { detail: 'Not enough permissions' });
    case 'rate-limited':
      return sendJson(res, 429, { detail: 'Too Many Requests' }, retryAfter(fault, ctx.now, 30));
    case 'server-error':
      return send(res, 500, 'Internal Server Error', { 'content-type': 'text/plain; charset=utf-8' });
    case 'unavailable':
      return send(res, 503, HTML_503, { 'content-type': 'text/html', ...retryAfter(fault, ctx.now, null) });
    case 'malformed-json':
      return send(res, 200, '{"success": true, "data": {"balance": 12', { 'content-type': 'application/json' });
    case 'html':
      return send(res, 200, HTML_200, { 'content-type': 'text/html; charset=utf-8' });
    case 'empty-body':
      return send(res, 200, '', { 'content-type': 'application/json' });
    case 'schema-drift':
      return sendJson(res, 200, drift(fault, ctx));
    case 'oversized': {
      const body = ctx.body();
      const base = JSON.stringify({ ...body, data: { ...body.data, padding: '' } }).length;
      const padding = 'x'.repeat(Math.max(0, (fault.bytes ?? DEFAULT_OVERSIZED_BYTES) - base));
      return sendJson(res, 200, { ...body, data: { ...body.data, padding } });
    }
    case 'slow-body':
      return trickle(res, JSON.stringify(ctx.body()), fault.bytesPerSecond ?? 1);
    case 'reset':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
      res.write('{"success": true, "data": {');
      setTimeout(() => res.socket?.destroy(), 20).unref();
      return;
  }
}
