import { Ledger } from './ledger';
import { createRng, type Rng } from './prng';
import { DEMO_RUNAWAY, type RunawaySpec } from './runaway';
import { buildDemo, buildExpiringSoon, buildHeavy, buildLow, buildManyLots } from './scenario-builders';

/** Every account the sandbox can serve. */
export const SCENARIOS = ['demo', 'new-account', 'low', 'expiring-soon', 'many-lots', 'heavy', 'balance-only', 'runaway'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** A generated account: its ledger, brought to `now`, and whether `/credits/history` exists. */
export interface Scenario {
  name: ScenarioName;
  ledger: Ledger;
  historyAvailable: boolean;
  /** A runaway agent that starts `inMs` after the scenario is generated. */
  runaway?: { spec: RunawaySpec; inMs: number };
}

/** The `runaway` scenario: the demo account, whose agent runs away a minute later (after the first poll). */
const SCENARIO_RUNAWAY = { spec: DEMO_RUNAWAY, inMs: 60_000 };

type Builder = (ledger: Ledger, rng: Rng, now: number) => void;

const BUILDERS: Record<ScenarioName, { seed: number; build: Builder; historyAvailable: boolean }> = {
  demo: { seed: 1, build: buildDemo, historyAvailable: true },
  'new-account': { seed: 2, build: () => undefined, historyAvailable: true },
  low: { seed: 3, build: buildLow, historyAvailable: true },
  'expiring-soon': { seed: 4, build: buildExpiringSoon, historyAvailable: true },
  'many-lots': { seed: 5, build: buildManyLots, historyAvailable: true },
  heavy: { seed: 6, build: (ledger, rng, now) => buildHeavy(ledger, rng, now), historyAvailable: true },
  'balance-only': { seed: 1, build: buildDemo, historyAvailable: false },
  runaway: { seed: 1, build: buildDemo, historyAvailable: true },
};

/** Narrows an arbitrary value to a scenario name. */
export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value);
}

/** Generates a scenario's account as it stands at `now`; the same inputs give the same ledger. */
export function buildScenario(name: ScenarioName, now: number): Scenario {
  const { seed, build, historyAvailable } = BUILDERS[name];
  const ledger = new Ledger();
  build(ledger, createRng(seed), now);
  ledger.advance(now);
  return { name, ledger, historyAvailable, ...(name === 'runaway' && { runaway: SCENARIO_RUNAWAY }) };
}
