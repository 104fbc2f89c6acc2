/**
 * Days until the balance runs out at `perDay` credits a day: balance / perDay, as a
 * fraction (the UI rounds). Null when the rate is unknown or zero ("no recent spending").
 * Ignores expiry: credits that expire before they are spent shorten the real runway; see
 * `forecastExpiry` for that. Never negative. Never throws.
 */
export function runwayDays(balance: number, perDay: number | null): number | null {
  if (perDay === null || !(perDay > 0) || !Number.isFinite(perDay)) return null;
  return Math.max(0, balance) / perDay;
}
