import { useId, useState, type ReactNode } from 'react';
import type { SettingsPatch } from '@/lib/query/settings-query';
import { parseLocaleNumber } from './parse-number';
import { TextField } from './TextField';
import { useTexts } from './texts';
import { useFieldSave, type SaveSettings } from './use-field-save';

export interface NumberSettingProps {
  label: string;
  /** The stored value; null when an optional setting is not set. */
  value: number | null;
  limits: { min: number; max: number };
  /** Builds the patch that stores a new value. */
  patch: (value: number) => SettingsPatch;
  save: SaveSettings;
  /** For an optional setting: the patch that clears it, saved when the field is left empty. */
  clear?: () => SettingsPatch;
  /** Extra text under the field for the value being typed (null while it is unreadable). */
  describe?: (value: number | null) => ReactNode;
}

/**
 * A whole-number setting. The value is saved when the field loses focus or on Enter,
 * checked by the settings validator; a refused value stays in the field with the reason,
 * and the stored value is kept.
 */
export function NumberSetting({ label, value, limits, patch, save, clear, describe }: NumberSettingProps) {
  const texts = useTexts();
  const id = useId();
  const field = useFieldSave(save);
  const text = value === null ? '' : String(value);
  const [draft, setDraft] = useState(text);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(text);
  }

  const parsed = parseLocaleNumber(draft, texts.tag);
  function commit() {
    if (clear && draft.trim() === '') {
      if (value !== null) void field.run(clear());
      return;
    }
    if (parsed !== value) {
      void field.run(patch(parsed));
      return;
    }
    setDraft(text);
    if (field.status.kind === 'error') field.reset();
  }

  return (
    <TextField
      id={id}
      label={label}
      draft={draft}
      onDraft={setDraft}
      onCommit={commit}
      status={field.status}
      inputMode="numeric"
      hint={texts.t(clear ? 'options.field.optionalRangeHint' : 'options.field.rangeHint', { min: texts.num(limits.min), max: texts.num(limits.max) })}
      extra={describe?.(Number.isInteger(parsed) ? parsed : null)}
    />
  );
}
