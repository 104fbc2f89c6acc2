import { describe, expect, it } from 'vitest';
import { CALM_TO_END_MS, isRunaway, paceMultiple, stepEpisode } from '@/lib/alerts/runaway';
import { MINUTE_MS } from '@/lib/time';
import type { SpendReading } from '@/lib/ledger/spend-reading';

const NOW = Date.UTC(2026, 5, 1);
const settings = { sensitivity: 5, minimum: 200 };
const reading = (spent: number, over: Partial<SpendReading> = {}): SpendReading => ({
  at: NOW,
  spent,
  since: NOW - 17 * MINUTE_MS,
  usualPerHour: 38,
  tools: [{ tool: 'Web Scraper', credits: spent }],
  seen: spent,
  largestCalls: 10,
  toolsKnown: true,
  ...over,
});

describe('isRunaway', () => {
  it.each<[string, number, Partial<SpendReading>, boolean]>([
    ['40× usual and over the minimum', 1_520, {}, true],
    ['over the minimum but under 5× a busy usual rate', 400, { usualPerHour: 100 }, false],
    ['5× a quiet usual rate but under the minimum', 199, { largestCalls: 0, usualPerHour: 20 }, false],
    ['exactly at both thresholds', 200, { largestCalls: 0, usualPerHour: 40 }, true],
    ['one expensive call alone', 1_800, { largestCalls: 1_800 }, false],
    ['balance-only: the drop alone', 600, { largestCalls: 0, tools: [], seen: 0, toolsKnown: false }, true],
    ['two tools called once each', 934, { largestCalls: 934 }, false],
  ])('%s → %s', (_label, spent, over, expected) => {
    expect(isRunaway(reading(spent, over), settings)).toBe(expected);
  });

  it('gives the multiple of the usual pace', () => {
    expect(Math.round(paceMultiple(reading(1_520)))).toBe(40);
  });
});

describe('stepEpisode', () => {
  it('starts an episode once, naming the top tool, and stays in it while spending is high', () => {
    const first = stepEpisode(null, reading(1_520), settings);
    expect(first).toEqual({ episode: { startedAt: NOW, calmSince: null, tool: 'Web Scraper', spent: 1_520 }, started: true });
    const again = stepEpisode(first.episode, reading(3_000, { at: NOW + MINUTE_MS }), settings);
    expect(again.started).toBe(false);
    expect(again.episode?.startedAt).toBe(NOW);
  });

  it('ends after the rate stayed below the usual rate for an hour, and not before', () => {
    let episode = stepEpisode(null, reading(1_520), settings).episode;
    const calmAt = NOW + 90 * MINUTE_MS;
    episode = stepEpisode(episode, reading(10, { at: calmAt }), settings).episode;
    expect(episode?.calmSince).toBe(calmAt);
    episode = stepEpisode(episode, reading(50, { at: calmAt + 10 * MINUTE_MS }), settings).episode;
    expect(episode?.calmSince).toBeNull();
    episode = stepEpisode(episode, reading(10, { at: calmAt + 20 * MINUTE_MS }), settings).episode;
    episode = stepEpisode(episode, reading(10, { at: calmAt + 20 * MINUTE_MS + CALM_TO_END_MS - 1 }), settings).episode;
    expect(episode).not.toBeNull();
    expect(stepEpisode(episode, reading(10, { at: calmAt + 20 * MINUTE_MS + CALM_TO_END_MS }), settings).episode).toBeNull();
  });

  it('names no tool in balance-only mode', () => {
    const step = stepEpisode(null, reading(900, { tools: [], largestCalls: 0, toolsKnown: false }), settings);
    expect(step.episode?.tool).toBeNull();
  });
});
