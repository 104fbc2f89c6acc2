import { useId } from 'react';
import type { SettingsPatch } from '@/lib/query/settings-query';
import { FieldStatusText } from './FieldStatusText';
import { CHOICE_CLASS } from './field-styles';
import { useFieldSave, type SaveSettings } from './use-field-save';

export interface ChoiceSettingProps<V extends string> {
  legend: string;
  value: V;
  choices: ReadonlyArray<{ value: V; label: string }>;
  patch: (value: V) => SettingsPatch;
  save: SaveSettings;
}

/** One of a few choices as a radio group (arrow keys move between them), saved on change. */
export function ChoiceSetting<V extends string>({ legend, value, choices, patch, save }: ChoiceSettingProps<V>) {
  const id = useId();
  const field = useFieldSave(save);
  return (
    <fieldset className="space-y-1" aria-describedby={`${id}-status`}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 pt-1">
        {choices.map((choice) => (
          <label key={choice.value} className="inline-flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={id}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => void field.run(patch(choice.value))}
              className={CHOICE_CLASS}
            />
            {choice.label}
          </label>
        ))}
        <FieldStatusText id={id} status={field.status} />
      </div>
    </fieldset>
  );
}
