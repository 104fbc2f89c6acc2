import { Ledger } from './ledger';
import { createRng, type Rng } from './prng';
import { buildDemo, buildExpiringSoon, buildHeavy, buildLow, buildManyLots } from './scenario-builders';

/** Every account the sandbox can serve. */
export const SCENARIOS = ['demo', 'new-account', 'low', 'expiring-soon', 'many-lots', 'heavy', 'balance-only'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** A generated account: its ledger, brought to `now`, and whether `/credits/history` exists. */
export interface Scenario {
  name: ScenarioName;
  ledger: Ledger;
  historyAvailable: boolean;
}

type Builder = (ledger: Ledger, rng: Rng, now: number) => void;

const BUILDERS: Record<ScenarioName, { seed: number; build: Builder; historyAvailable: boolean }> = {
  demo: { seed: 1, build: buildDemo, historyAvailable: true },
  'new-account': { seed: 2, build: () => undefined, historyAvailable: true },
  low: { seed: 3, build: buildLow, historyAvailable: true },
  'expiring-soon': { seed: 4, build: buildExpiringSoon, historyAvailable: true },
  'many-lots': { seed: 5, build: buildManyLots, historyAvailable: true },
  heavy: { seed: 6, build: (ledger, rng, now) => buildHeavy(ledger, rng, now), historyAvailable: true },
  'balance-only': { seed: 1, build: buildDemo, historyAvailable: false },
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
  return { name, ledger, historyAvailable };
}
