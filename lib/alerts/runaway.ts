import { HOUR_MS, MINUTE_MS } from '@/lib/time';
import type { SpendReading } from '@/lib/ledger/spend-reading';
import type { AlertEvent } from './types';

/** The runaway alert's settings: how many times the usual rate, and the least amount, that alarm. */
export type RunawaySettings = { sensitivity: number; minimum: number };

/** A runaway episode in progress; null when spending is normal. Plain data, so it survives restarts in storage. */
export type RunawayEpisode = {
  startedAt: number;
  /** Since when the 60-minute spend has stayed below the usual rate; null while it is not. */
  calmSince: number | null;
  /** The tool the loop was on when the episode began (or first named later): the reading's first tool; null when unknown. */
  tool: string | null;
  /** Credits spent in the last 60 minutes at the latest poll: what the banner shows. */
  spent: number;
};

/** An episode ends once spending has stayed below the usual rate for this long. */
export const CALM_TO_END_MS = HOUR_MS;

/**
 * True when the last 60 minutes look like a runaway: the spend reaches `sensitivity` ×
 * the usual hourly rate and the `minimum`, even without each tool's two largest calls
 * seen. A runaway is a loop, the same tool again and again: one or two expensive calls,
 * or a few different tools called once or twice each, are not. In balance-only mode no call is seen and
 * the drop alone counts. Pure.
 */
export function isRunaway(reading: SpendReading, settings: RunawaySettings): boolean {
  const burst = burstOf(reading);
  return burst >= settings.minimum && burst >= settings.sensitivity * reading.usualPerHour;
}

/** The last 60 minutes' spend without each tool's two largest calls: what looks like a loop. */
function burstOf(reading: SpendReading): number {
  return reading.spent - reading.largestCalls;
}

/** How many times the usual rate the last 60 minutes ran at. */
export function paceMultiple(reading: SpendReading): number {
  return reading.usualPerHour > 0 ? reading.spent / reading.usualPerHour : 0;
}

/**
 * One poll's step of the episode machine: no episode → an episode when `isRunaway` holds
 * (`started` true: announce it, once); during an episode, a 60-minute spend below the
 * usual rate starts the calm clock, spending above it stops the clock, and an hour of
 * calm ends the episode. The spend is measured as `isRunaway` does (without each tool's
 * two largest calls), so an ordinary call after the loop has stopped does not keep the episode
 * on. The episode keeps the tool it began with. A later burst is a new episode. Pure.
 */
export function stepEpisode(
  episode: RunawayEpisode | null,
  reading: SpendReading,
  settings: RunawaySettings,
): { episode: RunawayEpisode | null; started: boolean } {
  const now = reading.at;
  if (episode === null) {
    if (!isRunaway(reading, settings)) return { episode: null, started: false };
    return { episode: { startedAt: now, calmSince: null, tool: reading.tools[0]?.tool ?? null, spent: reading.spent }, started: true };
  }
  const latest = { ...episode, tool: episode.tool ?? reading.tools[0]?.tool ?? null, spent: reading.spent };
  if (burstOf(reading) >= reading.usualPerHour) return { episode: { ...latest, calmSince: null }, started: false };
  const calmSince = episode.calmSince ?? now;
  if (now - calmSince >= CALM_TO_END_MS) return { episode: null, started: false };
  return { episode: { ...latest, calmSince }, started: false };
}

/**
 * The runaway notification's numbers: the amount, over how many minutes, the multiple
 * of the usual rate, and the tool the loop is on (the reading's first tool). Pure.
 */
export function runawayEvent(reading: SpendReading): Extract<AlertEvent, { kind: 'runaway' }> {
  const top = reading.tools[0];
  return {
    kind: 'runaway',
    spent: Math.round(reading.spent),
    minutes: Math.max(1, Math.round((reading.at - reading.since) / MINUTE_MS)),
    multiple: Math.round(paceMultiple(reading)),
    tool: top && reading.toolsKnown ? { name: top.tool, credits: top.credits } : null,
    partial: reading.toolsKnown && reading.seen < reading.spent,
  };
}
