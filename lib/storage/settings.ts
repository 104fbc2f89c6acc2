import * as z from 'zod/mini';
import { ALERTS, perKind } from '@/lib/alerts/kinds';
import { configureZod } from '@/lib/zod';
import { defineStored } from './define-stored';
import { STORAGE_KEYS } from './keys';

configureZod();

/** The allowed range of each number setting: the stored schema and the options page share it. */
export const SETTING_LIMITS = {
  lowBalanceThreshold: { min: 0, max: 10_000_000 },
  lowRunwayDays: { min: 1, max: 90 },
  refreshMinutes: { min: 1, max: 60 },
  expiryWindow: { min: 1, max: 365 },
  runawaySensitivity: { min: 2, max: 100 },
  runawayMinimum: { min: 1, max: 10_000_000 },
  budget: { min: 1, max: 100_000_000 },
} as const;
/** At most this many expiry warning windows. */
export const MAX_EXPIRY_WINDOWS = 5;

/**
 * Whether a new install shows the widget on agentpmt.com: not in Firefox, where the widget
 * frame's address carries an id fixed for the install that every script on the site could
 * read and use to recognise the browser. The user may turn it on there.
 */
export function widgetOnByDefault(browser: string): boolean {
  return browser !== 'firefox';
}

const int = ({ min, max }: { min: number; max: number }) => z.int().check(z.minimum(min), z.maximum(max));

/**
 * The user's preferences (docs/PRODUCT.md: Options page, Alerts), each field with its default:
 * an invalid field is replaced by it, so one bad value keeps the others.
 */
export const SettingsSchema = z.object({
  lowBalanceThreshold: z.catch(int(SETTING_LIMITS.lowBalanceThreshold), 500),
  lowRunwayDays: z.catch(int(SETTING_LIMITS.lowRunwayDays), 7),
  expiryWindows: z.catch(z.array(int(SETTING_LIMITS.expiryWindow)).check(z.maxLength(MAX_EXPIRY_WINDOWS)), () => [30, 7, 1]),
  refreshMinutes: z.catch(int(SETTING_LIMITS.refreshMinutes), 5),
  badgeMode: z.catch(z.enum(['credits', 'dollars', 'off']), 'credits'),
  theme: z.catch(z.enum(['system', 'light', 'dark']), 'system'),
  widgetEnabled: z.catch(z.boolean(), widgetOnByDefault(import.meta.env.BROWSER)),
  /** The runaway alert fires at this many times the usual rate… */
  runawaySensitivity: z.catch(int(SETTING_LIMITS.runawaySensitivity), 5),
  /** …and at least this many credits in 60 minutes. */
  runawayMinimum: z.catch(int(SETTING_LIMITS.runawayMinimum), 200),
  /** Optional credit budgets per local day and month; null when not set. */
  dailyBudget: z.catch(z.nullable(int(SETTING_LIMITS.budget)), null),
  monthlyBudget: z.catch(z.nullable(int(SETTING_LIMITS.budget)), null),
  /** One switch per alert kind, each falling back to the kind's default. */
  alerts: z.catch(z.object(perKind((kind) => z.catch(z.boolean(), ALERTS[kind].defaultOn))), () =>
    perKind((kind): boolean => ALERTS[kind].defaultOn),
  ),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Settings as a new install has them. */
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/**
 * The settings, in `sync:` so they follow the user and survive a disconnect. A module of
 * its own so that a page can read them without defining the `local:` items.
 */
export const settingsItem = defineStored(STORAGE_KEYS.settings, { schema: SettingsSchema, fallback: DEFAULT_SETTINGS });
