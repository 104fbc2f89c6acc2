import { useMutation, useQueryClient } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { SETTING_LIMITS, type Settings, settingsItem, SettingsSchema } from '@/lib/storage/settings';

type AlertKey = keyof Settings['alerts'];
type PlainKey = Exclude<keyof Settings, 'alerts'>;

/** A change to some settings; alert switches merge into the stored ones. */
export type SettingsPatch = Partial<Pick<Settings, PlainKey>> & { alerts?: Partial<Settings['alerts']> };
export type SettingField = PlainKey | `alerts.${AlertKey}`;

export const SETTING_ISSUE_CODES = ['not_whole_number', 'out_of_range', 'too_many', 'invalid'] as const;
export type SettingIssueCode = (typeof SETTING_ISSUE_CODES)[number];

/** Why a value was refused, with the bounds the UI needs to explain it. */
export interface SettingIssue {
  field: SettingField;
  code: SettingIssueCode;
  min?: number;
  max?: number;
}

/** Thrown by `saveSettings` when a value is refused; nothing was written. */
export class SettingsValidationError extends Error {
  constructor(readonly issue: SettingIssue) {
    super(`${issue.field}: ${issue.code}`);
    this.name = 'SettingsValidationError';
  }
}

/** The schema inside a stored field's `catch`: strict, so bad input is refused, not replaced. */
const strict = <T extends z.core.SomeType>(schema: z.ZodMiniCatch<T>): T => schema.def.innerType;

const shape = SettingsSchema.shape;
const alertShape = strict(shape.alerts).shape;

function issueFor(field: SettingField, error: z.core.$ZodError, range?: { min: number; max: number }): SettingIssue {
  const first = error.issues[0];
  if (first?.code === 'too_big' && first.origin === 'array') return { field, code: 'too_many', max: Number(first.maximum) };
  if (first?.code === 'invalid_type' && (first.expected === 'int' || first.expected === 'number')) return { field, code: 'not_whole_number', ...range };
  if ((first?.code === 'too_small' || first?.code === 'too_big') && range) return { field, code: 'out_of_range', ...range };
  return { field, code: 'invalid', ...range };
}

function check<T>(field: SettingField, schema: z.ZodMiniType<T>, value: unknown, range?: { min: number; max: number }): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new SettingsValidationError(issueFor(field, result.error, range));
  return result.data;
}

/** Expiry windows as stored: distinct, longest first. */
export function normalizeExpiryWindows(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => b - a);
}

/**
 * Checks every field of a patch against the strict form of `SettingsSchema` (the stored
 * schema replaces bad values with defaults; a user's input must be refused instead).
 * Returns the patch as it will be stored. Throws `SettingsValidationError` on the first
 * refused field.
 */
export function validateSettingsPatch(patch: SettingsPatch): SettingsPatch {
  const out: SettingsPatch = {};
  const { alerts, expiryWindows, ...rest } = patch;
  for (const [key, value] of Object.entries(rest) as Array<[PlainKey, unknown]>) {
    if (!(key in shape)) throw new SettingsValidationError({ field: key, code: 'invalid' });
    const range = key in SETTING_LIMITS ? SETTING_LIMITS[key as keyof typeof SETTING_LIMITS] : undefined;
    const schema = strict<z.ZodMiniType>(shape[key]);
    Object.assign(out, { [key]: check(key, schema, value, range) });
  }
  if (expiryWindows !== undefined) {
    const windows = Array.isArray(expiryWindows) ? normalizeExpiryWindows(expiryWindows) : expiryWindows;
    out.expiryWindows = check('expiryWindows', strict(shape.expiryWindows), windows, SETTING_LIMITS.expiryWindow);
  }
  if (alerts !== undefined) {
    out.alerts = {};
    for (const [key, value] of Object.entries(alerts) as Array<[AlertKey, unknown]>) {
      if (!(key in alertShape)) throw new SettingsValidationError({ field: `alerts.${key}`, code: 'invalid' });
      out.alerts[key] = check(`alerts.${key}`, strict(alertShape[key]), value);
    }
  }
  return out;
}

/**
 * Validates a patch, merges it into the stored settings and writes them. Returns the
 * settings as stored. Throws `SettingsValidationError` (nothing written) on bad input.
 */
export async function saveSettings(patch: SettingsPatch, item = settingsItem): Promise<Settings> {
  const valid = validateSettingsPatch(patch);
  const current = settingsItem.parse(await item.getValue());
  const next: Settings = { ...current, ...valid, alerts: { ...current.alerts, ...valid.alerts } };
  await item.setValue(next);
  return next;
}

/** Saves a settings patch. Saves run one at a time, so quick successive edits never lose each other. */
export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => saveSettings(patch),
    scope: { id: 'settings' },
    onSuccess: (settings) => client.setQueryData(settingsItem.queryKey, settings),
  });
}
