/** A placeholder block shown while there is nothing to show yet: never a fake number. */
export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-zinc-200 motion-reduce:animate-none dark:bg-zinc-700 ${className}`} />;
}
