import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxCore } from './control';
import { respondWithFault } from './fault-responses';
import type { FaultEndpoint } from './faults';
import { CORS_HEADERS, PREFLIGHT_HEADERS, send, sendJson } from './http';
import { balanceBody, historyBody, HISTORY_LIMIT_MAX, parseLimit } from './ledger-views';

const ENDPOINTS: Record<string, FaultEndpoint> = { '/credits/balance': 'balance', '/credits/history': 'history' };
const NOT_FOUND = { detail: 'Not Found' };
const UNAUTHORIZED = { detail: 'Invalid or missing bearer token' };

/** True when `header` is exactly `Bearer <token>` (scheme case-insensitive). */
export function hasValidToken(header: string | undefined, token: string): boolean {
  const match = /^bearer (.+)$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const limitError = (raw: string) => ({
  detail: [
    {
      loc: ['query', 'limit'],
      msg: 'Input should be a valid integer, unable to parse string as an integer',
      type: 'int_parsing',
      input: raw,
    },
  ],
});

/** Serves AgentPMT's `/credits/*` API from the sandbox ledger, with faults and CORS. */
export function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, core: SandboxCore): void {
  const authorized = hasValidToken(req.headers.authorization, core.token);
  core.requestLog.record(req, res, authorized);
  res.setHeader('date', new Date(core.sync().now).toUTCString());
  for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);

  if (req.method === 'OPTIONS') return send(res, 204, '', PREFLIGHT_HEADERS);
  const endpoint = ENDPOINTS[url.pathname];
  if (!endpoint) return sendJson(res, 404, NOT_FOUND);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { detail: 'Method Not Allowed' });

  const rawLimit = url.searchParams.get('limit');
  const body = () => {
    const { now, scenario } = core.sync();
    return endpoint === 'balance'
      ? balanceBody(scenario.ledger, now)
      : historyBody(scenario.ledger, parseLimit(rawLimit) ?? HISTORY_LIMIT_MAX);
  };
  const answer = () => {
    if (endpoint === 'history' && !core.sync().scenario.historyAvailable) return sendJson(res, 404, NOT_FOUND);
    if (!authorized) return sendJson(res, 401, UNAUTHORIZED);
    if (endpoint === 'history' && parseLimit(rawLimit) === null) return sendJson(res, 422, limitError(rawLimit ?? ''));
    sendJson(res, 200, body());
  };

  const fault = core.faults.take(endpoint);
  if (!fault) return answer();
  respondWithFault(fault, res, { endpoint, now: core.sync().now, body, proceed: answer });
}
