import type { ButtonHTMLAttributes } from 'react';

const VARIANTS = {
  primary: 'bg-apmt-brand text-white hover:bg-apmt-brand-strong disabled:opacity-60',
  secondary:
    'border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100 disabled:text-zinc-500 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700 dark:disabled:text-zinc-400',
  link: 'text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** Focus ring shared by every interactive element. */
export const FOCUS_RING =
  'outline-none focus-visible:ring-2 focus-visible:ring-apmt-accent focus-visible:ring-offset-2 focus-visible:ring-offset-white dark:focus-visible:ring-offset-zinc-900';

/** A button in one of the panel's variants, with a visible keyboard focus ring. */
export function Button({
  variant = 'secondary',
  className = '',
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  const shape = variant === 'link' ? 'rounded px-0.5' : 'inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-1.5 font-medium';
  return (
    <button
      type={type}
      className={`${shape} text-sm transition-colors disabled:cursor-not-allowed ${VARIANTS[variant]} ${FOCUS_RING} ${className}`}
      {...props}
    />
  );
}
