import { useId, useState } from 'react';
import type { SettingsPatch } from '@/lib/query/settings-query';
import { FieldStatusText } from './FieldStatusText';
import { INPUT_CLASS, MUTED_CLASS } from './field-styles';
import { parseWholeNumberList } from './parse-number';
import { useTexts } from './texts';
import { useFieldSave, type SaveSettings } from './use-field-save';

export interface ListSettingProps {
  label: string;
  hint: string;
  /** The stored list. */
  value: readonly number[];
  patch: (value: number[]) => SettingsPatch;
  save: SaveSettings;
}

const show = (values: readonly number[]) => values.join(', ');
const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A list of whole numbers typed as `30, 7, 1`, saved on blur or Enter like `NumberSetting`. */
export function ListSetting({ label, hint, value, patch, save }: ListSettingProps) {
  const { t } = useTexts();
  const id = useId();
  const field = useFieldSave(save);
  const [draft, setDraft] = useState(show(value));
  const [shown, setShown] = useState(value);
  if (!same(shown, value)) {
    setShown(value);
    setDraft(show(value));
  }

  function commit() {
    const parsed = parseWholeNumberList(draft);
    if (parsed === null) return field.fail(t('options.field.error.list'));
    if (!same(parsed, value)) return void field.run(patch(parsed));
    setDraft(show(value));
    if (field.status.kind === 'error') field.reset();
  }

  const describedBy = [`${id}-hint`, `${id}-status`, field.status.kind === 'error' && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id={id}
          type="text"
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
        {hint}
      </p>
    </div>
  );
}
