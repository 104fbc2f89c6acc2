import { CREDITS_PER_DOLLAR } from './constants';

/** Converts credits to US dollars (100 credits = $1.00). Never throws; no rounding. */
export function creditsToDollars(credits: number): number {
  return credits / CREDITS_PER_DOLLAR;
}
