const UNITS = ['', 'k', 'M', 'B', 'T', 'P', 'E'] as const;

/**
 * A non-negative whole number in at most `width` characters (3 or more), rounded down so
 * the badge never shows more than there is: 950, 1.2k, 12k, 999k, 1.2M; with width 3,
 * 1k, 12k, .1M. Negative or non-finite input reads as 0; beyond 10²¹, ∞. Pure.
 */
export function compactNumber(value: number, width = 4): string {
  const n = Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
  if (n < 1000) return String(n);
  for (let i = 1; i < UNITS.length; i += 1) {
    const unit = UNITS[i]!;
    const v = n / 1000 ** i;
    const tenths = Math.floor(v * 10) / 10;
    const decimal = (tenths % 1 === 0 ? String(tenths) : tenths.toFixed(1)) + unit;
    if (v >= 1 && v < 10 && decimal.length <= width) return decimal;
    const whole = `${Math.floor(v)}${unit}`;
    if (v >= 1 && whole.length <= width) return whole;
    const dotted = `.${Math.floor(v * 10)}${unit}`;
    if (v >= 0.1 && v < 1 && dotted.length <= width) return dotted;
  }
  return '∞';
}
