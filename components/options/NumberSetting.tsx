import { useId, useState, type ReactNode } from 'react';
import type { SettingsPatch } from '@/lib/query/settings-query';
import { FieldStatusText } from './FieldStatusText';
import { INPUT_CLASS, MUTED_CLASS } from './field-styles';
import { parseLocaleNumber } from './parse-number';
import { useTexts } from './texts';
import { useFieldSave, type SaveSettings } from './use-field-save';

export interface NumberSettingProps {
  label: string;
  /** The stored value. */
  value: number;
  limits: { min: number; max: number };
  /** Builds the patch that stores a new value. */
  patch: (value: number) => SettingsPatch;
  save: SaveSettings;
  /** Extra text under the field for the value being typed (null while it is unreadable). */
  describe?: (value: number | null) => ReactNode;
}

/**
 * A whole-number setting. The value is saved when the field loses focus or on Enter,
 * checked by the settings validator; a refused value stays in the field with the reason,
 * and the stored value is kept.
 */
export function NumberSetting({ label, value, limits, patch, save, describe }: NumberSettingProps) {
  const texts = useTexts();
  const id = useId();
  const field = useFieldSave(save);
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
  }

  const parsed = parseLocaleNumber(draft, texts.tag);
  function commit() {
    if (parsed !== value) {
      void field.run(patch(parsed));
      return;
    }
    setDraft(String(value));
    if (field.status.kind === 'error') field.reset();
  }

  const describedBy = [`${id}-hint`, describe && `${id}-extra`, `${id}-status`, field.status.kind === 'error' && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
          aria-invalid={field.status.kind === 'error'}
          aria-describedby={describedBy}
          className={`${INPUT_CLASS} max-w-40 tabular-nums`}
        />
        <FieldStatusText id={id} status={field.status} />
      </div>
      <p id={`${id}-hint`} className={`text-xs ${MUTED_CLASS}`}>
        {texts.t('options.field.rangeHint', { min: texts.num(limits.min), max: texts.num(limits.max) })}
      </p>
      {describe && (
        <p id={`${id}-extra`} className={`text-xs ${MUTED_CLASS}`}>
          {describe(Number.isInteger(parsed) ? parsed : null)}
        </p>
      )}
    </div>
  );
}
