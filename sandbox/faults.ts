import * as z from 'zod';

/**
 * Faults the sandbox API can be told to produce. Each applies to `scope` ('balance',
 * 'history' or both, the default), to the next `times` requests, or until cleared
 * when `times` is omitted. A request consumes at most one fault, oldest first; faults
 * act before the token check, as a proxy or a broken deploy would.
 */
const common = {
  scope: z.enum(['balance', 'history', 'all']).optional(),
  times: z.int().positive().optional(),
};
const retryAfter = {
  retryAfterSeconds: z.int().nonnegative().max(86_400).optional(),
  /** 'http-date' is computed on the sandbox clock, like the `Date` header. */
  retryAfterFormat: z.enum(['seconds', 'http-date', 'garbage', 'none']).optional(),
};

export const SCHEMA_DRIFT = ['balance-string', 'renamed-fields', 'missing-data'] as const;

export const FaultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('latency'), ms: z.int().nonnegative().max(120_000), ...common }),
  z.object({ kind: z.literal('hang'), ...common }),
  z.object({ kind: z.literal('unauthorized'), ...common }),
  z.object({ kind: z.literal('forbidden'), ...common }),
  z.object({ kind: z.literal('rate-limited'), ...retryAfter, ...common }),
  z.object({ kind: z.literal('server-error'), ...common }),
  z.object({ kind: z.literal('unavailable'), ...retryAfter, ...common }),
  z.object({ kind: z.literal('malformed-json'), ...common }),
  z.object({ kind: z.literal('html'), ...common }),
  z.object({ kind: z.literal('empty-body'), ...common }),
  z.object({ kind: z.literal('schema-drift'), variant: z.enum(SCHEMA_DRIFT).optional(), ...common }),
  z.object({ kind: z.literal('oversized'), bytes: z.int().positive().max(64 * 1024 * 1024).optional(), ...common }),
  z.object({ kind: z.literal('slow-body'), bytesPerSecond: z.int().positive().max(1_000_000).optional(), ...common }),
  z.object({ kind: z.literal('reset'), ...common }),
]);
export type Fault = z.infer<typeof FaultSchema>;
export type FaultKind = Fault['kind'];
export const FAULT_KINDS = FaultSchema.options.map((option) => option.shape.kind.value);

/** The API endpoints a fault can be scoped to. */
export type FaultEndpoint = 'balance' | 'history';

export interface ActiveFault {
  id: number;
  fault: Fault;
  /** Requests left before it clears itself; null = until cleared. */
  remaining: number | null;
}

export interface FaultStore {
  inject(fault: Fault): ActiveFault;
  clear(): void;
  list(): ActiveFault[];
  /** Consumes one use of the oldest fault that applies to `endpoint`, if any. */
  take(endpoint: FaultEndpoint): Fault | null;
}

/** Creates an empty fault queue. */
export function createFaultStore(): FaultStore {
  let active: ActiveFault[] = [];
  let nextId = 1;
  return {
    inject(fault) {
      const entry = { id: nextId++, fault, remaining: fault.times ?? null };
      active.push(entry);
      return { ...entry };
    },
    clear() {
      active = [];
    },
    list: () => active.map((entry) => ({ ...entry })),
    take(endpoint) {
      const entry = active.find(({ fault }) => (fault.scope ?? 'all') === 'all' || fault.scope === endpoint);
      if (!entry) return null;
      if (entry.remaining !== null) {
        entry.remaining -= 1;
        if (entry.remaining === 0) active = active.filter((e) => e !== entry);
      }
      return entry.fault;
    },
  };
}
