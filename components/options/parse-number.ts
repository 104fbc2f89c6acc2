/**
 * Reads a number typed in the user's locale: group separators (`1,000`, `1.000`, spaces)
 * are ignored and the locale's decimal separator is honoured, so `2,5` in German is 2.5.
 * Returns NaN for anything else (empty input, letters). Validation of range and
 * wholeness is the settings validator's job.
 */
export function parseLocaleNumber(text: string, tag: string): number {
  const parts = new Intl.NumberFormat(tag).formatToParts(11_111.5);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').split(group).join('');
  const normalized = compact.split(decimal).join('.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

/**
 * Reads a comma- or semicolon-separated list of whole numbers (`30, 7, 1`). Returns null
 * when any entry is not a whole number; an empty input is an empty list.
 */
export function parseWholeNumberList(text: string): number[] | null {
  const entries = text.split(/[,;\s]+/).filter((entry) => entry !== '');
  if (!entries.every((entry) => /^\d{1,6}$/.test(entry))) return null;
  return entries.map(Number);
}
