import { useId, useState } from 'react';
import type { SettingsPatch } from '@/lib/query/settings-query';
import { parseWholeNumberList } from './parse-number';
import { TextField } from './TextField';
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

  return (
    <TextField id={id} label={label} draft={draft} onDraft={setDraft} onCommit={commit} status={field.status} hint={hint} />
  );
}
