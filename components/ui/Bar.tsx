/** A horizontal bar filled to `value / max`; decorative (the numbers are in the text). */
export function Bar({ value, max, tone = 'normal' }: { value: number; max: number; tone?: 'normal' | 'warn' }) {
  const ratio = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const fill = tone === 'warn' ? 'bg-amber-500 dark:bg-amber-400' : 'bg-apmt-brand dark:bg-indigo-400';
  return (
    <div aria-hidden="true" className="h-1.5 w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-700">
      <div className={`h-full rounded-full ${fill}`} style={{ width: `${(ratio * 100).toFixed(1)}%` }} />
    </div>
  );
}
