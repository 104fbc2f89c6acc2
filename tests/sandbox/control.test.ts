import { describe, expect, it } from 'vitest';
import { createSandboxCore } from '@/sandbox/control';
import { DAY, NOW } from './helpers';

/** A real clock that moves on every reading, as a busy machine's does. */
function tickingClock(stepMs: number) {
  let now = 1_000_000;
  return () => (now += stepMs);
}

describe('the in-process control', () => {
  it('buys, charges and refunds while the clock keeps moving', () => {
    const core = createSandboxCore({ scenario: 'new-account', token: 't', now: NOW, live: false, realNow: tickingClock(1) });
    const { control } = core;
    expect(control.buy(500).balance).toBe(500);
    const call = control.toolCall({ tool: 'web-search', credits: 5 });
    expect(call.outcome).toBe('charged');
    expect(control.refund(call.transactionId ?? '').balance).toBe(500);
    core.dispose();
  });

  it('runs the sandbox clock from its start at real speed, plus any advance', () => {
    const core = createSandboxCore({ scenario: 'demo', token: 't', now: NOW, live: false, realNow: tickingClock(1_000) });
    const first = core.control.state().nowMs;
    const second = core.control.advanceClock(DAY).nowMs;
    expect(first - NOW).toBeGreaterThan(0);
    expect(second - first).toBeGreaterThan(DAY);
    expect(second - first).toBeLessThan(DAY + 10_000);
    expect(() => core.control.advanceClock(-1)).toThrow(RangeError);
  });

  it('switches scenarios at the current sandbox time and refuses unknown ones', () => {
    const core = createSandboxCore({ scenario: 'demo', token: 't', now: NOW, live: false });
    core.control.advanceClock(30 * DAY);
    const state = core.control.setScenario('low');
    expect(state.scenario).toBe('low');
    expect(state.balance).toBeLessThan(500);
    expect(Date.parse(state.now) - NOW).toBeGreaterThanOrEqual(30 * DAY);
    expect(() => core.control.setScenario('nope' as 'low')).toThrow('Unknown scenario');
    expect(() => createSandboxCore({ scenario: 'nope' as 'low', token: 't', now: NOW, live: false })).toThrow('Unknown scenario');
  });
});
