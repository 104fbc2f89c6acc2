import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import type { SandboxControl } from './control';
import { FaultSchema } from './faults';
import { readJson, sendJson } from './http';
import { DAY_MS, LedgerError, TOOL_CALL_OUTCOME } from './ledger';
import { SCENARIOS } from './scenarios';

/** The prefix of the control API; it needs no token and exists only in the sandbox. */
export const CONTROL_PREFIX = '/__sandbox/';

type Result = { status: number; body: unknown };
type Handler = (control: SandboxControl, body: unknown) => Result;

const ok = (body: unknown): Result => ({ status: 200, body });

const ScenarioBody = z.object({ name: z.enum(SCENARIOS) });
const ToolCallBody = z.object({ tool: z.string().min(1).max(100), credits: z.int().nonnegative(), success: z.boolean().optional() });
const BuyBody = z.object({ credits: z.int(), source: z.string().min(1).max(50).optional() });
const RefundBody = z.object({ transactionId: z.string().min(1) });
const ClockBody = z.union([z.object({ ms: z.number().nonnegative() }), z.object({ days: z.number().nonnegative() })]);
const RunawayBody = z.object({
  tool: z.string().min(1).max(100),
  creditsPerMinute: z.int().min(1).max(100_000),
  minutes: z.int().min(1).max(1_440),
});
const LiveBody = z.object({ on: z.boolean(), intervalMs: z.int().min(10).max(3_600_000).optional() });

const ROUTES: Record<string, Partial<Record<string, Handler>>> = {
  state: { GET: (control) => ok(control.state()) },
  scenario: { POST: (control, body) => ok(control.setScenario(ScenarioBody.parse(body).name)) },
  faults: {
    GET: (control) => ok({ faults: control.faults() }),
    POST: (control, body) => ({ status: 201, body: control.injectFault(FaultSchema.parse(body)) }),
    DELETE: (control) => {
      control.clearFaults();
      return ok({ faults: [] });
    },
  },
  'tool-call': {
    POST: (control, body) => {
      const result = control.toolCall(ToolCallBody.parse(body));
      return { status: result.outcome === TOOL_CALL_OUTCOME.INSUFFICIENT_CREDITS ? 402 : 200, body: result };
    },
  },
  buy: {
    POST: (control, body) => {
      const { credits, source } = BuyBody.parse(body);
      return { status: 201, body: control.buy(credits, source) };
    },
  },
  refund: { POST: (control, body) => ({ status: 201, body: control.refund(RefundBody.parse(body).transactionId) }) },
  clock: {
    POST: (control, body) => {
      const step = ClockBody.parse(body);
      return ok(control.advanceClock('ms' in step ? step.ms : step.days * DAY_MS));
    },
  },
  requests: {
    GET: (control) => ok({ requests: control.requests() }),
    DELETE: (control) => {
      control.clearRequests();
      return ok({ requests: [] });
    },
  },
  runaway: { POST: (control, body) => ({ status: 201, body: control.runaway(RunawayBody.parse(body)) }) },
  live: {
    POST: (control, body) => {
      const { on, intervalMs } = LiveBody.parse(body);
      return ok(control.setLive(on, intervalMs));
    },
  },
};

function toErrorResult(error: unknown): Result {
  if (error instanceof z.ZodError) {
    return { status: 400, body: { error: 'bad_request', message: 'Invalid request body', issues: error.issues } };
  }
  if (error instanceof LedgerError) return { status: error.status, body: { error: error.code, message: error.message } };
  if (error instanceof RangeError) return { status: 400, body: { error: 'bad_request', message: error.message } };
  const message = error instanceof Error ? error.message : 'Unexpected error';
  return { status: 400, body: { error: 'bad_request', message } };
}

/**
 * Serves the JSON control API. POST bodies must be `application/json`, which keeps
 * other origins from posting here without a (refused) CORS preflight.
 */
export async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL, control: SandboxControl): Promise<void> {
  const route = ROUTES[url.pathname.slice(CONTROL_PREFIX.length)];
  const method = req.method ?? 'GET';
  if (!route) return sendJson(res, 404, { error: 'not_found', message: `No control endpoint ${url.pathname}` });
  const handler = route[method];
  if (!handler) return sendJson(res, 405, { error: 'method_not_allowed', message: `Allowed: ${Object.keys(route).join(', ')}` });
  if (method === 'POST' && !(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, { error: 'unsupported_media_type', message: 'Send JSON with content-type: application/json' });
  }
  let result: Result;
  try {
    result = handler(control, method === 'POST' ? await readJson(req) : undefined);
  } catch (error) {
    result = toErrorResult(error);
  }
  sendJson(res, result.status, result.body, { 'cache-control': 'no-store' });
}
