import { FOCUS_RING } from '@/components/ui/Button';

/** Text inputs of the options page. */
export const INPUT_CLASS = `w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-sm text-zinc-900 aria-invalid:border-red-700 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100 dark:aria-invalid:border-red-400 ${FOCUS_RING}`;

/** A section card. */
export const CARD_CLASS = 'rounded-xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-700 dark:bg-zinc-900';

/** Secondary text that still meets 4.5:1 contrast on the card in both themes. */
export const MUTED_CLASS = 'text-zinc-600 dark:text-zinc-300';

/** Checkboxes and radios, tinted with the brand colour and focus-ringed. */
export const CHOICE_CLASS = `size-4 shrink-0 accent-apmt-brand ${FOCUS_RING}`;
