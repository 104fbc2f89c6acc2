/**
 * Fixed numbers of the ledger maths, defined once. Zod-free, so any bundle (the
 * background included) can import them without pulling in a schema library.
 */

/** 100 credits = $1.00 (docs/API.md, "Credit rules"). */
export const CREDITS_PER_DOLLAR = 100;

/** Packs are sold in multiples of this many credits. */
export const PACK_STEP_CREDITS = 500;
/** The smallest purchase: 500 credits ($5.00). */
export const MIN_PACK_CREDITS = 500;
/** The suggested top-up covers this many days of burn. */
export const PACK_COVER_DAYS = 30;

/** The two burn-rate windows shown in the popup. */
export const BURN_WINDOWS_DAYS = { short: 7, long: 30 } as const;


/** Transaction types that spend credits on the user's behalf. */
export const CHARGE_TYPES: ReadonlySet<string> = new Set(['tool_call']);

/**
 * The order in which lots are assumed to be spent. AgentPMT does not document it; the
 * sandbox spends the lot that expires soonest first, and forecasts assume the same.
 */
export const SPEND_ORDER = 'soonest-expiry-first' as const;

/** Slack for floating-point sums of credits (credits are whole numbers). */
export const CREDIT_EPSILON = 1e-6;
