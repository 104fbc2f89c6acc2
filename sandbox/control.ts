import { createFaultStore, FaultSchema, type ActiveFault, type Fault, type FaultStore } from './faults';
import { LOT_SOURCE, type ToolCallResult } from './ledger';
import { balanceBody } from './ledger-views';
import { createLiveAgent, DEFAULT_LIVE_INTERVAL_MS } from './live-agent';
import { createRng } from './prng';
import { createRequestLog, type RecordedRequest, type RequestLog } from './request-log';
import { dueCalls, startRunaway, type Runaway, type RunawaySpec } from './runaway';
import { buildScenario, isScenarioName, type Scenario, type ScenarioName } from './scenarios';
import { pickCall, TOOLS } from './tools';
import { createVirtualClock } from './virtual-clock';

/** A snapshot of the sandbox, as `GET /__sandbox/state` returns it. */
export interface SandboxState {
  scenario: ScenarioName;
  /** Sandbox time, ISO-8601 and epoch ms. */
  now: string;
  nowMs: number;
  balance: number;
  expiration: string | null;
  expiresInDays: number | null;
  grants: number;
  transactions: number;
  historyAvailable: boolean;
  live: boolean;
  liveIntervalMs: number;
  /** The runaway agent's loop, while one is running or due. */
  runaway: { tool: string; creditsPerMinute: number; startsAt: string; endsAt: string } | null;
  faults: ActiveFault[];
  requests: number;
}

export interface PurchaseResult {
  grantId: string;
  credits: number;
  expiresAt: string;
  balance: number;
}

/** Everything the control API can do, callable in-process. */
export interface SandboxControl {
  /** Replaces the account with a freshly generated scenario at the current sandbox time. */
  setScenario(name: ScenarioName): SandboxState;
  /** Queues a fault; throws a ZodError for an invalid one. */
  injectFault(fault: Fault): ActiveFault;
  clearFaults(): void;
  faults(): ActiveFault[];
  /** Runs a tool call against the ledger; `success` defaults to true. Throws LedgerError 422 for a bad price. */
  toolCall(call: { tool: string; credits: number; success?: boolean }): ToolCallResult;
  /** Buys a pack (multiple of 500 credits; throws LedgerError 422 otherwise). */
  buy(credits: number, source?: string): PurchaseResult;
  /** Refunds a charged tool call; throws LedgerError 404/409. */
  refund(transactionId: string): { transactionId: string; credits: number; balance: number };
  /** Moves the sandbox clock forward, lapsing lots on the way; throws RangeError for a negative step. */
  advanceClock(ms: number): SandboxState;
  state(): SandboxState;
  requests(): RecordedRequest[];
  clearRequests(): void;
  /** Starts a runaway agent now: `tool` called in a loop, `creditsPerMinute` for `minutes` (replaces one running). */
  runaway(spec: RunawaySpec): SandboxState;
  /** Turns the simulated agent on or off, optionally with a new interval. */
  setLive(on: boolean, intervalMs?: number): SandboxState;
}

export interface CoreOptions {
  scenario: ScenarioName;
  token: string;
  now: number;
  live: boolean;
  liveIntervalMs?: number;
  /** The real clock the sandbox clock runs on; injectable for tests. */
  realNow?: () => number;
}

/** The sandbox's mutable state, shared by the HTTP routes and the in-process control. */
export interface SandboxCore {
  readonly token: string;
  readonly control: SandboxControl;
  readonly faults: FaultStore;
  readonly requestLog: RequestLog;
  /** Brings the ledger to the sandbox clock (lapsing lots) and returns both. */
  sync(): { now: number; scenario: Scenario };
  dispose(): void;
}

const LIVE_TOOLS = TOOLS.filter((tool) => tool.max <= 100);
const LIVE_FAILURE_RATE = 0.05;

/** Creates the sandbox state for one server. Throws if the scenario name is unknown. */
export function createSandboxCore(options: CoreOptions): SandboxCore {
  if (!isScenarioName(options.scenario)) throw new Error(`Unknown scenario: ${String(options.scenario)}`);
  const clock = createVirtualClock(options.now, options.realNow);
  const faults = createFaultStore();
  const requestLog = createRequestLog();
  const rng = createRng(7);
  let scenario = buildScenario(options.scenario, options.now);
  let runaway: Runaway | null = scenario.runaway ? startRunaway(scenario.runaway.spec, options.now + scenario.runaway.inMs) : null;

  const sync = () => {
    const now = Math.max(clock.now(), scenario.ledger.clock);
    for (const call of runaway ? dueCalls(runaway, now) : []) {
      scenario.ledger.toolCall({ tool: runaway?.tool ?? '', credits: call.credits, success: true, now: Math.max(call.at, scenario.ledger.clock) });
    }
    if (runaway && now >= runaway.endsAt) runaway = null;
    scenario.ledger.advance(now);
    return { now, scenario };
  };
  const live = createLiveAgent(() => {
    control.toolCall({ ...pickCall(rng, LIVE_TOOLS), success: rng.next() >= LIVE_FAILURE_RATE });
  }, options.liveIntervalMs ?? DEFAULT_LIVE_INTERVAL_MS);

  const control: SandboxControl = {
    setScenario(name) {
      if (!isScenarioName(name)) throw new Error(`Unknown scenario: ${String(name)}`);
      const now = sync().now;
      scenario = buildScenario(name, now);
      runaway = scenario.runaway ? startRunaway(scenario.runaway.spec, now + scenario.runaway.inMs) : null;
      return control.state();
    },
    injectFault: (fault) => faults.inject(FaultSchema.parse(fault)),
    clearFaults: () => faults.clear(),
    faults: () => faults.list(),
    toolCall: ({ tool, credits, success = true }) => {
      const { now, scenario: current } = sync();
      return current.ledger.toolCall({ tool, credits, success, now });
    },
    buy(credits, source = LOT_SOURCE.CARD) {
      const { now, scenario: current } = sync();
      const lot = current.ledger.grant({ credits, source, now });
      return { grantId: lot.id, credits: lot.credits, expiresAt: new Date(lot.expiresAt).toISOString(), balance: current.ledger.balance() };
    },
    refund(transactionId) {
      const { now, scenario: current } = sync();
      const txn = current.ledger.refund(transactionId, now);
      return { transactionId: txn.id, credits: txn.credits, balance: txn.balanceAfter };
    },
    advanceClock(ms) {
      clock.advance(ms);
      return control.state();
    },
    state() {
      const { now, scenario: current } = sync();
      const { data } = balanceBody(current.ledger, now);
      return {
        scenario: current.name,
        now: new Date(now).toISOString(),
        nowMs: now,
        balance: data.balance,
        expiration: data.expiration,
        expiresInDays: data.expires_in_days,
        grants: current.ledger.lots.length,
        transactions: current.ledger.transactions.length,
        historyAvailable: current.historyAvailable,
        live: live.running,
        liveIntervalMs: live.intervalMs,
        runaway: runaway && {
          tool: runaway.tool,
          creditsPerMinute: runaway.creditsPerMinute,
          startsAt: new Date(runaway.startsAt).toISOString(),
          endsAt: new Date(runaway.endsAt).toISOString(),
        },
        faults: faults.list(),
        requests: requestLog.list().length,
      };
    },
    runaway(spec) {
      runaway = startRunaway(spec, sync().now);
      return control.state();
    },
    requests: () => requestLog.list(),
    clearRequests: () => requestLog.clear(),
    setLive(on, intervalMs) {
      if (on) live.start(intervalMs);
      else live.stop();
      return control.state();
    },
  };

  if (options.live) live.start();
  return { token: options.token, control, faults, requestLog, sync, dispose: () => live.stop() };
}
