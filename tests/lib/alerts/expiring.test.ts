import { describe, expect, it } from 'vitest';
import { evaluateExpiring } from '@/lib/alerts/expiring';
import { MAX_EXPIRING_FIRED } from '@/lib/alerts/types';
import { DAY, lot, NOW } from '@/tests/helpers/alert-fixtures';

const WINDOWS = [30, 7, 1];

describe('evaluateExpiring', () => {
  it('announces a lot once per window as it moves through 30, 7 and 1 days', () => {
    // Arrange
    let fired: Record<string, number> = {};
    const announced: number[] = [];

    // Act
    for (let day = 40; day >= 0; day -= 0.25) {
      const now = NOW - day * DAY;
      const result = evaluateExpiring(fired, [lot('g1', 0)], WINDOWS, now);
      fired = result.fired;
      if (result.entered) announced.push(result.entered.windowDays);
    }

    // Assert
    expect(announced).toEqual([30, 7, 1]);
  });

  it('announces a lot first seen inside several windows once, for the tightest', () => {
    // Act
    const actual = evaluateExpiring({}, [lot('g1', 5)], WINDOWS, NOW);

    // Assert
    expect(actual.entered?.windowDays).toBe(7);
    expect(Object.keys(actual.fired).sort()).toEqual(['g1|30', 'g1|7']);
  });

  it('summarises several lots as the soonest plus a count', () => {
    const actual = evaluateExpiring({}, [lot('late', 20), lot('soon', 3), lot('mid', 6)], WINDOWS, NOW);
    expect(actual.entered).toMatchObject({ lot: { key: 'soon' }, windowDays: 7, more: 2 });
  });

  it.each([
    ['a spent lot', lot('g1', 3, 0)],
    ['an expired lot', lot('g1', -1)],
    ['a lot outside every window', lot('g1', 31)],
  ])('ignores %s', (_name, item) => {
    expect(evaluateExpiring({}, [item], WINDOWS, NOW).entered).toBeNull();
  });

  it('forgets lots a day after they expired, and stays bounded', () => {
    // Arrange
    const fired = Object.fromEntries(Array.from({ length: MAX_EXPIRING_FIRED + 50 }, (_, i) => [`g${i}|30`, NOW + i * 1000]));
    fired['old|1'] = NOW - 2 * DAY;

    // Act
    const actual = evaluateExpiring(fired, [], WINDOWS, NOW);

    // Assert
    expect(actual.fired).not.toHaveProperty('old|1');
    expect(Object.keys(actual.fired)).toHaveLength(MAX_EXPIRING_FIRED);
  });
});
