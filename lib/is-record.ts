/** True for a plain object value (not null, not an array). Zod-free, for any bundle. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
