import { onTestFinished } from 'vitest';
import { startSandbox, type Sandbox, type SandboxOptions } from '@/sandbox/server';

/** A fixed start for the sandbox clock, so dates in assertions are stable. */
export const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
export const DAY = 86_400_000;

/** The part of a test's context that registers cleanup; pass it from concurrent tests. */
export interface Cleanup {
  onTestFinished: (fn: () => Promise<void> | void) => void;
}

/**
 * Starts a sandbox on a random port (the small `low` scenario unless told otherwise);
 * it is closed when the current test finishes.
 */
export async function sandboxFor(options: SandboxOptions = {}, context: Cleanup = { onTestFinished }): Promise<Sandbox> {
  const sandbox = await startSandbox({ port: 0, now: NOW, scenario: 'low', ...options });
  context.onTestFinished(() => sandbox.close());
  return sandbox;
}

/** GET an API path with the sandbox's bearer token. */
export function getApi(sandbox: Sandbox, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${sandbox.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${sandbox.token}`, accept: 'application/json', ...init.headers },
  });
}

/** Sends JSON to the control API. */
export function control(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${sandbox.url}/__sandbox/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export interface BalanceJson {
  success: boolean;
  message: string;
  data: { balance: number; expiration: string | null; expires_in_days: number | null };
}

export interface HistoryJson {
  success: boolean;
  data: {
    grants: Array<{ _id: string; credits: number; remaining_credits: number; source: string; created_at: string; expires_at: string }>;
    transactions: Array<{ _id: string; type: string; credits: number; balance_after: number; description: string; grant_id: string | null; created_at: string }>;
  };
}
