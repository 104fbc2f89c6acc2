import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api-routes';
import { createSandboxCore, type SandboxControl, type SandboxCore } from './control';
import { CONTROL_PREFIX, handleControl } from './control-routes';
import { sendJson } from './http';
import type { ScenarioName } from './scenarios';
import { handleSite } from './site/routes';

export type { ActiveFault, Fault, FaultKind } from './faults';
export { FAULT_KINDS } from './faults';
export type { PurchaseResult, SandboxControl, SandboxState } from './control';
export type { RecordedRequest } from './request-log';
export type { ToolCallResult } from './ledger';
export { SCENARIOS, type ScenarioName } from './scenarios';

/** The sandbox's bearer token unless another is given. A public test fixture, not a secret. */
export const DEMO_TOKEN = 'sandbox-demo-token-00001a2b';

export interface SandboxOptions {
  scenario?: ScenarioName;
  /** 0 = a random free port. */
  port?: number;
  /** Start with the simulated agent spending credits. */
  live?: boolean;
  liveIntervalMs?: number;
  token?: string;
  /** The sandbox clock's starting time (epoch ms); real now by default. */
  now?: number;
}

export interface Sandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  token: string;
  control: SandboxControl;
  close(): Promise<void>;
}

async function route(req: IncomingMessage, res: ServerResponse, core: SandboxCore): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/credits' || url.pathname.startsWith('/credits/')) return handleApi(req, res, url, core);
  if (url.pathname.startsWith(CONTROL_PREFIX)) return handleControl(req, res, url, core.control);
  return handleSite(req, res, url);
}

/**
 * Starts the AgentPMT-compatible API, control API and mock website on 127.0.0.1.
 * Rejects if the port is taken or the scenario is unknown.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const token = options.token ?? DEMO_TOKEN;
  const core = createSandboxCore({
    scenario: options.scenario ?? 'demo',
    token,
    now: options.now ?? Date.now(),
    live: options.live ?? false,
    liveIntervalMs: options.liveIntervalMs,
  });
  const server = createServer((req, res) => {
    route(req, res, core).catch((error: unknown) => {
      console.error('sandbox: request failed', error);
      sendJson(res, 500, { detail: 'Internal Server Error' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      core.dispose();
      reject(error);
    });
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.removeAllListeners('error');
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    token,
    control: core.control,
    close() {
      closing ??= new Promise<void>((resolve) => {
        core.dispose();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
