import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAlerts, initialAlertState, pause, snooze } from '@/lib/alerts/evaluate';
import { ALERT_KINDS, type AlertKind } from '@/lib/alerts/kinds';
import type { AlertEvent, AlertState, ExpiringLot } from '@/lib/alerts/types';
import { alertStateItem } from '@/lib/storage/items';
import { DAY, NOW, SETTINGS } from '@/tests/helpers/alert-fixtures';

/**
 * The alert rules as a model-based property (NTF-2, NTF-3): random sequences of
 * refreshes, worker restarts (a JSON round trip through the stored schema), time steps,
 * snoozes, pauses, token changes and rejected polls. The reference model is the table of
 * docs/PRODUCT.md written as plainly as possible; each step must show exactly the alerts the
 * model expects, and a condition is never announced twice without re-arming in between.
 */
const T = SETTINGS.lowBalanceThreshold;
const N = SETTINGS.lowRunwayDays;
const WINDOWS = SETTINGS.expiryWindows;

interface Model {
  now: number;
  baseline: boolean;
  inEpisode: Record<'lowBalance' | 'lowRunway' | 'empty' | 'tokenRejected', boolean>;
  announcedLotWindows: Set<string>;
  last: number | null;
  snoozedUntil: Partial<Record<AlertKind, number>>;
  pausedUntil: number | null;
  lots: readonly ExpiringLot[];
  /** Re-arms seen since each kind's last notification. */
  rearmedSinceNotified: Partial<Record<AlertKind, boolean>>;
}

interface Real {
  state: AlertState;
}

const fresh = (model: Model) => {
  model.baseline = true;
  model.inEpisode = { lowBalance: false, lowRunway: false, empty: false, tokenRejected: false };
  model.announcedLotWindows = new Set();
  model.last = null;
  model.snoozedUntil = {};
  model.pausedUntil = null;
  model.rearmedSinceNotified = {};
};

const mutedIn = (model: Model, kind: AlertKind) =>
  (model.pausedUntil !== null && model.now < model.pausedUntil) || (model.snoozedUntil[kind] ?? -Infinity) > model.now;

function checkShown(model: Model, expected: AlertKind[], events: AlertEvent[]) {
  const shown = events.map((e) => e.kind);
  expect(shown.sort()).toEqual(expected.filter((k) => !mutedIn(model, k)).sort());
  for (const kind of shown) {
    if (kind === 'lowBalance' || kind === 'lowRunway' || kind === 'empty' || kind === 'tokenRejected') {
      expect(model.rearmedSinceNotified[kind] ?? true).toBe(true);
      model.rearmedSinceNotified[kind] = false;
    }
  }
}

class Refresh implements fc.Command<Model, Real> {
  constructor(readonly balance: number, readonly runway: number | null) {}
  check = () => true;
  run(model: Model, real: Real) {
    const lots = model.lots.filter((lot) => lot.expiresAt > model.now);
    const { state, events } = evaluateAlerts(real.state, { type: 'snapshot', balance: this.balance, lots, runwayDays: this.runway }, SETTINGS, model.now);
    real.state = state;

    const b = this.balance;
    const ep = model.inEpisode;
    const expected: AlertKind[] = [];
    const emptyNow = b === 0 && !ep.empty;
    if (b === 0 && !ep.empty) {
      ep.empty = true;
      expected.push('empty');
    } else if (b > 0 && ep.empty) {
      ep.empty = false;
      model.rearmedSinceNotified.empty = true;
    }
    let lowNow = false;
    if (!ep.lowBalance && b < T) {
      ep.lowBalance = true;
      lowNow = true;
      if (!emptyNow) expected.push('lowBalance');
    } else if (ep.lowBalance && b > T * 1.1) {
      ep.lowBalance = false;
      model.rearmedSinceNotified.lowBalance = true;
    }
    if (this.runway !== null) {
      if (!ep.lowRunway && this.runway < N) {
        ep.lowRunway = true;
        if (!emptyNow && b > 0) expected.push('lowRunway');
      } else if (ep.lowRunway && this.runway > N + 2) {
        ep.lowRunway = false;
        model.rearmedSinceNotified.lowRunway = true;
      }
    }
    let enteredAny = false;
    for (const lot of lots) {
      if (lot.remaining === 0) continue;
      for (const w of WINDOWS) {
        const key = `${lot.key}|${w}`;
        if (lot.expiresAt - model.now <= w * DAY && !model.announcedLotWindows.has(key)) {
          model.announcedLotWindows.add(key);
          enteredAny = true;
        }
      }
    }
    if (enteredAny) expected.push('expiring');
    if (model.last !== null && b - model.last >= 500) {
      expected.push('topUp');
      if (ep.lowBalance && !lowNow) {
        ep.lowBalance = false;
        model.rearmedSinceNotified.lowBalance = true;
      }
    }
    model.last = b;
    checkShown(model, model.baseline ? [] : expected, events);
    model.baseline = false;
  }
  toString = () => `Refresh(${this.balance}, ${this.runway})`;
}

class Rejected implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real) {
    const { state, events } = evaluateAlerts(real.state, { type: 'tokenRejected' }, SETTINGS, model.now);
    real.state = state;
    const expected: AlertKind[] = model.inEpisode.tokenRejected ? [] : ['tokenRejected'];
    model.inEpisode.tokenRejected = true;
    checkShown(model, expected, events);
  }
  toString = () => 'Rejected';
}

class Restart implements fc.Command<Model, Real> {
  check = () => true;
  run(_model: Model, real: Real) {
    real.state = alertStateItem.parse(JSON.parse(JSON.stringify(real.state)));
  }
  toString = () => 'Restart';
}

class Advance implements fc.Command<Model, Real> {
  constructor(readonly ms: number) {}
  check = () => true;
  run(model: Model) {
    model.now += this.ms;
  }
  toString = () => `Advance(${this.ms})`;
}

class Snooze implements fc.Command<Model, Real> {
  constructor(readonly kind: AlertKind) {}
  check = () => true;
  run(model: Model, real: Real) {
    real.state = snooze(real.state, this.kind, model.now + DAY);
    model.snoozedUntil[this.kind] = model.now + DAY;
  }
  toString = () => `Snooze(${this.kind})`;
}

class Pause implements fc.Command<Model, Real> {
  constructor(readonly hours: number) {}
  check = () => true;
  run(model: Model, real: Real) {
    const until = this.hours === 0 ? null : model.now + this.hours * 3_600_000;
    real.state = pause(real.state, until);
    model.pausedUntil = until;
  }
  toString = () => `Pause(${this.hours})`;
}

class TokenChange implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real) {
    real.state = initialAlertState();
    fresh(model);
    for (const kind of ALERT_KINDS) model.rearmedSinceNotified[kind] = true;
  }
  toString = () => 'TokenChange';
}

const balance = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 700 }), fc.integer({ min: 400, max: 3000 }));
const runway = fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: null });
const refresh = fc.tuple(balance, runway).map(([b, r]) => new Refresh(b, r));
const commands = fc.commands(
  [
    refresh,
    refresh,
    refresh,
    fc.constant(new Rejected()),
    fc.constant(new Restart()),
    fc.integer({ min: 60_000, max: 3 * DAY }).map((ms) => new Advance(ms)),
    fc.constantFrom(...ALERT_KINDS).map((kind) => new Snooze(kind)),
    fc.constantFrom(0, 1, 8, 24).map((hours) => new Pause(hours)),
    fc.constant(new TokenChange()),
  ],
  { maxCommands: 60, size: 'max' },
);
const lots = fc.array(
  fc.record({
    key: fc.constantFrom('g1', 'g2', 'g3', 'g4'),
    remaining: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 900 })),
    expiresAt: fc.integer({ min: 0, max: 60 }).map((d) => NOW + d * DAY),
  }),
  { maxLength: 4 },
).map((list) => list.filter((lot, i) => list.findIndex((l) => l.key === lot.key) === i));

describe('the alert state machine', () => {
  it('shows exactly what the table says, once per episode, across restarts', () => {
    fc.assert(
      fc.property(lots, commands, (lotList, cmds) => {
        const model: Model = {
          now: NOW,
          lots: lotList,
          baseline: true,
          inEpisode: { lowBalance: false, lowRunway: false, empty: false, tokenRejected: false },
          announcedLotWindows: new Set(),
          last: null,
          snoozedUntil: {},
          pausedUntil: null,
          rearmedSinceNotified: {},
        };
        fresh(model);
        for (const kind of ALERT_KINDS) model.rearmedSinceNotified[kind] = true;
        fc.modelRun(() => ({ model, real: { state: initialAlertState() } }), cmds);
      }),
      { numRuns: 300 },
    );
  });
});
